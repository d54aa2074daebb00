package dev.saasllm;

import dev.saasllm.internal.PartialReader;
import dev.saasllm.internal.PromptMethod;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Runs streamed {@code @Prompt} methods, each as one job of three steps: create,
 * {@code llm-call-stream}, complete. The job ends {@code completed} at {@code [DONE]} (after the
 * answer was read, for structured output), {@code failed} on an error event, a cut-off, an
 * exception of the consumer, or a close before the end — exactly once.
 *
 * <p>Why not {@code create-and-call-stream}: it hides the job id, so a stream the consumer closes
 * or that is cut off leaves a job in progress that the client cannot settle.
 */
final class StreamingSupport {
    private final SaasLlmClient client;
    /** Set when the server showed the per-job stream defect; later calls go straight to the fallback. */
    private volatile boolean jobStreamBroken;

    StreamingSupport(SaasLlmClient client) {
        this.client = client;
    }

    boolean jobStreamBroken() {
        return jobStreamBroken;
    }

    void markJobStreamBroken() {
        if (!jobStreamBroken) {
            jobStreamBroken = true;
            System.getLogger("dev.saasllm.jobs").log(System.Logger.Level.INFO,
                    "The server's llm-call-stream answers with its known error event; streamed methods now make "
                            + "non-streamed calls and deliver each answer as one token");
        }
    }

    /** Streams tokens to {@code consumer} and returns the whole answer read by the method's reader. */
    <T> T run(PromptMethod<T> method, List<ChatMessage> messages, TokenConsumer consumer) {
        Objects.requireNonNull(consumer, "tokens");
        StringBuilder text = new StringBuilder();
        T result;
        try (JobTokens tokens = JobTokens.open(client, method, messages, this)) {
            String token;
            while ((token = tokens.next()) != null) {
                text.append(token);
                try {
                    consumer.accept(token);
                } catch (Throwable consumerFailure) {
                    tokens.abort(consumerFailure);
                    throw consumerFailure;
                }
            }
            try {
                ChatResponse whole = new ChatResponse(text.toString(), tokens.truncated() ? "length" : "stop",
                        null, null, null, null, null, null);
                result = SaasLlmClient.readAnswer(method.reader(), whole, tokens.jobId());
            } catch (Throwable invalid) {
                tokens.abort(invalid);
                throw invalid;
            }
            tokens.finish();
        }
        return result;
    }

    /**
     * Streams a record's JSON, handing each changed snapshot made by {@code snapshots} to
     * {@code partials}; returns the record parsed strictly at the end. Each token re-reads the text
     * so far: answers are small. A snapshot that cannot be made (the reader answers null, or the
     * record's constructor refuses the incomplete values) is skipped, never failing the job.
     */
    <T> T runPartial(PromptMethod<T> method, List<ChatMessage> messages, PartialReader<T> snapshots,
                     PartialConsumer<? super T> partials) {
        Objects.requireNonNull(snapshots, "snapshots");
        Objects.requireNonNull(partials, "partials");
        StringBuilder text = new StringBuilder();
        Object[] last = {null};
        return run(method, messages, token -> {
            text.append(token);
            T snapshot;
            try {
                snapshot = snapshots.snapshot(PartialJson.parseForSnapshot(text));
            } catch (RuntimeException rejected) {
                return;
            }
            if (snapshot != null && !snapshot.equals(last[0])) {
                last[0] = snapshot;
                partials.accept(snapshot);
            }
        });
    }

    /** The tokens as a lazy stream; the job completes at its end, and fails if it is closed earlier. */
    Stream<String> stream(PromptMethod<String> method, List<ChatMessage> messages) {
        JobTokens tokens = JobTokens.open(client, method, messages, this);
        Iterator<String> iterator = new Iterator<>() {
            private String next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = tokens.next();
                    if (next == null) tokens.finish();
                }
                return next != null;
            }

            @Override
            public String next() {
                if (!hasNext()) throw new NoSuchElementException();
                String token = next;
                next = null;
                return token;
            }
        };
        // A safety net for a stream dropped without close(): once nothing can pull tokens any more
        // (the iterator is what both the stream and its iterator() reach), the job is failed. The
        // action holds the tokens, never the iterator.
        CLEANER.register(iterator, tokens::close);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(tokens::close);
    }

    private static final java.lang.ref.Cleaner CLEANER = java.lang.ref.Cleaner.create();
}
