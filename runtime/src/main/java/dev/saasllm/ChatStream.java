package dev.saasllm;

import dev.saasllm.internal.Pull;
import dev.saasllm.internal.http.Pipeline;
import java.util.stream.Stream;


/**
 * A streamed chat answer, read chunk by chunk on the caller's thread as the events arrive (nothing
 * is buffered beyond one event), in whichever shape the server forwards for the model: OpenAI
 * chunks, Anthropic events or Gemini objects. Ends normally at {@code data: [DONE]} (OpenAI), at
 * {@code message_stop} (Anthropic), or when an Anthropic or Gemini stream ends after its finish
 * reason (they send no {@code [DONE]}). Close it (try-with-resources) to cancel the HTTP call when
 * you stop early.
 *
 * <pre>{@code
 * try (ChatStream stream = client.chatStream(jobId, messages, CallOptions.NONE)) {
 *     stream.tokens().forEach(System.out::print);
 * }
 * }</pre>
 *
 * <p>{@link #next()} throws {@link StreamFailedException} for an error event,
 * {@link StreamInterruptedException} for a stream cut off before its end (or closed from another
 * thread), and {@link InvalidResponseException} for an event that is not a chunk.
 * Not thread-safe, except {@link #close()}.
 */
public final class ChatStream implements AutoCloseable {
    private final Pipeline.Chunks chunks;

    ChatStream(Pipeline.Chunks chunks) {
        this.chunks = chunks;
    }

    /**
     * The job this stream belongs to.
     *
     * @return the job's id
     */
    public String jobId() {
        return chunks.jobId();
    }

    /**
     * The next chunk, blocking until its event arrives; null once the stream has ended normally.
     *
     * @return the next chunk, or null at the end
     * @throws StreamFailedException when the server sends an error event
     * @throws StreamInterruptedException when the stream ends before its end ({@code [DONE]},
     *     {@code message_stop}, or a finish reason)
     */
    public ChatChunk next() {
        return chunks.next();
    }

    /**
     * The remaining chunks as a sequential stream; closing it closes this.
     *
     * @return the remaining chunks
     */
    public Stream<ChatChunk> chunks() {
        return Pull.stream(Pull.iterator(this::next), this::close);
    }

    /**
     * The text of the remaining chunks, token by token (chunks without text are skipped).
     *
     * @return the remaining tokens, empty ones skipped
     */
    public Stream<String> tokens() {
        return chunks().map(ChatChunk::content).filter(token -> !token.isEmpty());
    }

    /** Whether the HTTP call was cancelled; for tests. */
    boolean cancelled() {
        return chunks.cancelled();
    }

    /**
     * Whether the stream has ended normally.
     *
     * @return true once the stream has ended normally
     */
    public boolean isDone() {
        return chunks.isDone();
    }

    /** Cancels the HTTP call if the stream has not ended; safe to call from any thread and more than once. */
    @Override
    public void close() {
        chunks.close();
    }
}
