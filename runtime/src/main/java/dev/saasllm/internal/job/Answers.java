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
import java.util.Locale;
import java.util.Set;

/** Reading answers: the strict read, the re-ask loop of unstreamed calls, and the {@link JobResult}. */
final class Answers {
    static final String LLM_CALL = "POST /api/jobs/{job_id}/llm-call";

    /** The value read, and the answer it was read from. */
    record Answer<T>(T value, ChatResponse response) {}

    private Answers() {}

    /**
     * Reads an answer's content; a refusal ({@link #refused}) is a {@link RefusalException}. An
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

    /** {@code response}, unless it is a refusal ({@link #refused}): then {@link RefusalException}. */
    static ChatResponse answered(ChatResponse response, String jobId) {
        if (refused(response)) throw new RefusalException(LLM_CALL, jobId, response);
        return response;
    }

    /**
     * Finish reasons of an answer the provider withheld: Anthropic's {@code refusal}, Gemini's
     * {@code SAFETY} and its other blocks (the server's unstreamed call lower-cases them), OpenAI's
     * {@code content_filter}.
     */
    private static final Set<String> WITHHELD =
            Set.of("refusal", "safety", "prohibited_content", "blocklist", "spii", "recitation", "content_filter");

    /**
     * Whether the model declined to answer: no content (an OpenAI model's refusal, whose text the
     * server drops), or an empty one with a finish reason that says the answer was withheld (the
     * server passes Claude's and Gemini's refusals on as {@code ""}).
     */
    static boolean refused(ChatResponse response) {
        String content = response.content();
        if (content == null) return true;
        String reason = response.finishReason();
        return content.isEmpty() && reason != null && WITHHELD.contains(reason.toLowerCase(Locale.ROOT));
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
                conversation = Reasks.askAgain(job, method.qualifiedName(), maxReasks, conversation, response, invalid, rejected);
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
