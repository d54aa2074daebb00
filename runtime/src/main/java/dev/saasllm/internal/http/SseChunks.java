package dev.saasllm.internal.http;

import dev.saasllm.ChatChunk;
import dev.saasllm.StreamFailedException;
import dev.saasllm.StreamInterruptedException;
import dev.saasllm.internal.wire.Wire;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import retrofit2.Call;

/**
 * The chunks of one {@code text/event-stream} answer, read as they arrive, in whichever shape the
 * server forwards ({@link Wire.SseEvents}); see {@link Pipeline.Chunks}.
 */
final class SseChunks implements Pipeline.Chunks {
    /** How a stream ended. */
    private enum Outcome { DONE, FAILED, CLOSED }

    private final Call<ResponseBody> call;
    private final ResponseBody body;
    private final BufferedSource source;
    private final String endpoint;
    private final String jobId;
    private final UnaryOperator<String> redact;
    private final Wire.SseEvents events = Wire.sseEvents();
    /** Set once, by whichever thread sees the end first. */
    private final AtomicReference<Outcome> outcome = new AtomicReference<>();
    private volatile boolean closed;
    /** Threads inside next(): the body is closed by the last of them after a close, never under their feet. */
    private final java.util.concurrent.atomic.AtomicInteger readers = new java.util.concurrent.atomic.AtomicInteger();

    SseChunks(Call<ResponseBody> call, ResponseBody body, String endpoint, String jobId, UnaryOperator<String> redact) {
        this.call = call;
        this.body = body;
        this.source = body.source();
        this.endpoint = endpoint;
        this.jobId = jobId;
        this.redact = redact;
    }

    @Override
    public String jobId() {
        return jobId;
    }

    @Override
    public ChatChunk next() {
        readers.incrementAndGet();
        try {
            return read();
        } finally {
            if (readers.decrementAndGet() == 0 && closed) body.close();
        }
    }

    private ChatChunk read() {
        Outcome end = outcome.get();
        if (end != null) {
            if (end == Outcome.DONE) return null;
            throw new IllegalStateException("This stream has " + (end == Outcome.CLOSED ? "been closed" : "failed"));
        }
        try {
            while (true) {
                String line = source.readUtf8Line();
                String data = line == null ? events.end() : events.line(line);
                if (data != null) {
                    // Defence in depth, as for bodies: a server that echoes the key must not put it into our exceptions.
                    data = redact.apply(data);
                    Wire.Event event = events.event(data, endpoint, jobId);
                    if (event.chunk() != null) return event.chunk();
                    if (event.done()) {
                        end(Outcome.DONE);
                        return null;
                    }
                    if (event.error() != null) throw new StreamFailedException(event.error(), data, endpoint, jobId);
                    continue; // an event that carries nothing (Anthropic's ping, a block's start or stop)
                }
                if (line == null) {
                    // Anthropic and Gemini streams have no [DONE]: one whose finish reason was read has ended.
                    if (events.endedNormally()) {
                        end(Outcome.DONE);
                        return null;
                    }
                    throw new StreamInterruptedException("The stream from " + where() + " ended without " + events.expectedEnd()
                            + ": the connection was closed before the answer was complete", endpoint, jobId, null);
                }
            }
        } catch (IOException e) {
            RuntimeException failure = closed
                    ? new StreamInterruptedException("The stream from " + where() + " was closed before its end", endpoint, jobId, e)
                    : new StreamInterruptedException("The stream from " + where() + " was cut off before " + events.expectedEnd()
                            + ": " + e, endpoint, jobId, e);
            throw fail(failure);
        } catch (RuntimeException e) {
            throw fail(e);
        }
    }

    private RuntimeException fail(RuntimeException failure) {
        body.close();
        end(Outcome.FAILED);
        return failure;
    }

    private void end(Outcome how) {
        if (outcome.compareAndSet(null, how) && how == Outcome.DONE) body.close();
    }

    private String where() {
        return endpoint + (jobId == null ? "" : " for job " + jobId);
    }

    @Override
    public boolean isDone() {
        return outcome.get() == Outcome.DONE;
    }

    @Override
    public boolean cancelled() {
        return call.isCanceled();
    }

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        // A thread blocked in next() sees the cancellation as an IOException, and closes the body itself:
        // closing it from here while it reads would race Okio's timeout bookkeeping.
        call.cancel();
        end(Outcome.CLOSED);
        if (readers.get() == 0) body.close();
    }
}
