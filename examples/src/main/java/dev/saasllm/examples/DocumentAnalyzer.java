package dev.saasllm.examples;

import dev.saasllm.ChatMessage;
import dev.saasllm.JobResult;
import dev.saasllm.annotations.JobMetadata;
import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;
import dev.saasllm.annotations.UserId;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** One {@code analysis} job per document. No model here: the client's default model applies. */
@LlmJob(type = "analysis")
public interface DocumentAnalyzer {
    @Prompt("Analyze: {document}")
    String analyze(String document);

    /** The same job on OkHttp's dispatcher: no thread waits for it. Cancelling fails the job. */
    @Prompt("Analyze: {document}")
    CompletableFuture<String> analyzeAsync(String document);

    /** The answer with what its job cost, for an end user of the team, tagged with where the document came from. */
    @Prompt("Analyze: {document}")
    JobResult<String> analyzeFor(@UserId String user, @JobMetadata("source") String source, String document);

    /** A turn of a conversation: the history goes before the new message. */
    @Prompt(system = "You are a helpful assistant.", value = "{message}")
    String reply(List<ChatMessage> history, String message);
}
