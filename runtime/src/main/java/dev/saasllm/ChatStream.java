package dev.saasllm;

import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import okhttp3.Call;
import okhttp3.Response;
import okio.BufferedSource;

/**
 * A streamed chat answer, read chunk by chunk on the caller's thread as the events arrive (nothing
 * is buffered beyond one event). Ends normally at {@code data: [DONE]}. Close it (try-with-resources)
 * to cancel the HTTP call when you stop early.
 *
 * <pre>{@code
 * try (ChatStream stream = client.chatStream(jobId, messages, CallOptions.NONE)) {
 *     stream.tokens().forEach(System.out::print);
 * }
 * }</pre>
 *
 * <p>{@link #next()} throws {@link StreamFailedException} for an error event,
 * {@link StreamInterruptedException} for a stream cut off before {@code [DONE]} (or closed from
 * another thread), and {@link InvalidResponseException} for an event that is not a chunk.
 * Not thread-safe, except {@link #close()}.
 */
public final class ChatStream implements AutoCloseable {
    /** How a stream ended. */
    private enum Outcome { DONE, FAILED, CLOSED }

    private final Call call;
    private final Response response;
    private final BufferedSource source;
    private final String endpoint;
    private final String jobId;
    private final UnaryOperator<String> redact;
    private final SseEventReader events = new SseEventReader();
    /** Set once, by whichever thread sees the end first. */
    private final AtomicReference<Outcome> outcome = new AtomicReference<>();
    private volatile boolean closed;

    ChatStream(Call call, Response response, String endpoint, String jobId, UnaryOperator<String> redact) {
        this.redact = redact;
        this.call = call;
        this.response = response;
        this.source = response.body().source();
        this.endpoint = endpoint;
        this.jobId = jobId;
    }

    /** The job this stream belongs to; null for a stream whose job the server keeps to itself. */
    public String jobId() {
        return jobId;
    }

    /**
     * The next chunk, blocking until its event arrives; null once {@code [DONE]} was read.
     *
     * @throws StreamFailedException when the server sends an error event
     * @throws StreamInterruptedException when the stream ends without {@code [DONE]}
     */
    public ChatChunk next() {
        Outcome end = outcome.get();
        if (end != null) {
            if (end == Outcome.DONE) return null;
            throw new IllegalStateException("This ChatStream has " + (end == Outcome.CLOSED ? "been closed" : "failed"));
        }
        try {
            while (true) {
                String line = source.readUtf8Line();
                String data = line == null ? events.end() : events.line(line);
                if (data != null) {
                    // Defence in depth, as for bodies: a server that echoes the key must not put it into our exceptions.
                    data = redact.apply(data);
                    StreamEvents.Event event = StreamEvents.parse(data, endpoint, jobId);
                    if (event instanceof StreamEvents.Chunk chunk) return chunk.chunk();
                    if (event instanceof StreamEvents.Done) {
                        end(Outcome.DONE);
                        return null;
                    }
                    String message = ((StreamEvents.Failure) event).message();
                    throw new StreamFailedException(message, data, endpoint, jobId);
                }
                if (line == null) {
                    throw new StreamInterruptedException("The stream from " + where() + " ended without [DONE]: "
                            + "the connection was closed before the answer was complete", endpoint, jobId, null);
                }
            }
        } catch (IOException e) {
            RuntimeException failure = closed
                    ? new StreamInterruptedException("The stream from " + where() + " was closed before its end", endpoint, jobId, e)
                    : new StreamInterruptedException("The stream from " + where() + " was cut off before [DONE]: " + e, endpoint, jobId, e);
            throw fail(failure);
        } catch (RuntimeException e) {
            throw fail(e);
        }
    }

    private RuntimeException fail(RuntimeException failure) {
        response.close();
        end(Outcome.FAILED);
        return failure;
    }

    private void end(Outcome how) {
        if (outcome.compareAndSet(null, how) && how == Outcome.DONE) response.close();
    }

    private String where() {
        return endpoint + (jobId == null ? "" : " for job " + jobId);
    }

    /** The remaining chunks as a sequential stream; closing it closes this. */
    public Stream<ChatChunk> chunks() {
        Iterator<ChatChunk> iterator = new Iterator<>() {
            private ChatChunk next;

            @Override
            public boolean hasNext() {
                if (next == null) next = ChatStream.this.next();
                return next != null;
            }

            @Override
            public ChatChunk next() {
                if (!hasNext()) throw new NoSuchElementException();
                ChatChunk chunk = next;
                next = null;
                return chunk;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(this::close);
    }

    /** The text of the remaining chunks, token by token (chunks without text are skipped). */
    public Stream<String> tokens() {
        return chunks().map(ChatChunk::content).filter(token -> !token.isEmpty());
    }

    /** Whether the HTTP call was cancelled; for tests. */
    boolean cancelled() {
        return call.isCanceled();
    }

    /** Whether {@code [DONE]} was read. */
    public boolean isDone() {
        return outcome.get() == Outcome.DONE;
    }

    /**
     * Cancels the HTTP call if the stream has not ended; safe to call from any thread and more than once.
     */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        // A thread blocked in next() sees the cancellation as an IOException.
        call.cancel();
        end(Outcome.CLOSED);
        response.close();
    }
}
