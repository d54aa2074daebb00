package dev.saasllm.internal.job;

import dev.saasllm.ChatChunk;
import dev.saasllm.ChatResponse;
import dev.saasllm.NotFoundException;
import dev.saasllm.StreamFailedException;
import dev.saasllm.internal.http.Pipeline;
import java.util.function.Supplier;

/**
 * The one fallback for a server without a working per-job stream: the current release's defect (its
 * {@code llm-call-stream} answers every call with a single error event, "'Response' object does
 * not support the asynchronous context manager protocol"), and releases before 2025-10-21, which
 * have no such route (FastAPI's 404 {@code Not Found}). A stream that fails so before any text
 * arrived makes the same call unstreamed in the same job, and its answer is handed over as one
 * chunk: no job is left open and no extra credit is charged. The client remembers it
 * ({@link JobEngine#markJobStreamBroken(String)}) and later streams go straight to the unstreamed call.
 *
 * <p>Every streamed call goes through it: generated streamed methods ({@link StreamedCall}) and
 * the programmatic client's {@code chatStream} and {@code structuredOutputStream}
 * ({@link JobEngine#openStream}). Read on one thread; {@link #close()} from any.
 */
final class DefectFallback implements Pipeline.Chunks {
    static final String DEFECT = "asynchronous context manager";

    private final JobEngine engine;
    private final String jobId;
    /** The stream opened, or null when the defect was known before: then only the unstreamed call. */
    private final Pipeline.Chunks opened;
    private final Supplier<ChatResponse> unstreamed;
    private final Runnable stopUnstreamed;
    /** The stream being read; null once the fallback took over. */
    private Pipeline.Chunks stream;
    private boolean delivered;
    private ChatResponse answer;
    private boolean failed;
    private volatile boolean done;
    private volatile boolean closed;

    private DefectFallback(JobEngine engine, String jobId, Pipeline.Chunks opened, Supplier<ChatResponse> unstreamed,
                           Runnable stopUnstreamed) {
        this.engine = engine;
        this.jobId = jobId;
        this.opened = opened;
        this.stream = opened;
        this.unstreamed = unstreamed;
        this.stopUnstreamed = stopUnstreamed;
    }

    /**
     * Opens the stream with {@code open}, unless the client already saw the defect: then the answer
     * comes from {@code unstreamed} (one call in the same job) at the first {@link #next()}.
     *
     * @param stopUnstreamed cancels the unstreamed call in flight, on {@link #close()}
     */
    static DefectFallback open(JobEngine engine, String jobId, Supplier<Pipeline.Chunks> open,
                               Supplier<ChatResponse> unstreamed, Runnable stopUnstreamed) {
        Pipeline.Chunks stream = null;
        if (!engine.jobStreamBroken()) {
            try {
                stream = open.get();
            } catch (NotFoundException e) {
                if (!Pipeline.isMissingRoute(e)) throw e; // a missing job is the caller's error
                engine.markJobStreamBroken("The server has no per-job stream (a release older than 2025-10-21); this "
                        + "client makes streamed calls unstreamed in the same job from now on.");
            }
        }
        return new DefectFallback(engine, jobId, stream, unstreamed, stopUnstreamed);
    }

    @Override
    public String jobId() {
        return jobId;
    }

    @Override
    public ChatChunk next() {
        if (stream != null) {
            try {
                ChatChunk chunk = stream.next();
                if (chunk == null) {
                    done = true;
                } else if (!chunk.content().isEmpty()) {
                    delivered = true;
                }
                return chunk;
            } catch (StreamFailedException e) {
                if (delivered || !isKnownDefect(e)) throw e;
                engine.markJobStreamBroken("The server's llm-call-stream answers with its known error event; streamed "
                        + "calls now make non-streamed calls in the same job and deliver each answer as one chunk.");
                stream = null;
            }
        }
        if (done) return null;
        if (failed || closed) throw new IllegalStateException("This stream has " + (closed ? "been closed" : "failed"));
        if (answer != null) {
            done = true;
            return null;
        }
        try {
            answer = unstreamed.get();
        } catch (RuntimeException | Error e) {
            failed = true;
            throw e;
        }
        return new ChatChunk(answer.content(), answer.finishReason(), answer.promptTokens(), answer.completionTokens(),
                answer.totalTokens());
    }

    /** The answer of the unstreamed call, once the fallback made it (its content may be null: a refusal); else null. */
    ChatResponse unstreamedAnswer() {
        return answer;
    }

    @Override
    public boolean isDone() {
        return done;
    }

    @Override
    public boolean cancelled() {
        return opened != null ? opened.cancelled() : closed;
    }

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        if (opened != null) opened.close();
        if (!done) stopUnstreamed.run();
    }

    static boolean isKnownDefect(StreamFailedException e) {
        return e.detail() != null && e.detail().contains(DEFECT);
    }
}
