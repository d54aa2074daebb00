package dev.saasllm.processor.model;

/**
 * A method's retry, re-ask and timeout settings from {@code @Retry}, {@code @Reask} and
 * {@code @Timeout} (the method's, else its interface's); null parts leave the client's defaults.
 *
 * @param retry the retry policy, or null
 * @param maxReasks times to ask again after an unusable answer, or null
 * @param timeoutMillis the whole-call timeout of each attempt, or null
 */
public record Reliability(Retry retry, Integer maxReasks, Long timeoutMillis) {
    /** Nothing set. */
    public static final Reliability NONE = new Reliability(null, null, null);

    /**
     * {@code @Retry}'s members.
     *
     * @param maxAttempts attempts in all, the first included
     * @param initialDelayMillis the wait before the second attempt, in milliseconds
     * @param maxDelayMillis the longest wait, in milliseconds
     */
    public record Retry(int maxAttempts, long initialDelayMillis, long maxDelayMillis) {}

    /** {@return whether nothing is set} */
    public boolean isEmpty() {
        return retry == null && maxReasks == null && timeoutMillis == null;
    }
}
