package dev.saasllm.internal;

/**
 * Turns a lenient {@link dev.saasllm.PartialJson} tree into a snapshot of a streamed record. The
 * processor generates one per {@code @Prompt} method with a {@code PartialConsumer} parameter, so
 * no reflection runs while the JSON streams in.
 *
 * @param <T> the streamed record type
 */
@FunctionalInterface
public interface PartialReader<T> {
    /**
     * The snapshot of {@code tree} (ordered {@code Map<String, Object>}, {@code List<Object>},
     * {@code String}, {@code BigDecimal}, {@code Boolean}, null, and for the string the text ends
     * inside a {@link dev.saasllm.PartialJson.OpenString}: see {@link dev.saasllm.PartialJson#parseForSnapshot}),
     * or null when none can be made yet. It may throw a {@code RuntimeException} when a record's
     * constructor refuses the values so far; that snapshot is then skipped, never failing the call.
     *
     * @param tree the JSON so far
     * @return the snapshot, or null
     */
    T snapshot(Object tree);
}
