package dev.saasllm.internal;

/**
 * Turns a lenient {@link dev.saasllm.PartialJson} tree into a snapshot of a streamed record. The
 * processor generates one per {@code @Prompt} method with a {@code PartialConsumer} parameter, so
 * no reflection runs while the JSON streams in.
 */
@FunctionalInterface
public interface PartialReader<T> {
    /**
     * The snapshot of {@code tree} (ordered {@code Map<String, Object>}, {@code List<Object>},
     * {@code String}, {@code BigDecimal}, {@code Boolean} or null), or null when none can be made yet.
     */
    T snapshot(Object tree);
}
