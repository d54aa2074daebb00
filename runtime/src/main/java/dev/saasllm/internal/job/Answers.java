package dev.saasllm.internal.job;

import dev.saasllm.CallOptions;
import dev.saasllm.ChatMessage;
import dev.saasllm.ChatResponse;
import dev.saasllm.InvalidOutputException;
import dev.saasllm.JobCompletion;
import dev.saasllm.JobResult;
import dev.saasllm.RefusalException;
import dev.saasllm.internal.AnswerReader;
import dev.saasllm.internal.PromptMethod;
import dev.saasllm.internal.wire.ResponseFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Reading answers: the strict read, the re-ask loop of unstreamed calls, and the {@link JobResult}. */
final class Answers {
    static final String LLM_CALL = "POST /api/jobs/{job_id}/llm-call";

    /** The value read, and the answer it was read from. */
    record Answer<T>(T value, ChatResponse response) {}

    private Answers() {}

    /**
     * Reads an answer's content; an answer without content is a {@link RefusalException}. An
     * {@link InvalidOutputException} gets the job attached and, when the model was cut off by
     * {@code max_tokens}, says so, since that is the usual cause.
     */
    static <T> T read(AnswerReader<T> reader, ChatResponse response, String jobId) {
        answered(response, jobId);
        try {
            return reader.read(response.content());
        } catch (InvalidOutputException e) {
            InvalidOutputException failure = e;
            if (response.truncated()) {
                failure = new InvalidOutputException(e.problem() + " (the answer was cut off by max_tokens: "
                        + "finish_reason is '" + response.finishReason() + "'; raise maxTokens)", e.rawContent(), e.getCause());
            }
            throw failure.withJob(LLM_CALL, jobId);
        }
    }

    /** {@code response}, unless it has no content: then {@link RefusalException}. */
    static ChatResponse answered(ChatResponse response, String jobId) {
        if (response.content() == null) throw new RefusalException(LLM_CALL, jobId, response);
        return response;
    }

    /** The method's response format, or null for a chat call. */
    static ResponseFormat format(PromptMethod<?> method) {
        return method.structured() ? new ResponseFormat(method.schemaName(), method.schemaJson()) : null;
    }

    /**
     * Calls in {@code job}, reads, and on an {@link InvalidOutputException} re-asks in the same job
     * up to the options' number of times ({@link Reasks}).
     */
    static <T> Answer<T> callAndRead(Lifecycle job, PromptMethod<T> method, CallOptions options, int maxReasks,
                                     List<ChatMessage> messages, Cancel cancel) {
        ResponseFormat format = format(method);
        List<ChatMessage> conversation = messages;
        List<InvalidOutputException> rejected = new ArrayList<>();
        while (true) {
            ChatResponse response = job.call(conversation, options, format, cancel);
            try {
                return new Answer<>(read(method.reader(), response, job.id()), response);
            } catch (InvalidOutputException invalid) {
                conversation = Reasks.askAgain(job.id(), method.qualifiedName(), maxReasks, conversation, response, invalid, rejected);
            }
        }
    }

    /** The result of a call: the job's totals when the call had the job to itself, else the call's own. */
    static <T> JobResult<T> result(T value, ChatResponse response, String jobId, JobCompletion completion, int calls,
                                   long startNanos) {
        Duration latency = Duration.ofNanos(System.nanoTime() - startNanos);
        JobCompletion.Costs costs = completion == null ? null : completion.costs();
        long tokens = costs != null ? costs.totalTokens()
                : response == null || response.totalTokens() == null ? 0 : response.totalTokens();
        return new JobResult<>(value, completion != null ? completion.jobId() : jobId, tokens, latency,
                costs == null ? null : costs.creditsRemaining(), costs == null ? calls : costs.totalCalls(),
                costs == null ? 0.0 : costs.totalCostUsd(), completion);
    }
}
