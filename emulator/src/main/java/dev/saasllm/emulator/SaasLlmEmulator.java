package dev.saasllm.emulator;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * An embedded SaaS LiteLLM server with a deterministic offline model, for tests and examples.
 *
 * <pre>{@code
 * try (SaasLlmEmulator emulator = SaasLlmEmulator.builder().credits(10).start()) {
 *     // point a client at emulator.baseUrl(), emulator.teamId(), emulator.virtualKey()
 *     assertEquals(0, emulator.openJobs());
 * }
 * }</pre>
 *
 * <p>It implements every endpoint the job API's clients call (jobs, calls, streams, costs, usage,
 * credits, health) as the current server release does, defects included; {@link #settings()} selects
 * another release ({@link EmulatorSettings#release}), switches variants and injects faults, also
 * while it runs. It serves one team by default and more with {@link Builder#addTeam}.
 * Chat calls answer {@code Echo: <last user message>}; structured-output calls answer JSON that
 * conforms to the requested schema, filled from {@code key: value} lines of the prompt. Tests may
 * script answers with {@link #enqueueAnswer}, {@link #enqueue(ModelReply)} and {@link #answerWith}.
 * Thread-safe.
 */
public final class SaasLlmEmulator implements AutoCloseable {
    /** The port the standalone server listens on by default, as the real server does. */
    public static final int DEFAULT_PORT = 8003;

    static {
        // The JDK server writes headers and body separately; with Nagle's algorithm on, the body
        // waits for a delayed ACK (~40 ms per small response). Read once, when HttpServer loads.
        // It also closes idle keep-alive connections beyond 200, which a pool of 256 clients hits.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        if (System.getProperty("sun.net.httpserver.maxIdleConnections") == null) {
            System.setProperty("sun.net.httpserver.maxIdleConnections", "1024");
        }
    }

    private final HttpServer server;
    private final ThreadPoolExecutor executor;
    private final EmulatorCore core;
    private final EmulatorHandler handler;
    private final RequestLog log = new RequestLog();
    private final EmulatorSettings initialSettings;
    private final String baseUrl;

    private SaasLlmEmulator(Builder b) throws IOException {
        b.settings.checkTeams();
        this.initialSettings = b.settings.copy();
        EmulatorSettings live = b.settings.copy();
        this.core = new EmulatorCore(live, new JobStore(live.teams()), new DeterministicModel());
        this.handler = new EmulatorHandler(core, log);
        InetAddress loopback = InetAddress.getLoopbackAddress();
        this.server = HttpServer.create(new InetSocketAddress(loopback, b.port), 1024);
        // Streams hold a thread while they last: a bounded pool large enough for the concurrency.
        this.executor = new ThreadPoolExecutor(b.maxThreads, b.maxThreads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), daemonThreads());
        executor.allowCoreThreadTimeOut(true);
        server.setExecutor(executor);
        server.createContext("/", handler);
        server.start();
        this.baseUrl = "http://" + loopback.getHostAddress() + ":" + server.getAddress().getPort();
    }

    /**
     * A builder with the defaults: a free port, team {@code acme-corp} with 1000 credits.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts an emulator on a free port with the defaults.
     *
     * @return the running emulator; close it when done
     */
    public static SaasLlmEmulator start() {
        return builder().start();
    }

    /**
     * {@code http://127.0.0.1:<port>}, without a trailing slash.
     *
     * @return the base URL to give the client
     */
    public String baseUrl() {
        return baseUrl;
    }

    /** {@return the port the emulator listens on} */
    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * The main team's id: the one {@link #virtualKey()} authenticates as.
     *
     * @return the main team's id
     */
    public String teamId() {
        return core.settings.mainTeam().teamId();
    }

    /**
     * The virtual key that authenticates as the main team. Keep it out of logs.
     *
     * @return the main team's key
     */
    public String virtualKey() {
        return core.settings.mainTeam().virtualKey();
    }

    /**
     * The virtual key of another team added with {@link Builder#addTeam}. Keep it out of logs.
     *
     * @param teamId a team added with {@link Builder#addTeam}
     * @return that team's key
     */
    public String virtualKey(String teamId) {
        return core.settings.team(teamId).virtualKey();
    }

    /**
     * The live switches and faults; changes apply to the next request.
     *
     * @return the live settings
     */
    public EmulatorSettings settings() {
        return core.settings;
    }

    /**
     * Applies changes to the live settings and returns this emulator.
     *
     * @param change edits the settings
     * @return this emulator
     */
    public SaasLlmEmulator configure(Consumer<EmulatorSettings> change) {
        change.accept(core.settings);
        return this;
    }

    // ---- Scripted answers -----------------------------------------------------------------

    /**
     * The next LLM call (of any job) answers {@code content}; queued answers go first, in order.
     *
     * @param content the answer's text
     * @return this emulator
     */
    public SaasLlmEmulator enqueueAnswer(String content) {
        return enqueue(ModelReply.text(Objects.requireNonNull(content, "content")));
    }

    /**
     * The next LLM call answers {@code reply}: a text, a truncated text or a refusal.
     *
     * @param reply the reply
     * @return this emulator
     */
    public SaasLlmEmulator enqueue(ModelReply reply) {
        core.model.enqueue(Objects.requireNonNull(reply, "reply"));
        return this;
    }

    /**
     * Answers calls with a function of the request (after the queue is empty). Returning null falls
     * back to the built-in model; throwing makes the call fail with {@code LLM call failed:
     * <message>}. Pass null to remove it.
     *
     * @param answers gives the answer's text for a call; null removes it
     * @return this emulator
     */
    public SaasLlmEmulator answerWith(Function<LlmRequest, String> answers) {
        core.model.answerWith(answers);
        return this;
    }

    // ---- Inspection -----------------------------------------------------------------------

    /**
     * Every request received since the start or the last {@link #reset()}, oldest first.
     *
     * @return the requests, oldest first
     */
    public List<RecordedRequest> requests() {
        return log.all();
    }

    /**
     * Every job, newest first.
     *
     * @return snapshots of the jobs, newest first
     */
    public List<JobSnapshot> jobs() {
        List<JobSnapshot> out = new ArrayList<>();
        for (Job job : core.store.all()) out.add(job.snapshot());
        return out;
    }

    /**
     * A job by id.
     *
     * @param jobId the job's id
     * @return a snapshot of the job, or empty for an unknown id
     */
    public Optional<JobSnapshot> job(String jobId) {
        try {
            Job job = core.store.get(java.util.UUID.fromString(jobId));
            return job == null ? Optional.empty() : Optional.of(job.snapshot());
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    /**
     * How many jobs are in {@code status}.
     *
     * @param status the status to count
     * @return the number of jobs, of every team
     */
    public long jobCount(JobStatus status) {
        return core.store.all().stream().filter(j -> j.status() == status).count();
    }

    /**
     * Jobs still pending or in progress: zero at the end of a test means nothing leaked.
     *
     * @return the number of open jobs
     */
    public long openJobs() {
        return core.store.all().stream().filter(j -> j.status().isOpen()).count();
    }

    /**
     * The main team's credits left.
     *
     * @return the credits left
     */
    public long creditsRemaining() {
        return creditsRemaining(teamId());
    }

    /**
     * A team's credits left.
     *
     * @param teamId the main team or one added with {@link Builder#addTeam}
     * @return the credits left
     */
    public long creditsRemaining(String teamId) {
        return core.store.account(teamId).remaining();
    }

    /**
     * The calls recorded on a job (failed ones included); empty for an unknown job.
     *
     * @param jobId the job's id
     * @return the job's calls, in order
     */
    public List<CallSnapshot> callsFor(String jobId) {
        return job(jobId).map(JobSnapshot::calls).orElse(List.of());
    }

    /**
     * Forgets jobs, requests and scripted answers, restores every team's credits (and empties its
     * ledger), and restores the settings the emulator was built with. The port, teams and keys stay.
     */
    public void reset() {
        core.settings.copyFrom(initialSettings);
        core.store.reset();
        core.model.reset();
        handler.resetCounters();
        log.clear();
    }

    /** Stops the server; streams in flight are cut. */
    public void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return "SaasLlmEmulator{" + baseUrl + ", team=" + teamId() + ", release=" + core.release().wireName() + "}";
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "saasllm-emulator-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Configures and starts an emulator. Every {@link EmulatorSettings} value may be set here. */
    public static final class Builder {
        private int port;
        private int maxThreads = 512;
        private final TeamSettings mainTeam = new TeamSettings("acme-corp", "sk-emulator-0123456789abcdef");
        private final EmulatorSettings settings = new EmulatorSettings(mainTeam);

        private Builder() {}

        /**
         * The port; 0 (the default) picks a free one.
         *
         * @param port the port, or 0
         * @return this builder
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
            this.port = port;
            return this;
        }

        /**
         * The main team's id ({@code acme-corp}).
         *
         * @param teamId the team's id
         * @return this builder
         */
        public Builder teamId(String teamId) {
            mainTeam.identity(teamId, mainTeam.virtualKey());
            return this;
        }

        /**
         * The main team's virtual key.
         *
         * @param virtualKey the key
         * @return this builder
         */
        public Builder virtualKey(String virtualKey) {
            mainTeam.identity(mainTeam.teamId(), virtualKey);
            return this;
        }

        /**
         * The main team's starting balance (1000).
         *
         * @param credits the starting credits
         * @return this builder
         */
        public Builder credits(long credits) {
            mainTeam.credits(credits);
            return this;
        }

        /**
         * Configures the main team: {@code .team(t -> t.budgetMode(BudgetMode.CONSUMPTION_TOKENS))}.
         *
         * @param change edits the main team's settings
         * @return this builder
         */
        public Builder team(Consumer<TeamSettings> change) {
            change.accept(mainTeam);
            return this;
        }

        /**
         * Adds another team with its own key, credits and status: {@code .addTeam("globex",
         * "sk-globex", t -> t.credits(5).suspended(true))}. Its jobs are invisible to the main team
         * (403) and the other way round.
         *
         * @param teamId the team's id
         * @param virtualKey its key
         * @param change edits its settings
         * @return this builder
         */
        public Builder addTeam(String teamId, String virtualKey, Consumer<TeamSettings> change) {
            TeamSettings team = new TeamSettings(teamId, virtualKey);
            change.accept(team);
            settings.addTeam(team);
            return this;
        }

        /**
         * Threads serving requests; each open stream holds one. Default 512.
         *
         * @param maxThreads at least 1
         * @return this builder
         */
        public Builder maxThreads(int maxThreads) {
            if (maxThreads < 1) throw new IllegalArgumentException("maxThreads must be positive");
            this.maxThreads = maxThreads;
            return this;
        }

        /**
         * Sets switches and faults: {@code .settings(s -> s.lowerCaseStatuses(true))}.
         *
         * @param change edits the settings
         * @return this builder
         */
        public Builder settings(Consumer<EmulatorSettings> change) {
            change.accept(settings);
            return this;
        }

        /**
         * Answers as {@code release} does (see {@link EmulatorSettings#release}).
         *
         * @param release the release to answer as
         * @return this builder
         */
        public Builder release(ServerRelease release) { settings.release(release); return this; }
        /**
         * {@link EmulatorSettings#lowerCaseStatuses(boolean)} from the start.
         *
         * @param on see there
         * @return this builder
         */
        public Builder lowerCaseStatuses(boolean on) { settings.lowerCaseStatuses(on); return this; }
        /**
         * {@link EmulatorSettings#openAiAnswerShape(boolean)} from the start.
         *
         * @param on see there
         * @return this builder
         */
        public Builder openAiAnswerShape(boolean on) { settings.openAiAnswerShape(on); return this; }
        /**
         * {@link EmulatorSettings#modelGroupField(boolean)} from the start.
         *
         * @param on see there
         * @return this builder
         */
        public Builder modelGroupField(boolean on) { settings.modelGroupField(on); return this; }
        /**
         * {@link EmulatorSettings#createAndCallEndpoints(boolean)} from the start.
         *
         * @param on see there
         * @return this builder
         */
        public Builder createAndCallEndpoints(boolean on) { settings.createAndCallEndpoints(on); return this; }
        /**
         * {@link EmulatorSettings#brokenJobStream(boolean)} from the start.
         *
         * @param on see there
         * @return this builder
         */
        public Builder brokenJobStream(boolean on) { settings.brokenJobStream(on); return this; }
        /**
         * {@link EmulatorSettings#streamUsage(boolean)} from the start.
         *
         * @param on see there
         * @return this builder
         */
        public Builder streamUsage(boolean on) { settings.streamUsage(on); return this; }
        /**
         * {@link EmulatorSettings#streamFormat(StreamFormat)} from the start.
         *
         * @param format see there
         * @return this builder
         */
        public Builder streamFormat(StreamFormat format) { settings.streamFormat(format); return this; }
        /**
         * {@link EmulatorSettings#teamSuspended(boolean)} from the start.
         *
         * @param on see there
         * @return this builder
         */
        public Builder teamSuspended(boolean on) { settings.teamSuspended(on); return this; }
        /**
         * {@link EmulatorSettings#rateLimitEveryRequest(boolean)} from the start.
         *
         * @param on see there
         * @return this builder
         */
        public Builder rateLimitEveryRequest(boolean on) { settings.rateLimitEveryRequest(on); return this; }
        /**
         * {@link EmulatorSettings#allowedModels(Set)} from the start.
         *
         * @param models see there
         * @return this builder
         */
        public Builder allowedModels(Set<String> models) { settings.allowedModels(models); return this; }
        /**
         * {@link EmulatorSettings#callLatency(Duration)} from the start.
         *
         * @param d see there
         * @return this builder
         */
        public Builder callLatency(Duration d) { settings.callLatency(d); return this; }
        /**
         * {@link EmulatorSettings#chunkLatency(Duration)} from the start.
         *
         * @param d see there
         * @return this builder
         */
        public Builder chunkLatency(Duration d) { settings.chunkLatency(d); return this; }
        /**
         * {@link EmulatorSettings#errorRate(double, long)} from the start.
         *
         * @param rate see there
         * @param seed see there
         * @return this builder
         */
        public Builder errorRate(double rate, long seed) { settings.errorRate(rate, seed); return this; }
        /**
         * {@link EmulatorSettings#rateLimitEvery(int, int)} from the start.
         *
         * @param n see there
         * @param retryAfterSeconds see there
         * @return this builder
         */
        public Builder rateLimitEvery(int n, int retryAfterSeconds) { settings.rateLimitEvery(n, retryAfterSeconds); return this; }
        /**
         * {@link EmulatorSettings#dropStreamAfterChunks(int)} from the start.
         *
         * @param chunks see there
         * @return this builder
         */
        public Builder dropStreamAfterChunks(int chunks) { settings.dropStreamAfterChunks(chunks); return this; }
        /**
         * {@link EmulatorSettings#invalidJsonAnswers(int)} from the start.
         *
         * @param count see there
         * @return this builder
         */
        public Builder invalidJsonAnswers(int count) { settings.invalidJsonAnswers(count); return this; }
        /**
         * {@link EmulatorSettings#slowerThan(Duration)} from the start.
         *
         * @param timeout see there
         * @return this builder
         */
        public Builder slowerThan(Duration timeout) { settings.slowerThan(timeout); return this; }
        /**
         * {@link EmulatorSettings#streamChunkSize(int)} from the start.
         *
         * @param chars see there
         * @return this builder
         */
        public Builder streamChunkSize(int chars) { settings.streamChunkSize(chars); return this; }

        /**
         * Binds {@code 127.0.0.1} and starts serving.
         *
         * @return the running emulator; close it when done
         */
        public SaasLlmEmulator start() {
            try {
                return new SaasLlmEmulator(this);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the emulator on port " + port, e);
            }
        }
    }
}
