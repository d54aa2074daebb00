package com.acme.jobs;

import dev.saasllm.CallOptions;
import dev.saasllm.ChatMessage;
import dev.saasllm.JobResult;
import dev.saasllm.annotations.FrequencyPenalty;
import dev.saasllm.annotations.JobFlow;
import dev.saasllm.annotations.JobMetadata;
import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.MaxTokens;
import dev.saasllm.annotations.Metadata;
import dev.saasllm.annotations.PresencePenalty;
import dev.saasllm.annotations.Prompt;
import dev.saasllm.annotations.Purpose;
import dev.saasllm.annotations.Stop;
import dev.saasllm.annotations.Temperature;
import dev.saasllm.annotations.TopP;
import dev.saasllm.annotations.UserId;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Every feature of jobs: flows, async, JobResult, options, metadata, user id, conversations. */
@LlmJob(type = "document_desk", model = "DeskModel")
@Temperature(0.2)
@MaxTokens(800)
@Metadata(key = "product", value = "desk")
@Metadata(key = "tier", value = "gold")
public interface DocumentDesk {
    enum Priority { LOW, HIGH }

    @Prompt(system = "Extract key points as bullet points", value = "Extract key points from:\n\n{document}")
    @Temperature(0.3)
    @MaxTokens(500)
    @Purpose("key_points")
    String keyPoints(String document);

    @Prompt("Summarize in 2-3 sentences:\n\n{document}")
    @TopP(0.9)
    @FrequencyPenalty(0.5)
    @PresencePenalty(-0.5)
    @Stop({"\n\n", "END"})
    @Metadata(key = "tier", value = "platinum")
    JobResult<String> summary(String document);

    @Prompt("Approve this document?\n\n{document}")
    Verdict review(String document, @UserId String user, @JobMetadata("priority") Priority priority,
                   @JobMetadata("attempt") int attempt, CallOptions options);

    @Prompt("Analyze: {document}")
    CompletableFuture<String> analyzeAsync(String document);

    @Prompt("Approve this document?\n\n{document}")
    CompletableFuture<JobResult<Verdict>> reviewAsync(String document);

    @Prompt(system = "You are a helpful assistant.", value = "{message}")
    String chat(List<ChatMessage> history, String message);

    /** Key points and summary in one job. */
    @JobFlow
    default String analyze(String document) {
        return keyPoints(document) + "\n" + summary(document).value();
    }

    /** A flow calling a flow: still one job. */
    @JobFlow(jobType = "double_analysis")
    @Metadata(key = "flow", value = "twice")
    default List<String> analyzeTwice(String document, @UserId String user) {
        return List.of(analyze(document), analyze(document));
    }

    /** A void flow. */
    @JobFlow
    default void warmUp(String... documents) {
        for (String document : documents) keyPoints(document);
    }
}
