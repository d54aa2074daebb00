package dev.saasllm.emulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
/**
 * The switches (which server to mimic, which teams it serves) and faults (what to break) of an
 * emulator.
 *
 * <p>The defaults are the current server release, defects included ({@link ServerRelease#CURRENT});
 * {@link #release(ServerRelease)} switches every release-bound setting at once, for an older release
 * or for the current one with its defects fixed. The single switches below may then be flipped one by
 * one.
 *
 * <p>Every setter may be called while the emulator runs; the next request sees the new value.
 * Obtain the live instance with {@link SaasLlmEmulator#settings()}. {@link SaasLlmEmulator#reset()}
 * restores the values the emulator was built with.
 */
public final class EmulatorSettings {
    // Deployment variants.
    private volatile ServerRelease release = ServerRelease.CURRENT;
    private volatile boolean lowerCaseStatuses;
    private volatile boolean openAiAnswerShape;
    private volatile boolean modelGroupField;
    private volatile boolean createAndCallEndpoints = true;
    private volatile boolean brokenJobStream = true;
    private volatile boolean streamUsage;
    private volatile StreamFormat streamFormat = StreamFormat.AUTO;
    private volatile boolean rateLimitEveryRequest;
    private volatile Set<String> allowedModels = Set.of();

    // Teams: the main one (whose key the emulator hands out) first.
    private final List<TeamSettings> teams = new ArrayList<>();

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

    EmulatorSettings(TeamSettings mainTeam) {
        teams.add(mainTeam);
    }

    EmulatorSettings copy() {
        EmulatorSettings copy = new EmulatorSettings(mainTeam().copy());
        for (TeamSettings team : teams.subList(1, teams.size())) copy.teams.add(team.copy());
        copy.copySwitchesFrom(this);
        return copy;
    }

    /** Restores {@code other}'s values into this live instance (whose teams are the same ones). */
    void copyFrom(EmulatorSettings other) {
        for (int i = 0; i < teams.size(); i++) teams.get(i).copyFrom(other.teams.get(i));
        copySwitchesFrom(other);
    }

