package dev.saasllm.examples;

import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;

/** One {@code analysis} job per document. No model here: the client's default model applies. */
@LlmJob(type = "analysis")
public interface DocumentAnalyzer {
    @Prompt("Analyze: {document}")
    String analyze(String document);
}
