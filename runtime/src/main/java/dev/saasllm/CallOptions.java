package dev.saasllm;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Options of one LLM call: the model and the sampling parameters the server passes on. Every
 * option is sent only when set, so the server's defaults apply otherwise (temperature 0.7).
 * The reliability options ({@link #retryPolicy()}, {@link #timeout()}, {@link #maxReasks()}) stay
 * in the client and override its defaults for this call.
 */
public final class CallOptions {
    /** No options set. */
    public static final CallOptions NONE = builder().build();

    private final String model;
    private final Double temperature;
    private final Integer maxTokens;
    private final Double topP;
    private final Double frequencyPenalty;
    private final Double presencePenalty;
    private final List<String> stop;
    private final String purpose;
    private final RetryPolicy retryPolicy;
    private final Duration timeout;
    private final Integer maxReasks;
    private final Map<String, Object> metadata;

    private CallOptions(Builder b) {
        this.retryPolicy = b.retryPolicy;
        this.timeout = b.timeout;
        this.maxReasks = b.maxReasks;
        this.model = b.model;
        this.temperature = b.temperature;
        this.maxTokens = b.maxTokens;
        this.topP = b.topP;
        this.frequencyPenalty = b.frequencyPenalty;
        this.presencePenalty = b.presencePenalty;
        this.stop = b.stop;
        this.purpose = b.purpose;
        this.metadata = b.metadata;
    }

    /**
     * A builder with no option set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder that starts from these options.
     *
     * @return a new builder holding these options
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.model = model;
        b.temperature = temperature;
        b.maxTokens = maxTokens;
        b.topP = topP;
        b.frequencyPenalty = frequencyPenalty;
        b.presencePenalty = presencePenalty;
        b.stop = stop;
        b.purpose = purpose;
        b.retryPolicy = retryPolicy;
        b.timeout = timeout;
        b.maxReasks = maxReasks;
        b.metadata = metadata;
        return b;
    }

    /**
     * These options with every option set in {@code overrides} replaced by its value there.
     *
     * @param overrides the options that win; null changes nothing
     * @return the merged options
     */
    public CallOptions overriddenBy(CallOptions overrides) {
        if (overrides == null || overrides == NONE) return this;
        Builder b = toBuilder();
        if (overrides.model != null) b.model = overrides.model;
        if (overrides.temperature != null) b.temperature = overrides.temperature;
        if (overrides.maxTokens != null) b.maxTokens = overrides.maxTokens;
        if (overrides.topP != null) b.topP = overrides.topP;
        if (overrides.frequencyPenalty != null) b.frequencyPenalty = overrides.frequencyPenalty;
        if (overrides.presencePenalty != null) b.presencePenalty = overrides.presencePenalty;
        if (overrides.stop != null) b.stop = overrides.stop;
        if (overrides.purpose != null) b.purpose = overrides.purpose;
        if (overrides.retryPolicy != null) b.retryPolicy = overrides.retryPolicy;
        if (overrides.timeout != null) b.timeout = overrides.timeout;
        if (overrides.maxReasks != null) b.maxReasks = overrides.maxReasks;
        if (overrides.metadata != null) {
            Map<String, Object> merged = new LinkedHashMap<>();
            if (metadata != null) merged.putAll(metadata);
            merged.putAll(overrides.metadata);
            b.metadata = Collections.unmodifiableMap(merged);
        }
        return b.build();
    }

    /** {@return the model alias or model group, or null for the client's or the annotations'} */
    public String model() { return model; }
    /** {@return the sampling temperature, or null for the server's default} */
    public Double temperature() { return temperature; }
    /** {@return the most tokens the answer may have, or null for no limit set} */
    public Integer maxTokens() { return maxTokens; }
    /** {@return the nucleus-sampling probability mass, or null when unset} */
    public Double topP() { return topP; }
    /** {@return the frequency penalty, or null when unset} */
    public Double frequencyPenalty() { return frequencyPenalty; }
    /** {@return the presence penalty, or null when unset} */
    public Double presencePenalty() { return presencePenalty; }
    /** {@return the stop sequences, or null when unset} */
    public List<String> stop() { return stop; }
    /** {@return the label recorded with the call, or null when unset} */
    public String purpose() { return purpose; }
    /**
     * Sent as the call's {@code call_metadata}, which the server merges into the job's metadata; null when unset.
     *
     * @return the call metadata, or null
     */
    public Map<String, Object> metadata() { return metadata; }

    /**
     * How failed requests of this call are retried; null for the client's policy.
     *
     * @return the retry policy, or null
     */
    public RetryPolicy retryPolicy() { return retryPolicy; }

    /**
     * The whole-call timeout of each HTTP attempt of this call; null for the client's.
     *
     * @return the timeout, or null
     */
    public Duration timeout() { return timeout; }

    /**
     * How often an invalid structured answer is asked for again; null for the client's default.
     *
     * @return times to ask again, or null
     */
    public Integer maxReasks() { return maxReasks; }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CallOptions other)) return false;
        return Objects.equals(model, other.model) && Objects.equals(temperature, other.temperature)
                && Objects.equals(maxTokens, other.maxTokens) && Objects.equals(topP, other.topP)
                && Objects.equals(frequencyPenalty, other.frequencyPenalty)
                && Objects.equals(presencePenalty, other.presencePenalty)
                && Objects.equals(stop, other.stop) && Objects.equals(purpose, other.purpose)
                && Objects.equals(metadata, other.metadata)
                && Objects.equals(retryPolicy, other.retryPolicy) && Objects.equals(timeout, other.timeout)
                && Objects.equals(maxReasks, other.maxReasks);
    }

    @Override
    public int hashCode() {
        return Objects.hash(model, temperature, maxTokens, topP, frequencyPenalty, presencePenalty, stop, purpose, metadata,
                retryPolicy, timeout, maxReasks);
    }

    @Override
    public String toString() {
        return "CallOptions{model=" + model + ", temperature=" + temperature + ", maxTokens=" + maxTokens
                + ", topP=" + topP + ", frequencyPenalty=" + frequencyPenalty + ", presencePenalty=" + presencePenalty
                + ", stop=" + stop + ", purpose=" + purpose + (metadata == null ? "" : ", metadata=" + metadata)
                + (retryPolicy == null ? "" : ", retryPolicy=" + retryPolicy)
                + (timeout == null ? "" : ", timeout=" + timeout)
                + (maxReasks == null ? "" : ", maxReasks=" + maxReasks) + "}";
    }

    /** Builds {@link CallOptions}; values are checked against the ranges the providers accept. */
    public static final class Builder {
        private String model;
        private Double temperature;
        private Integer maxTokens;
        private Double topP;
        private Double frequencyPenalty;
        private Double presencePenalty;
        private List<String> stop;
        private String purpose;
        private RetryPolicy retryPolicy;
        private Duration timeout;
        private Integer maxReasks;
        private Map<String, Object> metadata;

        private Builder() {}

        /**
         * The model alias or model group.
         *
         * @param model the model alias or model group; null unsets it
         * @return this builder
         */
        public Builder model(String model) { this.model = model; return this; }

        /**
         * 0.0 to 2.0.
         *
         * @param temperature the sampling temperature
         * @return this builder
         * @throws IllegalArgumentException when out of range
         */
        public Builder temperature(double temperature) {
            this.temperature = checkRange("temperature", temperature, 0.0, 2.0);
            return this;
        }

        /**
         * At least 1.
         *
         * @param maxTokens the most tokens the answer may have
         * @return this builder
         * @throws IllegalArgumentException when below 1
         */
        public Builder maxTokens(int maxTokens) {
            if (maxTokens < 1) throw new IllegalArgumentException("maxTokens must be at least 1, was " + maxTokens);
            this.maxTokens = maxTokens;
            return this;
        }

        /**
         * 0.0 to 1.0.
         *
         * @param topP the probability mass sampled from
         * @return this builder
         * @throws IllegalArgumentException when out of range
         */
        public Builder topP(double topP) { this.topP = checkRange("topP", topP, 0.0, 1.0); return this; }

        /**
         * -2.0 to 2.0.
         *
         * @param value the frequency penalty
         * @return this builder
         * @throws IllegalArgumentException when out of range
         */
        public Builder frequencyPenalty(double value) {
            this.frequencyPenalty = checkRange("frequencyPenalty", value, -2.0, 2.0);
            return this;
        }

        /**
         * -2.0 to 2.0.
         *
         * @param value the presence penalty
         * @return this builder
         * @throws IllegalArgumentException when out of range
         */
        public Builder presencePenalty(double value) {
            this.presencePenalty = checkRange("presencePenalty", value, -2.0, 2.0);
            return this;
        }

        /**
         * Stop sequences.
         *
         * @param stop the sequences that end the answer; not null
         * @return this builder
         */
        public Builder stop(List<String> stop) { this.stop = List.copyOf(stop); return this; }

        /**
         * Stop sequences.
         *
         * @param stop the sequences that end the answer
         * @return this builder
         */
        public Builder stop(String... stop) { return stop(List.of(stop)); }

        /**
         * A label recorded with the call, e.g. {@code "parse"}.
         *
         * @param purpose the label, at most 200 characters; null unsets it
         * @return this builder
         */
        public Builder purpose(String purpose) { this.purpose = purpose; return this; }

        /**
         * How failed requests of this call are retried, instead of the client's policy.
         *
         * @param retryPolicy the call's policy; null for the client's
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /**
         * The longest one HTTP attempt of this call may take, connecting, sending and reading
         * included (OkHttp's call timeout), instead of the client's.
         *
         * @param timeout the longest attempt; positive, or null for the client's
         * @return this builder
         * @throws IllegalArgumentException when {@code timeout} is zero or negative
         */
        public Builder timeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive, was " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * How often a structured answer that cannot be read (invalid JSON, a broken constraint) is
         * asked for again in the same job, the problem told to the model; 0 turns re-asking off.
         *
         * @param maxReasks times to ask again; 0 or more
         * @return this builder
         * @throws IllegalArgumentException when {@code maxReasks} is negative
         */
        public Builder maxReasks(int maxReasks) {
            if (maxReasks < 0) throw new IllegalArgumentException("maxReasks must not be negative, was " + maxReasks);
            this.maxReasks = maxReasks;
            return this;
        }

        /**
         * Call metadata (plain JSON values), sent as {@code call_metadata} and merged by the server
         * into the job's metadata.
         *
         * @param metadata the keys to merge; null unsets it
         * @return this builder
         */
        public Builder metadata(Map<String, ?> metadata) {
            this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
            return this;
        }

        /**
         * Builds the options; the builder can go on being used.
         *
         * @return the options set so far
         */
        public CallOptions build() { return new CallOptions(this); }

        private static double checkRange(String name, double value, double min, double max) {
            if (!(value >= min && value <= max)) {
                throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
            }
            return value;
        }
    }
}