    private void copySwitchesFrom(EmulatorSettings other) {
        release = other.release;
        lowerCaseStatuses = other.lowerCaseStatuses;
        openAiAnswerShape = other.openAiAnswerShape;
        modelGroupField = other.modelGroupField;
        createAndCallEndpoints = other.createAndCallEndpoints;
        brokenJobStream = other.brokenJobStream;
        streamUsage = other.streamUsage;
        streamFormat = other.streamFormat;
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

    // ---- Releases ------------------------------------------------------------------------------

    /**
     * Answers as {@code release} does: sets the release-bound switches below ({@link
     * #lowerCaseStatuses}, {@link #modelGroupField}, {@link #createAndCallEndpoints}, {@link
     * #brokenJobStream}, {@link #streamUsage}) and the release's other differences (endpoints it lacks,
     * validation, billing, timestamps), which the README lists.
     *
     * @param release the release to answer as; not null
     * @return these settings
     */
    public EmulatorSettings release(ServerRelease release) {
        this.release = Objects.requireNonNull(release, "release");
        boolean old = release.isOld();
        lowerCaseStatuses = old;
        modelGroupField = old;
        createAndCallEndpoints = !old;
        brokenJobStream = release == ServerRelease.CURRENT;
        streamUsage = release == ServerRelease.FIXED;
        return this;
    }

    /**
     * The release answered as ({@link ServerRelease#CURRENT} by default).
     *
     * @return the release
     */
    public ServerRelease release() {
        return release;
    }

    // ---- Variants -------------------------------------------------------------------------

    /**
     * Job statuses in lower case ({@code pending}), as v1.0.0 and v0.2.0 and the docs show.
     *
     * @param on true for lower-case statuses
     * @return these settings
     */
    public EmulatorSettings lowerCaseStatuses(boolean on) {
        lowerCaseStatuses = on;
        return this;
    }

    /**
     * Answer {@code llm-call} with an OpenAI {@code chat.completion} object (the typed client's docs).
     *
     * @param on true for OpenAI-shaped answers
     * @return these settings
     */
    public EmulatorSettings openAiAnswerShape(boolean on) {
        openAiAnswerShape = on;
        return this;
    }

    /**
     * Releases before 2025-10-20: requests name the model {@code model_group} (required; {@code
     * model} is ignored) and answer metadata carries {@code model_group}.
     *
     * @param on true for the {@code model_group} field
     * @return these settings
     */
    public EmulatorSettings modelGroupField(boolean on) {
        modelGroupField = on;
        return this;
    }

    /**
     * Whether {@code create-and-call} and {@code create-and-call-stream} exist. Without them (v1.0.0,
     * v0.2.0) a POST there matches the GET-only route {@code /api/jobs/{job_id}}: 405 {@code Method Not
     * Allowed} with {@code allow: GET}.
     *
     * @param on false to drop the endpoints
     * @return these settings
     */
    public EmulatorSettings createAndCallEndpoints(boolean on) {
        createAndCallEndpoints = on;
        return this;
    }

    /**
     * The current release's defect (on by default): {@code llm-call-stream} calls the provider, then
     * answers every request with one error event ({@code 'Response' object does not support the
     * asynchronous context manager protocol}) and records a failed call. Off, the stream works.
     *
     * @param on false for a working stream
     * @return these settings
     */
    public EmulatorSettings brokenJobStream(boolean on) {
        brokenJobStream = on;
        return this;
    }

    /**
     * A fixed server's stream accounting (off by default, as on the current release): OpenAI streams
     * end with a usage chunk ({@code choices: []}, as {@code stream_options.include_usage} makes
     * OpenAI send), and every streamed call records its tokens and adds its cost to the job. Off, the
     * server asks for no usage chunk and records 0 tokens and no cost for streamed calls, whatever the
     * provider sent (Anthropic and Gemini still send their own usage fields).
     *
     * @param on true to count streamed usage
     * @return these settings
     */
    public EmulatorSettings streamUsage(boolean on) {
        streamUsage = on;
        return this;
    }

    /**
     * Whose format answers take ({@link StreamFormat#AUTO}: by model name, as the server detects the
     * provider). Force one for a model alias whose name says nothing, e.g. {@code ResumeAgent} set up
     * as a Claude model.
     *
     * @param format the format; not null
     * @return these settings
     */
    public EmulatorSettings streamFormat(StreamFormat format) {
        streamFormat = Objects.requireNonNull(format, "format");
        return this;
    }

    /**
     * The main team is suspended (or active again): every authenticated request answers 403.
     *
     * @param on true to suspend the main team, false to activate it
     * @return these settings
     */
    public EmulatorSettings teamSuspended(boolean on) {
        mainTeam().suspended(on);
        return this;
    }

    /**
     * Every request except {@code /health} answers 429 with {@code Retry-After}.
     *
     * @param on true to rate-limit every request
     * @return these settings
     */
    public EmulatorSettings rateLimitEveryRequest(boolean on) {
        rateLimitEveryRequest = on;
        return this;
    }

    /**
     * Models the teams may call; empty (the default) allows every model. Others answer 403 {@code
     * Team '<team>' does not have access to model group '<model>'}.
     *
     * @param models the allowed models; empty for all
     * @return these settings
     */
    public EmulatorSettings allowedModels(Set<String> models) {
        allowedModels = Set.copyOf(models);
        return this;
    }

    /**
     * The live settings of a team the emulator serves.
     *
     * @param teamId the main team or one added with {@link SaasLlmEmulator.Builder#addTeam}
     * @return the team's settings
     */
    public TeamSettings team(String teamId) {
        for (TeamSettings team : teams) {
            if (team.teamId().equals(teamId)) return team;
        }
        throw new IllegalArgumentException("No team '" + teamId + "' in this emulator");
    }

    // ---- Faults ---------------------------------------------------------------------------

    /**
     * Extra time every LLM call takes before it answers (or before its stream starts).
     *
     * @param latency the extra time; not negative
     * @return these settings
     */
    public EmulatorSettings callLatency(Duration latency) {
        callLatency = nonNegative(latency);
        return this;
    }

    /**
     * Pause before each stream chunk.
     *
     * @param latency the pause; not negative
     * @return these settings
     */
    public EmulatorSettings chunkLatency(Duration latency) {
        chunkLatency = nonNegative(latency);
        return this;
    }

    /**
     * Makes LLM calls fail ({@code 500 LLM call failed: ...}, or an error event in a stream) with
     * this probability, drawn from a random generator seeded with {@code seed} so runs repeat.
     *
     * @param rate the probability of a failure, 0 to 1
     * @param seed the random generator's seed
     * @return these settings
     */
    public EmulatorSettings errorRate(double rate, long seed) {
        if (rate < 0 || rate > 1) throw new IllegalArgumentException("rate must be in [0, 1]: " + rate);
        errorRate = rate;
        errorSeed = seed;
        errorRandom = new java.util.Random(seed);
        return this;
    }

    /**
     * Same as {@link #errorRate(double, long)} with the seed 42.
     *
     * @param rate the probability of a failure, 0 to 1
     * @return these settings
     */
    public EmulatorSettings errorRate(double rate) {
        return errorRate(rate, 42);
    }

    /**
     * Every {@code n}-th request (counted over all requests but {@code /health}) answers 429 with
     * {@code Retry-After: retryAfterSeconds}. {@code n = 0} turns it off.
     *
     * @param n which requests fail: every n-th; 0 for none
     * @param retryAfterSeconds the {@code Retry-After} value, in seconds
     * @return these settings
     */
    public EmulatorSettings rateLimitEvery(int n, int retryAfterSeconds) {
        if (n < 0 || retryAfterSeconds < 0) throw new IllegalArgumentException("negative rate limit");
        rateLimitEvery = n;
        this.retryAfterSeconds = retryAfterSeconds;
        return this;
    }

    /**
     * Ends every stream after {@code chunks} pieces of the answer's text (what comes before the first
     * piece, such as OpenAI's role chunk or Anthropic's {@code message_start}, goes out too), with
     * neither {@code [DONE]} nor the provider's closing events; -1 turns it off. A one-call job left
     * this way stays in progress, as the server leaves it when its client goes away.
     *
     * @param chunks pieces of text sent before the stream ends; -1 for none
     * @return these settings
     */
    public EmulatorSettings dropStreamAfterChunks(int chunks) {
        dropStreamAfterChunks = chunks;
        return this;
    }

    /**
     * The next {@code count} structured-output answers (those with a {@code response_format}) are
     * not valid JSON. {@link Integer#MAX_VALUE} means all of them.
     *
     * @param count how many answers are broken
     * @return these settings
     */
    public EmulatorSettings invalidJsonAnswers(int count) {
        invalidJsonAnswers.set(Math.max(0, count));
        return this;
    }

    /**
     * Makes every LLM call take longer than {@code timeout} (by half a second).
     *
     * @param timeout the client's timeout to exceed
     * @return these settings
     */
    public EmulatorSettings slowerThan(Duration timeout) {
        return callLatency(timeout.plusMillis(500));
    }

    /**
     * Characters per stream delta (4 by default).
     *
     * @param chars characters per delta; at least 1
     * @return these settings
     */
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
    StreamFormat streamFormat() { return streamFormat; }
    boolean rateLimitEveryRequest() { return rateLimitEveryRequest; }
    TeamSettings mainTeam() { return teams.get(0); }
    List<TeamSettings> teams() { return teams; }

    void addTeam(TeamSettings team) {
        teams.add(team);
        try {
            checkTeams();
        } catch (IllegalArgumentException e) {
            teams.remove(teams.size() - 1);
            throw e;
        }
    }

    /** Every team has its own id and its own key. */
    void checkTeams() {
        for (int i = 0; i < teams.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (teams.get(i).teamId().equals(teams.get(j).teamId())) {
                    throw new IllegalArgumentException("Team '" + teams.get(i).teamId() + "' is added twice");
                }
                if (teams.get(i).virtualKey().equals(teams.get(j).virtualKey())) {
                    throw new IllegalArgumentException("Each team needs its own virtual key");
                }
            }
        }
    }
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
