package dev.saasllm;

import dev.saasllm.internal.PromptMethod;
import java.util.List;

/**
 * The tokens of one streamed job, read on the caller's thread. Any failure fails the job before it
 * is thrown; {@link #close()} before the end cancels the call and fails the job. The caller
 * completes the job with {@link #finish()} once it has what it needs from the answer.
 *
 * <p>The per-job stream of the current server release answers every call with one error event
 * ({@link #isKnownDefect}). Then the call is made again in the same job without streaming and its
 * answer is handed over as one token: no job is left open and no extra credit is charged. The
 * client remembers the defect and skips the stream for later calls.
 */
final class JobTokens implements AutoCloseable {
    static final String DEFECT = "asynchronous context manager";

    private final SaasLlmClient client;
    private final StreamedJob job;
    private final List<ChatMessage> messages;
    private final ResponseFormat format;
    private final StreamingSupport support;
    private ChatStream stream;
    private boolean delivered;
    private boolean truncated;
    private volatile boolean ended;

    private JobTokens(SaasLlmClient client, StreamedJob job, List<ChatMessage> messages, StreamingSupport support) {
        this.client = client;
        this.job = job;
        this.messages = messages;
        this.support = support;
        PromptMethod<?> method = job.method();
        this.format = method.structured() ? new ResponseFormat(method.schemaName(), method.schemaJson()) : null;
    }

    /** Opens the job and its stream; HTTP errors fail the job and are thrown. */
    static JobTokens open(SaasLlmClient client, PromptMethod<?> method, List<ChatMessage> messages, StreamingSupport support) {
        JobTokens tokens = new JobTokens(client, StreamedJob.open(client, method), messages, support);
        try {
            if (!support.jobStreamBroken()) {
                tokens.stream = StreamOpener.open(client, tokens.job.id(), messages, method.options(), tokens.format);
            }
            return tokens;
        } catch (Throwable failure) {
            tokens.job.fail(failure);
            throw failure;
        }
    }

    static boolean isKnownDefect(StreamFailedException e) {
        return e.detail() != null && e.detail().contains(DEFECT);
    }

    String jobId() {
        return job.id();
    }

    /** The next non-empty token, or null at the end of the answer. */
    String next() {
        if (ended) return null;
        try {
            if (stream == null) return wholeAnswer();
            while (true) {
                ChatChunk chunk;
                try {
                    chunk = stream.next();
                } catch (StreamFailedException e) {
                    if (!isKnownDefect(e) || delivered) throw e;
                    support.markJobStreamBroken();
                    return wholeAnswer();
                }
                if (chunk == null) {
                    ended = true;
                    return null;
                }
                if ("length".equals(chunk.finishReason())) truncated = true;
                if (!chunk.content().isEmpty()) {
                    delivered = true;
                    return chunk.content();
                }
            }
        } catch (Throwable failure) {
            ended = true;
            job.fail(failure);
            throw failure;
        }
    }

    // The fallback: one non-streamed call in the same job, its answer as a single token.
    private String wholeAnswer() {
        ChatResponse response = client.call(job.id(), messages, job.method().options(), format);
        truncated = response.truncated();
        ended = true;
        return response.content().isEmpty() ? null : response.content();
    }

    /** Whether the model was cut off by {@code max_tokens}. */
    boolean truncated() {
        return truncated;
    }

    /** Completes the job {@code completed}. */
    void finish() {
        job.complete();
    }

    /** Fails the job with {@code failure} (e.g. the consumer's own exception) and stops the stream. */
    void abort(Throwable failure) {
        ended = true;
        if (stream != null) stream.close();
        job.fail(failure);
    }

    /** Before the job is settled: cancels the call and fails the job. Safe from any thread. */
    @Override
    public void close() {
        if (job.settled()) return;
        ended = true;
        if (stream != null) stream.close();
        job.fail("Closed by the consumer before the end of the stream", null);
    }
}
