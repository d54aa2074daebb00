package dev.saasllm;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * When and how often a failed request is sent again: a number of attempts, exponential backoff
 * with jitter up to a maximum delay, and which failures are worth another attempt.
 *
 * <p>By default 429 (waiting what {@code Retry-After} asks), 500, 502, 503 and 504, connection
 * failures (refused, reset) and timeouts are retried. 400, 401, 403, 404 and 422 never are: sending
 * the same request again cannot change the answer.
 *
 * <p>Which requests a policy may repeat is decided by the client, not the policy: LLM calls and
 * reads on every retryable failure (a retried call stays in its job, so it costs no extra credit);
 * creating and completing a job only when the server provably did nothing (429, connection
 * refused), so a retry never opens a duplicate job or toggles a credit charge.
 *
 * <pre>{@code
 * RetryPolicy policy = RetryPolicy.builder().maxAttempts(4).initialDelay(Duration.ofMillis(200)).build();
 * SaasLlmClient client = SaasLlmClient.builder()...retryPolicy(policy).build();
 * }</pre>
 */
public final class RetryPolicy {
    private static final Set<Integer> NEVER = Set.of(400, 401, 403, 404, 422);

    /** One attempt, no retry: the client's default. */
    public static final RetryPolicy NONE = builder().maxAttempts(1).build();

    private final int maxAttempts;
    private final Duration initialDelay;
    private final double multiplier;
    private final Duration maxDelay;
    private final double jitter;
    private final Set<Integer> statuses;
    private final boolean onTimeout;
    private final boolean onConnectionFailure;

    private RetryPolicy(Builder b) {
        this.maxAttempts = b.maxAttempts;
        this.initialDelay = b.initialDelay;
        this.multiplier = b.multiplier;
        this.maxDelay = b.maxDelay;
        this.jitter = b.jitter;
        this.statuses = Set.copyOf(b.statuses);
        this.onTimeout = b.onTimeout;
        this.onConnectionFailure = b.onConnectionFailure;
    }

    /**
     * 3 attempts, 500 ms doubling to at most 30 s, 20 % jitter, the default failures.
     *
     * @return the default policy
     */
    public static RetryPolicy defaults() {
        return builder().build();
    }

    /**
     * A builder starting from {@link #defaults()}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder that starts from this policy.
     *
     * @return a new builder holding this policy's settings
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxAttempts = maxAttempts;
        b.initialDelay = initialDelay;
        b.multiplier = multiplier;
        b.maxDelay = maxDelay;
        b.jitter = jitter;
        b.statuses = new TreeSet<>(statuses);
        b.onTimeout = onTimeout;
        b.onConnectionFailure = onConnectionFailure;
        return b;
    }

    /** {@return the attempts in all, the first included; at least 1} */
    public int maxAttempts() { return maxAttempts; }
    /** {@return the wait before the second attempt} */
    public Duration initialDelay() { return initialDelay; }
    /** {@return the factor between consecutive waits; at least 1} */
    public double multiplier() { return multiplier; }
    /** {@return the longest wait} */
    public Duration maxDelay() { return maxDelay; }
    /** {@return the fraction (0 to 1) of each wait taken off at random} */
    public double jitter() { return jitter; }
    /** {@return the HTTP statuses that are retried} */
    public Set<Integer> retryStatuses() { return statuses; }
    /** {@return whether a timeout is retried} */
    public boolean retryOnTimeout() { return onTimeout; }
    /** {@return whether a refused or reset connection is retried} */
    public boolean retryOnConnectionFailure() { return onConnectionFailure; }

