package dev.saasllm;

/**
 * Receives snapshots of a streamed record while its JSON arrives: the method's own record type,
 * filled in as far as the answer goes, by a reader the processor generates. Fields not arrived yet
 * are null (primitives 0 or false, Optional empty, a collection not started null), strings may be
 * cut short, lists hold the items so far; a date, UUID, URI, char or enum name appears once its
 * string is closed, a number once it is complete. A snapshot the record's constructor refuses is
 * skipped. Each snapshot differs from the previous one. As a parameter of a {@code @Prompt} method returning a record it marks the method as
 * streamed; the method returns the record parsed strictly when the stream ends.
 *
 * <p>Snapshots are for display and progress only: never trust one as the answer.
 *
 * @param <T> the streamed record type
 */
@FunctionalInterface
public interface PartialConsumer<T> {
    /**
     * Takes the next snapshot.
     *
     * @param snapshot the record so far; never null
     */
    void accept(T snapshot);
}
