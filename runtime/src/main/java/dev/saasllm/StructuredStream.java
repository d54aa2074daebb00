package dev.saasllm;

import dev.saasllm.internal.Pull;
import dev.saasllm.internal.job.JobEngine;
import dev.saasllm.internal.schema.PartialRecords;

import dev.saasllm.internal.AnswerReader;
import java.util.stream.Stream;

/**
 * A streamed structured answer: the JSON text as it arrives, lenient snapshots of it
 * ({@link PartialJson}), and at the end the value read strictly, as a non-streamed call would.
 *
 * <pre>{@code
 * try (StructuredStream<Resume> stream = client.structuredOutputStream(jobId, messages, Resume.class, CallOptions.NONE)) {
 *     stream.snapshots().forEach(json -> render(PartialJson.parse(json)));
 *     Resume resume = stream.result();
 * }
 * }</pre>
 *
 * @param <R> the type of the answer
 */
public final class StructuredStream<R> implements AutoCloseable {
    private final ChatStream stream;
    private final AnswerReader<R> reader;
    private final PartialRecords<R> records;
    private final StringBuilder text = new StringBuilder();
    private String finishReason;

    StructuredStream(ChatStream stream, AnswerReader<R> reader, Class<R> type) {
        this.stream = stream;
        this.reader = reader;
        this.records = type.isRecord() ? PartialRecords.of(type) : null;
    }

    /**
     * Waits for the next piece of the answer; returns the JSON text received so far, or null when the
     * stream has ended. Throws as {@link ChatStream#next()} does.
     *
     * @return the JSON text so far, or null at the end
     */
    public String nextSnapshot() {
        while (true) {
            ChatChunk chunk = stream.next();
            if (chunk == null) return null;
            if (chunk.finishReason() != null) finishReason = chunk.finishReason();
            if (!chunk.content().isEmpty()) {
                text.append(chunk.content());
                return text.toString();
            }
        }
    }

    /**
     * The JSON text so far after each remaining piece; closing the stream closes this.
     *
     * @return the JSON text so far, after each remaining piece
     */
    public Stream<String> snapshots() {
        return Pull.stream(Pull.iterator(this::nextSnapshot), this::close);
    }

    /**
     * The text received so far.
     *
     * @return the JSON text so far
     */
    public String text() {
        return text.toString();
    }

    /**
     * A lenient reading of the text so far (see {@link PartialJson}); null before the document starts.
     *
     * @return the partial value: maps, lists, strings, numbers, booleans, or null
     */
    public Object partialValue() {
        return PartialJson.parse(text);
    }

    /**
     * A snapshot of the record so far: fields not arrived yet are null (primitives 0 or false),
     * strings may be cut short. Null before the document starts, or when the type is not a record.
     *
     * @return the record so far, or null
     */
    public R snapshot() {
        return records == null ? null : records.snapshot(PartialJson.parseForSnapshot(text));
    }

    /**
     * Reads the rest of the stream and parses the whole answer strictly.
     *
     * @return the whole answer, parsed strictly
     * @throws InvalidOutputException when the answer does not fit the type, with the raw content
     */
    public R result() {
        while (nextSnapshot() != null) {
            // drain
        }
        ChatResponse whole = new ChatResponse(text.toString(), finishReason, null, null, null, null, null, null);
        return JobEngine.readAnswer(reader, whole, stream.jobId());
    }

    /** Cancels the HTTP call if the stream has not ended. */
    @Override
    public void close() {
        stream.close();
    }
}