    /**
     * Whether this failure is of a kind the policy retries (attempts left aside).
     *
     * @param failure a failed attempt's error
     * @return true when another attempt may succeed
     */
    public boolean retries(SaasLlmException failure) {
        if (failure instanceof CallTimeoutException) return onTimeout;
        if (failure instanceof TransportException) {
            // An interrupt is the caller asking to stop, not a transient failure.
            return onConnectionFailure && !Thread.currentThread().isInterrupted()
                    && !(failure.getCause() instanceof java.io.InterruptedIOException);
        }
        int status = failure.statusCode();
        return status != 0 && statuses.contains(status);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RetryPolicy p && maxAttempts == p.maxAttempts && initialDelay.equals(p.initialDelay)
                && multiplier == p.multiplier && maxDelay.equals(p.maxDelay) && jitter == p.jitter
                && statuses.equals(p.statuses) && onTimeout == p.onTimeout && onConnectionFailure == p.onConnectionFailure;
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxAttempts, initialDelay, multiplier, maxDelay, jitter, statuses, onTimeout, onConnectionFailure);
    }

    @Override
    public String toString() {
        return "RetryPolicy{maxAttempts=" + maxAttempts + ", initialDelay=" + initialDelay + ", multiplier=" + multiplier
                + ", maxDelay=" + maxDelay + ", jitter=" + jitter + ", statuses=" + new TreeSet<>(statuses)
                + ", onTimeout=" + onTimeout + ", onConnectionFailure=" + onConnectionFailure + "}";
    }

    /** Builds a {@link RetryPolicy}; starts from {@link #defaults()}. */
    public static final class Builder {
        private int maxAttempts = 3;
        private Duration initialDelay = Duration.ofMillis(500);
        private double multiplier = 2.0;
        private Duration maxDelay = Duration.ofSeconds(30);
        private double jitter = 0.2;
        private Set<Integer> statuses = new TreeSet<>(Set.of(429, 500, 502, 503, 504));
        private boolean onTimeout = true;
        private boolean onConnectionFailure = true;

        private Builder() {}

        /**
         * Attempts in all, the first included; 1 means no retry.
         *
         * @param maxAttempts at least 1
         * @return this builder
         * @throws IllegalArgumentException when {@code maxAttempts} is below 1
         */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * The wait before the second attempt.
         *
         * @param delay the first wait; not negative
         * @return this builder
         */
        public Builder initialDelay(Duration delay) {
            this.initialDelay = nonNegative("initialDelay", delay);
            return this;
        }

        /**
         * Factor between consecutive waits, at least 1.
         *
         * @param multiplier the growth factor; at least 1
         * @return this builder
         * @throws IllegalArgumentException when {@code multiplier} is below 1
         */
        public Builder multiplier(double multiplier) {
            if (!(multiplier >= 1.0)) throw new IllegalArgumentException("multiplier must be at least 1, was " + multiplier);
            this.multiplier = multiplier;
            return this;
        }

        /**
         * The longest wait; a {@code Retry-After} longer than this ends the retries.
         *
         * @param delay the longest wait; not negative
         * @return this builder
         */
        public Builder maxDelay(Duration delay) {
            this.maxDelay = nonNegative("maxDelay", delay);
            return this;
        }

        /**
         * Fraction (0 to 1) of each wait taken off at random.
         *
         * @param jitter from 0 (none) to 1
         * @return this builder
         * @throws IllegalArgumentException when {@code jitter} is outside 0 to 1
         */
        public Builder jitter(double jitter) {
            if (!(jitter >= 0 && jitter <= 1)) throw new IllegalArgumentException("jitter must be between 0 and 1, was " + jitter);
            this.jitter = jitter;
            return this;
        }

        /**
         * The HTTP statuses to retry (default 429, 500, 502, 503, 504).
         *
         * @param statuses HTTP error statuses (400 to 599)
         * @return this builder
         * @throws IllegalArgumentException for 400, 401, 403, 404 or 422, which a retry cannot fix
         */
        public Builder retryStatuses(Set<Integer> statuses) {
            for (int status : statuses) {
                if (NEVER.contains(status)) {
                    throw new IllegalArgumentException("HTTP " + status + " cannot be retried: the same request gets the same "
                            + "answer. Retryable are 429 and 5xx.");
                }
                if (status < 400 || status > 599) throw new IllegalArgumentException("Not an error status: " + status);
            }
            this.statuses = new TreeSet<>(statuses);
            return this;
        }

        /**
         * Whether a timeout is retried (default true).
         *
         * @param on true to retry timeouts
         * @return this builder
         */
        public Builder retryOnTimeout(boolean on) {
            this.onTimeout = on;
            return this;
        }

        /**
         * Whether a refused or reset connection is retried (default true).
         *
         * @param on true to retry refused and reset connections
         * @return this builder
         */
        public Builder retryOnConnectionFailure(boolean on) {
            this.onConnectionFailure = on;
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return an immutable policy
         */
        public RetryPolicy build() {
            return new RetryPolicy(this);
        }

        private static Duration nonNegative(String name, Duration d) {
            Objects.requireNonNull(d, name);
            if (d.isNegative()) throw new IllegalArgumentException(name + " must not be negative, was " + d);
            return d;
        }
    }
}
