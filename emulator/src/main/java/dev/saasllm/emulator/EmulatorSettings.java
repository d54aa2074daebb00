package dev.saasllm.emulator;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The switches (which server variant to mimic) and faults (what to break) of an emulator.
 *
 * <p>Every setter may be called while the emulator runs; the next request sees the new value.
 * Obtain the live instance with {@link SaasLlmEmulator#settings()}. {@link SaasLlmEmulator#reset()}
 * restores the values the emulator was built with.
 */
public final class EmulatorSettings {
    // Deployment variants.
    private volatile boolean lowerCaseStatuses;
    private volatile boolean openAiAnswerShape;
    private volatile boolean modelGroupField;
    private volatile boolean createAndCallEndpoints = true;
    private volatile boolean brokenJobStream;
    private volatile boolean streamUsage = true;
    private volatile boolean teamSuspended;
    private volatile boolean rateLimitEveryRequest;
    private volatile Set<String> allowedModels = Set.of();

    // Faults.
    private volatile Duration callLatency = Duration.ZERO;
    private volatile Duration chunkLatency = Duration.ZERO;
    private volatile double errorRate;
    private volatile long errorSeed = 42;
    private volatile java.util.Random errorRandom = new java.util.Random(42);
    private volatile int rateLimitEvery;
    private volatile int retryAfterSeconds = 1;
    private volatile int dropStreamAfterChunks = -1;
    private final AtomicInteger invalidJsonAnswers = new AtomicInteger();
    private volatile int streamChunkSize = 4;

    EmulatorSettings() {}

    EmulatorSettings copy() {
        EmulatorSettings copy = new EmulatorSettings();
        copy.copyFrom(this);
        return copy;
    }

    void copyFrom(EmulatorSettings other) {
        lowerCaseStatuses = other.lowerCaseStatuses;
        openAiAnswerShape = other.openAiAnswerShape;
        modelGroupField = other.modelGroupField;
        createAndCallEndpoints = other.createAndCallEndpoints;
        brokenJobStream = other.brokenJobStream;
        streamUsage = other.streamUsage;
        teamSuspended = other.teamSuspended;
        rateLimitEveryRequest = other.rateLimitEveryRequest;
        allowedModels = other.allowedModels;
        callLatency = other.callLatency;
        chunkLatency = other.chunkLatency;
        errorRate = other.errorRate;
        errorSeed = other.errorSeed;
        errorRandom = new java.util.Random(other.errorSeed);
        rateLimitEvery = other.rateLimitEvery;
        retryAfterSeconds = other.retryAfterSeconds;
        dropStreamAfterChunks = other.dropStreamAfterChunks;
        invalidJsonAnswers.set(other.invalidJsonAnswers.get());
        streamChunkSize = other.streamChunkSize;
    }

    // ---- Variants -------------------------------------------------------------------------

    /** Job statuses in lower case ({@code pending}), as older servers and the docs show. */
    public EmulatorSettings lowerCaseStatuses(boolean on) {
        lowerCaseStatuses = on;
        return this;
    }

    /** Answer {@code llm-call} with an OpenAI {@code chat.completion} object. */
    public EmulatorSettings openAiAnswerShape(boolean on) {
        openAiAnswerShape = on;
        return this;
    }

    /**
     * Servers before 2025-10-20: requests name the model {@code model_group} (required; {@code
     * model} is ignored) and answer metadata carries {@code model_group}.
     */
    public EmulatorSettings modelGroupField(boolean on) {
        modelGroupField = on;
        return this;
    }

    /** Whether {@code create-and-call} and {@code create-and-call-stream} exist (older: 404). */
    public EmulatorSettings createAndCallEndpoints(boolean on) {
        createAndCallEndpoints = on;
        return this;
    }

    /**
     * The current release's defect: {@code llm-call-stream} answers every request with one error
     * event ({@code 'Response' object does not support the asynchronous context manager protocol}).
     */
    public EmulatorSettings brokenJobStream(boolean on) {
        brokenJobStream = on;
        return this;
    }

    /** Whether the last stream chunk carries {@code usage} (on by default; the current server: off). */
    public EmulatorSettings streamUsage(boolean on) {
        streamUsage = on;
        return this;
    }

    /** The team is suspended: every authenticated request answers 403. */
    public EmulatorSettings teamSuspended(boolean on) {
        teamSuspended = on;
        return this;
    }

    /** Every request except {@code /health} answers 429 with {@code Retry-After}. */
    public EmulatorSettings rateLimitEveryRequest(boolean on) {
        rateLimitEveryRequest = on;
        return this;
    }

    /** Models the team may call; empty (the default) allows every model. Others answer 403. */
    public EmulatorSettings allowedModels(Set<String> models) {
        allowedModels = Set.copyOf(models);
        return this;
    }

    // ---- Faults ---------------------------------------------------------------------------

    /** Extra time every LLM call takes before it answers (or before its stream starts). */
    public EmulatorSettings callLatency(Duration latency) {
        callLatency = nonNegative(latency);
        return this;
    }

    /** Pause before each stream chunk. */
    public EmulatorSettings chunkLatency(Duration latency) {
        chunkLatency = nonNegative(latency);
        return this;
    }

    /**
     * Makes LLM calls fail ({@code 500 LLM call failed: ...}, or an error event in a stream) with
     * this probability, drawn from a random generator seeded with {@code seed} so runs repeat.
     */
    public EmulatorSettings errorRate(double rate, long seed) {
        if (rate < 0 || rate > 1) throw new IllegalArgumentException("rate must be in [0, 1]: " + rate);
        errorRate = rate;
        errorSeed = seed;
        errorRandom = new java.util.Random(seed);
        return this;
    }

    /** Same as {@link #errorRate(double, long)} with the seed 42. */
    public EmulatorSettings errorRate(double rate) {
        return errorRate(rate, 42);
    }

    /**
     * Every {@code n}-th request (counted over all requests but {@code /health}) answers 429 with
     * {@code Retry-After: retryAfterSeconds}. {@code n = 0} turns it off.
     */
    public EmulatorSettings rateLimitEvery(int n, int retryAfterSeconds) {
        if (n < 0 || retryAfterSeconds < 0) throw new IllegalArgumentException("negative rate limit");
        rateLimitEvery = n;
        this.retryAfterSeconds = retryAfterSeconds;
        return this;
    }

    /** Close every stream after {@code chunks} chunks, without {@code [DONE]}; -1 turns it off. */
    public EmulatorSettings dropStreamAfterChunks(int chunks) {
        dropStreamAfterChunks = chunks;
        return this;
    }

    /**
     * The next {@code count} structured-output answers (those with a {@code response_format}) are
     * not valid JSON. {@link Integer#MAX_VALUE} means all of them.
     */
    public EmulatorSettings invalidJsonAnswers(int count) {
        invalidJsonAnswers.set(Math.max(0, count));
        return this;
    }

    /** Makes every LLM call take longer than {@code timeout} (by half a second). */
    public EmulatorSettings slowerThan(Duration timeout) {
        return callLatency(timeout.plusMillis(500));
    }

    /** Characters per stream delta (4 by default). */
    public EmulatorSettings streamChunkSize(int chars) {
        if (chars < 1) throw new IllegalArgumentException("chunk size must be positive");
        streamChunkSize = chars;
        return this;
    }

    private static Duration nonNegative(Duration d) {
        Objects.requireNonNull(d, "duration");
        if (d.isNegative()) throw new IllegalArgumentException("negative duration: " + d);
        return d;
    }

    // ---- Reads for the server -------------------------------------------------------------

    boolean lowerCaseStatuses() { return lowerCaseStatuses; }
    boolean openAiAnswerShape() { return openAiAnswerShape; }
    boolean modelGroupField() { return modelGroupField; }
    boolean createAndCallEndpoints() { return createAndCallEndpoints; }
    boolean brokenJobStream() { return brokenJobStream; }
    boolean streamUsage() { return streamUsage; }
    boolean teamSuspended() { return teamSuspended; }
    boolean rateLimitEveryRequest() { return rateLimitEveryRequest; }
    Set<String> allowedModels() { return allowedModels; }
    Duration callLatency() { return callLatency; }
    Duration chunkLatency() { return chunkLatency; }

    /** Draws whether this call fails, from the seeded generator. */
    boolean drawError() {
        double rate = errorRate;
        if (rate <= 0) return false;
        java.util.Random random = errorRandom;
        synchronized (random) {
            return random.nextDouble() < rate;
        }
    }
    int rateLimitEvery() { return rateLimitEvery; }
    int retryAfterSeconds() { return retryAfterSeconds; }
    int dropStreamAfterChunks() { return dropStreamAfterChunks; }
    int streamChunkSize() { return streamChunkSize; }

    /** Consumes one invalid-JSON answer if any is left. */
    boolean takeInvalidJson() {
        while (true) {
            int left = invalidJsonAnswers.get();
            if (left <= 0) return false;
            if (left == Integer.MAX_VALUE || invalidJsonAnswers.compareAndSet(left, left - 1)) return true;
        }
    }
}
