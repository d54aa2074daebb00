package dev.saasllm.examples;

import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;
import java.util.concurrent.CompletableFuture;

/** One {@code analysis} job per document. No model here: the client's default model applies. */
@LlmJob(type = "analysis")
public interface DocumentAnalyzer {
    @Prompt("Analyze: {document}")
    String analyze(String document);

    /** The same job on OkHttp's dispatcher: no thread waits for it. Cancelling fails the job. */
    @Prompt("Analyze: {document}")
    CompletableFuture<String> analyzeAsync(String document);
}
