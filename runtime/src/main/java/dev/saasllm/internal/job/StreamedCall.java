package dev.saasllm.internal.job;

import dev.saasllm.CallOptions;
import dev.saasllm.ChatChunk;
import dev.saasllm.ChatMessage;
import dev.saasllm.ChatResponse;
import dev.saasllm.InvalidOutputException;
import dev.saasllm.internal.PromptMethod;
import dev.saasllm.internal.http.Pipeline;
import dev.saasllm.internal.wire.ResponseFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One streamed method call, pulled token by token by every streamed call style (a token callback,
 * typed partials, {@code Stream<String>}, {@code Flow.Publisher}), in a job it owns or one it is
 * bound to. At the end of an answer the answer is read strictly; an unreadable structured answer is
 * asked for again in the same job, its tokens following once {@code onRestart} said so. Any failure
 * fails an owned job; {@link #close()} before the end stops the stream and fails an owned job.
 *
 * <p>The per-job stream of the current server release answers every call with one error event;
 * {@link DefectFallback} then makes the call unstreamed in the same job and hands its answer over
 * as one token.
 */
final class StreamedCall<T> implements AutoCloseable {
    private final JobEngine engine;
    private final Lifecycle job;
    private final boolean owned;
    private final PromptMethod<T> method;
    private final CallOptions options;
    private final ResponseFormat format;
    private final int maxReasks;
    private final Cancel cancel;
    private final List<InvalidOutputException> rejected = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final AtomicBoolean ended = new AtomicBoolean();
    private final Runnable stop = this::stopStream;
    private List<ChatMessage> conversation;
    private volatile DefectFallback chunks;
    private final AtomicBoolean streamOpen = new AtomicBoolean();
    /** The unstreamed answer the fallback made, read as the whole answer (its content may be null: a refusal). */
    private ChatResponse unstreamed;
    private String finishReason;
    private Integer promptTokens;
    private Integer completionTokens;
    private Integer totalTokens;
    private Runnable onRestart;
    private T value;
    private boolean valueReady;

    private StreamedCall(JobEngine engine, Lifecycle job, boolean owned, PromptMethod<T> method, CallOptions options,
                         List<ChatMessage> messages, Cancel cancel) {
        this.engine = engine;
        this.job = job;
        this.owned = owned;
        this.method = method;
        this.options = options;
        this.format = Answers.format(method);
        this.maxReasks = method.structured() ? engine.maxReasks(options) : 0;
        this.conversation = messages;
        this.cancel = cancel;
    }

    /** Starts the call's stream in {@code job}; a failure fails an owned job and is thrown. */
    static <T> StreamedCall<T> start(JobEngine engine, Lifecycle job, boolean owned, PromptMethod<T> method,
                                     CallOptions options, List<ChatMessage> messages, Cancel cancel) {
        StreamedCall<T> call = new StreamedCall<>(engine, job, owned, method, options, messages, cancel);
        try {
            call.startAnswer();
        } catch (Throwable failure) {
            call.failed(failure);
            throw failure;
        }
        return call;
    }

    String jobId() { return job.id(); }

    Lifecycle job() { return job; }

    /** Called before the tokens of a re-asked answer: what was built from the rejected one starts over. */
    void onRestart(Runnable restart) {
        this.onRestart = restart;
    }

    /** The next non-empty token; null once the answer has ended and was read. */
    String next() {
        if (valueReady || ended.get()) return null;
        try {
            while (true) {
                String token = nextOfAnswer();
                if (token != null) return token;
                ChatResponse whole = unstreamed != null ? unstreamed : new ChatResponse(text.toString(),
                        finishReason == null ? "stop" : finishReason, null, null, promptTokens, completionTokens, totalTokens, null);
                try {
                    value = Answers.read(method.reader(), whole, job.id());
                    valueReady = true;
                    return null;
                } catch (InvalidOutputException invalid) {
                    conversation = Reasks.askAgain(job, method.qualifiedName(), maxReasks, conversation, whole, invalid, rejected);
                    if (onRestart != null) onRestart.run();
                    startAnswer();
                }
            }
        } catch (Throwable failure) {
            failed(failure);
            throw failure;
        }
    }

    /**
     * After {@link #next()} returned null: completes an owned job and returns the answer's value.
     * A failure of that complete is thrown, never followed by a second complete.
     */
    T finish() {
        if (!valueReady) throw new IllegalStateException("The answer of " + method.qualifiedName() + " has not ended yet");
        if (ended.compareAndSet(false, true) && owned) job.complete(null);
        return value;
    }

    /** Ends the call with {@code failure}: the stream is stopped and an owned job failed. */
    void failed(Throwable failure) {
        if (!ended.compareAndSet(false, true)) return;
        stopStream();
        endStream(null, failure);
        if (owned) job.fail(failure);
    }

    /** Before the end, from any thread: stops the stream and fails an owned job. */
    @Override
    public void close() {
        close(new IllegalStateException("Closed by the consumer before the end of the stream"));
    }

    /** {@link #close()} with the reason an owned job fails with. */
    void close(Throwable reason) {
        if (!ended.compareAndSet(false, true)) return;
        stopStream();
        endStream(null, reason);
        if (owned) job.fail(reason);
    }

    private void startAnswer() {
        text.setLength(0);
        unstreamed = null;
        finishReason = null;
        promptTokens = completionTokens = totalTokens = null;
        List<ChatMessage> asked = conversation;
        chunks = DefectFallback.open(engine, job.id(), () -> {
            Pipeline.Chunks stream = job.openStream(asked, options, format, cancel, stop);
            streamOpen.set(true);
            return stream;
        }, () -> job.call(asked, options, format, cancel), () -> {});
    }

    private String nextOfAnswer() {
        while (true) {
            ChatChunk chunk;
            try {
                chunk = chunks.next();
            } catch (RuntimeException e) {
                endStream(null, e);
                throw e;
            }
            if (chunk == null) {
                unstreamed = chunks.unstreamedAnswer();
                // An unstreamed answer was reported by its own call; a streamed one is reported here.
                endStream(unstreamed != null ? null : new ChatResponse(text.toString(), finishReason, null, null,
                        promptTokens, completionTokens, totalTokens, null), null);
                return null;
            }
            if (chunk.finishReason() != null) finishReason = chunk.finishReason();
            if (chunk.hasUsage()) {
                promptTokens = chunk.promptTokens();
                completionTokens = chunk.completionTokens();
                totalTokens = chunk.totalTokens();
            }
            if (!chunk.content().isEmpty()) {
                // The fallback's whole answer is no token of the stream: its call was reported on its own.
                if (text.length() == 0 && chunks.unstreamedAnswer() == null) job.firstToken(stop);
                text.append(chunk.content());
                return chunk.content();
            }
        }
    }

    private void endStream(ChatResponse response, Throwable failure) {
        if (!streamOpen.compareAndSet(true, false)) return;
        job.streamEnded(stop, cancel, response, failure);
    }

    private void stopStream() {
        Pipeline.Chunks open = chunks;
        if (open != null) open.close();
    }
}
