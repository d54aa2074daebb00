package dev.saasllm;

import dev.saasllm.internal.http.Pipeline;
import dev.saasllm.internal.job.JobEngine;
import dev.saasllm.internal.schema.StructuredTypes;
import dev.saasllm.internal.ServiceInfo;
import dev.saasllm.internal.wire.ResponseFormat;
import dev.saasllm.internal.wire.Wire;
import dev.saasllm.team.Health;
import dev.saasllm.team.JobCosts;
import dev.saasllm.team.MetadataUpdate;
import dev.saasllm.team.Team;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The client of a SaaS LiteLLM server: typed services ({@link #create}), the job API's calls
 * (create a job, chat, structured output, complete, get, costs, metadata) and the team's jobs,
 * usage and credits ({@link #team()}). Thread-safe; make one per application and close it when done.
 *
 * <pre>{@code
 * try (SaasLlmClient client = SaasLlmClient.fromEnv()) {
 *     ResumeParser parser = client.create(ResumeParser.class);
 *     Resume resume = parser.parse(text);
 * }
 * }</pre>
 *
 * <p>The front door only: requests go through one pipeline ({@code internal.http}), jobs through
 * one lifecycle ({@code internal.job}).
 */
public final class SaasLlmClient implements AutoCloseable {
    static final String ENV_URL = "SAAS_LITELLM_API_URL";
    static final String ENV_TEAM = "SAAS_LITELLM_TEAM_ID";
    static final String ENV_KEY = "SAAS_LITELLM_VIRTUAL_KEY";
    static final String ENV_MODEL = "SAAS_LITELLM_MODEL";
    static final String DEFAULT_URL = "http://localhost:8003";
    static final Duration DEFAULT_CLOSE_GRACE = Duration.ofSeconds(10);
    /** How long completing a job keeps trying (429s, refused connections, ambiguous failures). */
    static final Duration SETTLE_DEADLINE = Duration.ofSeconds(30);
    /** How old the budget guard's balance may be: a read per job would double the requests of short jobs. */
    static final Duration DEFAULT_BALANCE_MAX_AGE = Duration.ofSeconds(30);

    private final HttpUrl baseUrl;
    private final String teamId;
    private final String defaultModel;
    private final Pipeline pipeline;
    private final JobEngine jobs;

    private SaasLlmClient(Builder b) {
        this.baseUrl = b.baseUrl;
        this.teamId = b.teamId;
        this.defaultModel = b.defaultModel;
        this.pipeline = new Pipeline(new Pipeline.Settings(b.baseUrl, b.virtualKey, b.okHttpClient, b.timeout,
                b.connectTimeout, b.readTimeout, b.streamIdleTimeout, b.settleDeadline));
        this.jobs = new JobEngine(pipeline, new JobEngine.Settings(b.teamId, b.defaultModel, b.retryPolicy, b.maxReasks,
                b.callTimeout, b.createAndCall, b.closeGrace, b.budget), b.listeners);
    }

    /**
     * A builder for a client; {@link Builder#teamId} and {@link Builder#virtualKey} are required.
     *
     * @return a new builder with the defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A client configured from {@code SAAS_LITELLM_API_URL} (default {@code http://localhost:8003}),
     * {@code SAAS_LITELLM_TEAM_ID}, {@code SAAS_LITELLM_VIRTUAL_KEY} and optionally
     * {@code SAAS_LITELLM_MODEL} (the default model).
     *
     * @return a new client; close it when done
     * @throws IllegalStateException naming the variable that is missing
     */
    public static SaasLlmClient fromEnv() {
        return fromEnv(System.getenv());
    }

    /**
     * {@link #fromEnv()} reading the given variables instead of the process environment.
     *
     * @param env the variables to read, by name
     * @return a new client; close it when done
     * @throws IllegalStateException naming the variable that is missing
     */
    public static SaasLlmClient fromEnv(Map<String, String> env) {
        String url = env.get(ENV_URL);
        Builder builder = builder()
                .baseUrl(url == null || url.isBlank() ? DEFAULT_URL : url.strip())
                .teamId(required(env, ENV_TEAM))
                .virtualKey(required(env, ENV_KEY));
        String model = env.get(ENV_MODEL);
        if (model != null && !model.isBlank()) builder.defaultModel(model.strip());
        return builder.build();
    }

    private static String required(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Environment variable " + name + " is not set; SaasLlmClient.fromEnv() needs "
                    + ENV_TEAM + " and " + ENV_KEY + " (and optionally " + ENV_URL + ", " + ENV_MODEL + ").");
        }
        return value.strip();
    }

    // ---------------------------------------------------------------- typed services

    /**
     * The implementation of an {@code @LlmJob} interface generated at compile time by
     * saasllm-processor. Each method call opens a job, makes the call and completes the job.
     *
     * @param <T> the interface type
     * @param service the {@code @LlmJob} interface
     * @return the generated implementation, bound to this client
     * @throws IllegalArgumentException when {@code service} is not an interface or has no generated implementation
     */
    public <T> T create(Class<T> service) {
        checkOpen();
        return GeneratedServices.instantiate(service, jobs.runner());
    }

    /**
     * Opens a job of the interface's type for several calls; {@link JobScope#service()} makes its
     * calls in it, every method shape included. Complete it with {@link JobScope#complete()};
     * closing it without that fails it.
     *
     * @param <S> the interface type
     * @param service the {@code @LlmJob} interface
     * @return the open job's scope; close it (try-with-resources) so that the job is always settled
     */
    public <S> JobScope<S> openJob(Class<S> service) {
        return openJob(service, null);
    }

    /**
     * {@link #openJob(Class)} with another job type than the interface's.
     *
     * @param <S> the interface type
     * @param service the {@code @LlmJob} interface
     * @param jobType the job type, or null for the interface's
     * @return the open job's scope; close it (try-with-resources) so that the job is always settled
     */
    public <S> JobScope<S> openJob(Class<S> service, String jobType) {
        checkOpen();
        ServiceInfo info = GeneratedServices.info(service);
        JobEngine.Scope job = jobs.openScope(jobType == null ? info.jobType() : jobType, info.simpleName(),
                info.fingerprint(), info.metadata());
        try {
            return new JobScope<>(job, GeneratedServices.instantiate(service, job.runner()));
        } catch (RuntimeException | Error e) {
            job.fail(e);
            throw e;
        }
    }

    /**
     * Runs {@code body} with the service bound to one job of the interface's type: the job is
     * completed {@code completed} when {@code body} returns and {@code failed} when it throws.
     *
     * @param <S> the interface type
     * @param <R> the body's result type
     * @param service the {@code @LlmJob} interface
     * @param body the work to do with the job's service; its exceptions are rethrown as they are
     * @return what {@code body} returned
     */
    public <S, R> R inJob(Class<S> service, Function<? super S, ? extends R> body) {
        return inJob(service, null, body);
    }

    /**
     * {@link #inJob(Class, Function)} with another job type than the interface's.
     *
     * @param <S> the interface type
     * @param <R> the body's result type
     * @param service the {@code @LlmJob} interface
     * @param jobType the job type, or null for the interface's
     * @param body the work to do with the job's service; its exceptions are rethrown as they are
     * @return what {@code body} returned
     */
    public <S, R> R inJob(Class<S> service, String jobType, Function<? super S, ? extends R> body) {
        Objects.requireNonNull(body, "body");
        JobScope<S> scope = openJob(service, jobType);
        R result;
        try {
            result = body.apply(scope.service());
        } catch (Throwable failure) {
            scope.fail(failure); // the job's error_message names the real failure, not "abandoned"
            throw failure;
        }
        scope.complete();
        return result;
    }

    /**
     * Jobs this client opened (services, flows, scopes) and has not settled yet.
     *
     * @return the number of jobs opened through this client that are not completed or failed yet
     */
    public int openJobs() {
        return jobs.openJobs();
    }

    // ---------------------------------------------------------------- job API

    /**
     * Opens a job of {@code jobType}; returns its id.
     *
     * @param jobType the job type recorded on the server, at most 100 characters
     * @return the new job's id
     */
    public String createJob(String jobType) {
        return createJob(jobType, null, null);
    }

    /**
     * Opens a job with metadata (plain JSON values: maps, lists, strings, numbers, booleans, null).
     *
     * @param jobType the job type recorded on the server, at most 100 characters
     * @param metadata the job's metadata, or null
     * @return the new job's id
     */
    public String createJob(String jobType, Map<String, ?> metadata) {
        return createJob(jobType, null, metadata);
    }

    /**
     * Opens a job for an end user of the team, with optional metadata (the budget guard applies).
     *
     * @param jobType the job type recorded on the server, at most 100 characters
     * @param userId the end user's id, at most 255 characters, or null
     * @param metadata the job's metadata, or null
     * @return the new job's id
     * @throws BudgetExceededException when the budget guard is on and the team's credits are below its minimum
     */
    public String createJob(String jobType, String userId, Map<String, ?> metadata) {
        Objects.requireNonNull(jobType, "jobType");
        checkOpen();
        jobs.checkBudget();
        return pipeline.createJob(new Wire.CreateJob(teamId, jobType, userId, metadata), jobs.retryPolicy(null));
    }

    /**
     * A chat call in job {@code jobId} with the client's default model.
     *
     * @param jobId the open job the call is billed to
     * @param messages the conversation, oldest first
     * @return the model's answer and the call's usage
     */
    public ChatResponse chat(String jobId, List<ChatMessage> messages) {
        return chat(jobId, messages, CallOptions.NONE);
    }

    /**
     * A chat call in job {@code jobId}. The model is {@code options.model()}, else the client's default.
     *
     * @param jobId the open job the call is billed to
     * @param messages the conversation, oldest first
     * @param options the call's model and sampling settings; null for none
     * @return the model's answer and the call's usage
     * @throws RefusalException when the model declined to answer (no content, or an empty one the provider
     *     withheld), with the answer as received
     */
    public ChatResponse chat(String jobId, List<ChatMessage> messages, CallOptions options) {
        return call(jobId, messages, options, null, null);
    }

    /**
     * {@link #structuredOutput(String, List, Class, CallOptions)} with no options.
     *
     * @param <R> the answer's type
     * @param jobId the open job the call is billed to
     * @param messages the conversation, oldest first
     * @param type the answer's type: a record, enum, scalar or list of those
     * @return the answer, read into {@code type}
     */
    public <R> R structuredOutput(String jobId, List<ChatMessage> messages, Class<R> type) {
        return structuredOutput(jobId, messages, type, CallOptions.NONE);
    }

    /**
     * A structured-output call: sends a strict JSON Schema of {@code type} (a record, enum or
     * scalar; built once per type by reflection) and reads the answer into it.
     *
     * @param <R> the answer's type
     * @param jobId the open job the call is billed to
     * @param messages the conversation, oldest first
     * @param type the answer's type: a record, enum or scalar
     * @param options the call's model and sampling settings; null for none
     * @return the answer, read into {@code type}
     * @throws InvalidOutputException when the answer does not fit {@code type}, with the raw content
     *     ({@link RefusalException} when it has none)
     * @throws IllegalArgumentException when {@code type} cannot be described as JSON (the message says why)
     */
    public <R> R structuredOutput(String jobId, List<ChatMessage> messages, Class<R> type, CallOptions options) {
        StructuredTypes.Structured<R> structured = StructuredTypes.of(type);
        ChatResponse response = call(jobId, messages, options, format(structured), null);
        return JobEngine.readAnswer(structured.reader(), response, jobId);
    }

    /**
     * {@link #chatStream(String, List, CallOptions)} with no options.
     *
     * @param jobId the open job the call is billed to
     * @param messages the conversation, oldest first
     * @return the open stream; close it when done
     */
    public ChatStream chatStream(String jobId, List<ChatMessage> messages) {
        return chatStream(jobId, messages, CallOptions.NONE);
    }

    /**
     * A streamed chat call in job {@code jobId} ({@code llm-call-stream}). Returns once the server
     * has accepted the call; HTTP errors before the stream are thrown here, typed as for
     * {@link #chat}. Read the chunks on your thread and close the stream when done; the job stays
     * yours to complete.
     *
     * <p>The current server release answers every per-job stream with one error event ("'Response'
     * object does not support the asynchronous context manager protocol"). Then, as generated
     * methods do, the same call is made unstreamed in the same job (no extra credit) and its answer
     * arrives as one chunk; the client remembers it, and later streams make that call at their first
     * {@link ChatStream#next()} (so their HTTP errors are thrown there).
     *
     * @param jobId the open job the call is billed to
     * @param messages the conversation, oldest first
     * @param options the call's model and sampling settings; null for none
     * @return the open stream; close it when done
     */
    public ChatStream chatStream(String jobId, List<ChatMessage> messages, CallOptions options) {
        return new ChatStream(openStream(jobId, messages, options, null));
    }

    /**
     * A streamed structured-output call: the JSON text as it arrives, and the value of {@code type}
     * parsed strictly at the end ({@link StructuredStream#result()}). On the current release's
     * per-job stream defect the whole document arrives as one piece, as for {@link #chatStream}.
     *
     * @param <R> the answer's type
     * @param jobId the open job the call is billed to
     * @param messages the conversation, oldest first
     * @param type the answer's type: a record, enum or scalar
     * @param options the call's model and sampling settings; null for none
     * @return the open stream; close it when done
     */
    public <R> StructuredStream<R> structuredOutputStream(String jobId, List<ChatMessage> messages, Class<R> type, CallOptions options) {
        StructuredTypes.Structured<R> structured = StructuredTypes.of(type);
        ChatStream stream = new ChatStream(openStream(jobId, messages, options, format(structured)));
        return new StructuredStream<>(stream, structured.reader(), type);
    }

    /**
     * Completes job {@code jobId} with {@code status} ({@code COMPLETED} or {@code FAILED}). Call once per job.
     *
     * @param jobId the job to complete
     * @param status {@code COMPLETED} or {@code FAILED}
     * @return the job's settlement: status, costs and the team's remaining credits
     */
    public JobCompletion completeJob(String jobId, JobStatus status) {
        return completeJob(jobId, status, null, null);
    }

    /**
     * Completes job {@code jobId}. Call exactly once per job: servers toggle the credit charge on a
     * repeated complete. Completing keeps trying on its own safe rules (a 429 after its
     * {@code Retry-After}, a refused connection, and a read of the job before repeating a complete
     * that may have been applied) for up to 30 s, whatever the retry policy.
     *
     * @param metadata merged into the job's metadata, or null
     * @param errorMessage why the job failed, or null
     * @param jobId the job to complete
     * @param status {@code COMPLETED} or {@code FAILED}
     * @return the job's settlement: status, costs and the team's remaining credits
     */
    public JobCompletion completeJob(String jobId, JobStatus status, Map<String, ?> metadata, String errorMessage) {
        checkComplete(jobId, status);
        checkOpen();
        return pipeline.settle(jobId, status, metadata, errorMessage);
    }

    /**
     * The job as the server sees it now.
     *
     * @param jobId the job's id
     * @return the job's status, type, timestamps and metadata
     */
    public Job getJob(String jobId) {
        Objects.requireNonNull(jobId, "jobId");
        checkOpen();
        return pipeline.getJob(jobId, jobs.retryPolicy(null));
    }

    /**
     * The job's costs, call by call ({@code GET /api/jobs/{job_id}/costs}). Streamed calls on the
     * current server record no cost.
     *
     * @param jobId the job's id
     * @return the job's calls with their tokens and costs
     */
    public JobCosts getJobCosts(String jobId) {
        Objects.requireNonNull(jobId, "jobId");
        checkOpen();
        return pipeline.jobCosts(jobId, jobs.retryPolicy(null));
    }

    /**
     * Merges {@code metadata} (plain JSON values) into the job's metadata and returns all of it
     * ({@code PATCH /api/jobs/{job_id}/metadata}); works on open and settled jobs alike. Servers
     * before 2025-10-21 (v1.1.0 and older) have no such endpoint: a {@link NotFoundException}
     * ({@code Not Found}).
     *
     * @param jobId the job's id
     * @param metadata the keys to set; plain JSON values
     * @return the job's metadata after the merge
     */
    public MetadataUpdate updateJobMetadata(String jobId, Map<String, ?> metadata) {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(metadata, "metadata");
        checkOpen();
        return pipeline.updateMetadata(jobId, metadata, jobs.retryPolicy(null));
    }

    /**
     * The client's team: its jobs, usage and credits.
     *
     * @return the team's view, sharing this client's connection and key
     */
    public Team team() {
        checkOpen();
        return jobs.team();
    }

    /**
     * The server's {@code GET /health} (sent without the key).
     *
     * @return the server's health report
     */
    public Health health() {
        checkOpen();
        return pipeline.health(jobs.retryPolicy(null));
    }

    /**
     * How this client works around its server, as learned from the server's answers so far: an older
     * release's missing endpoint or behaviour, or the current release's stream defect. Each is logged
     * once at INFO when learned; empty for a server that has shown none (or has not been asked yet).
     *
     * @return the fallbacks in use, in declaration order; a snapshot
     */
    public Set<ServerFallback> serverFallbacks() {
        return pipeline.traits().fallbacks();
    }

    // ---------------------------------------------------------------- asynchronous job API

    /**
     * {@link #createJob(String, String, Map)} on the client's executor.
     *
     * @param jobType the job type recorded on the server, at most 100 characters
     * @param userId the end user's id, or null
     * @param metadata the job's metadata, or null
     * @return the new job's id, when the server has answered
     */
    public CompletableFuture<String> createJobAsync(String jobType, String userId, Map<String, ?> metadata) {
        Objects.requireNonNull(jobType, "jobType");
        // Not cancellable once started: only its answer tells which job was opened.
        return jobs.async(() -> createJob(jobType, userId, metadata), () -> false);
    }

    /**
     * {@link #chat(String, List, CallOptions)} on the client's executor; cancelling the future cancels the HTTP call.
     *
     * @param jobId the open job the call is billed to
     * @param messages the conversation, oldest first
     * @param options the call's model and sampling settings; null for none
     * @return the model's answer and the call's usage, when the server has answered
     */
    public CompletableFuture<ChatResponse> chatAsync(String jobId, List<ChatMessage> messages, CallOptions options) {
        Pipeline.Handle handle = new Pipeline.Handle();
        return jobs.async(() -> call(jobId, messages, options, null, handle), () -> {
            handle.cancel();
            return true;
        });
    }

    /**
     * {@link #structuredOutput(String, List, Class, CallOptions)} on the client's executor.
     *
     * @param <R> the answer's type
     * @param jobId the open job the call is billed to
     * @param messages the conversation, oldest first
     * @param type the answer's type: a record, enum or scalar
     * @param options the call's model and sampling settings; null for none
     * @return the answer read into {@code type}, when the server has answered
     */
    public <R> CompletableFuture<R> structuredOutputAsync(String jobId, List<ChatMessage> messages, Class<R> type,
                                                          CallOptions options) {
        StructuredTypes.Structured<R> structured = StructuredTypes.of(type);
        Pipeline.Handle handle = new Pipeline.Handle();
        return jobs.async(() -> JobEngine.readAnswer(structured.reader(), call(jobId, messages, options, format(structured), handle),
                jobId), () -> {
            handle.cancel();
            return true;
        });
    }

    /**
     * {@link #completeJob(String, JobStatus, Map, String)} on the client's executor, under the same
     * rules; its future cannot be cancelled (a complete in flight may have been applied).
     *
     * @param jobId the job to complete
     * @param status {@code COMPLETED} or {@code FAILED}
     * @param metadata merged into the job's metadata, or null
     * @param errorMessage why the job failed, or null
     * @return the job's settlement, when the server has answered
     */
    public CompletableFuture<JobCompletion> completeJobAsync(String jobId, JobStatus status, Map<String, ?> metadata,
                                                             String errorMessage) {
        checkComplete(jobId, status);
        return jobs.async(() -> completeJob(jobId, status, metadata, errorMessage), () -> false);
    }

    // ---------------------------------------------------------------- shared

    private ChatResponse call(String jobId, List<ChatMessage> messages, CallOptions options, ResponseFormat format,
                              Pipeline.Handle handle) {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(messages, "messages");
        CallOptions o = options == null ? CallOptions.NONE : options;
        String model = jobs.resolveModel(o);
        checkOpen();
        return JobEngine.answered(pipeline.call(jobId, new Wire.Call(model, messages, o, format), jobs.retryPolicy(o),
                jobs.callTimeout(o), handle), jobId);
    }

    private dev.saasllm.internal.http.Pipeline.Chunks openStream(String jobId, List<ChatMessage> messages, CallOptions options,
                                                                ResponseFormat format) {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(messages, "messages");
        CallOptions o = options == null ? CallOptions.NONE : options;
        String model = jobs.resolveModel(o);
        checkOpen();
        return jobs.openStream(jobId, new Wire.Call(model, messages, o, format), o);
    }

    private static ResponseFormat format(StructuredTypes.Structured<?> structured) {
        return new ResponseFormat(structured.schemaName(), structured.schemaJson());
    }

    private static void checkComplete(String jobId, JobStatus status) {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(status, "status");
        if (status != JobStatus.COMPLETED && status != JobStatus.FAILED) {
            throw new IllegalArgumentException("A job is completed as COMPLETED or FAILED, not " + status);
        }
    }

    private void checkOpen() {
        jobs.checkOpen();
    }

    /**
     * Refuses new work, lets calls in flight finish within the grace period
     * ({@link Builder#closeGracePeriod}, default 10 s), then completes the jobs still open as
     * {@code failed} ({@code client closed}), and only then releases threads and connections: a
     * shutdown leaves no job open on the server. An {@link OkHttpClient} passed to the builder stays
     * the caller's: it is left open.
     */
    @Override
    public void close() {
        jobs.close();
    }

    @Override
    public String toString() {
        return "SaasLlmClient{baseUrl=" + baseUrl + ", teamId=" + teamId + ", defaultModel=" + defaultModel
                + (jobs.isClosed() ? ", closed" : "") + "}";
    }

    /** The runner of generated services; for tests. */
    dev.saasllm.internal.JobRunner runner() { return jobs.runner(); }

    /** The job layer; for tests. */
    JobEngine jobs() { return jobs; }

    /** The request pipeline; for tests. */
    Pipeline pipeline() { return pipeline; }

    /** The HTTP client in use; for tests. */
    OkHttpClient okHttpClient() { return pipeline.httpClient(); }

    /** Configures a {@link SaasLlmClient}; {@code teamId} and {@code virtualKey} are required. */
    public static final class Builder {
        private HttpUrl baseUrl = HttpUrl.get(DEFAULT_URL + "/");
        private String teamId;
        private String virtualKey;
        private Duration timeout;
        private String defaultModel;
        private OkHttpClient okHttpClient;
        private Duration connectTimeout;
        private Duration readTimeout;
        private Duration callTimeout;
        private Duration streamIdleTimeout;
        private RetryPolicy retryPolicy = RetryPolicy.NONE;
        private int maxReasks;
        private final List<JobListener> listeners = new ArrayList<>();
        private CreateAndCall createAndCall = CreateAndCall.TEXT_ONLY;
        private Duration closeGrace = DEFAULT_CLOSE_GRACE;
        private JobEngine.Budget budget;
        private Duration settleDeadline = SETTLE_DEADLINE;

        private Builder() {}

        /**
         * The server, e.g. {@code http://localhost:8003}; default {@code http://localhost:8003}.
         *
         * @param baseUrl the server's root URL; a trailing slash is optional
         * @return this builder
         * @throws IllegalArgumentException when {@code baseUrl} is not an http(s) URL
         */
        public Builder baseUrl(String baseUrl) {
            Objects.requireNonNull(baseUrl, "baseUrl");
            HttpUrl url = HttpUrl.parse(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
            if (url == null) throw new IllegalArgumentException("Not an http(s) URL: " + baseUrl);
            this.baseUrl = url;
            return this;
        }

        /**
         * The team the virtual key belongs to.
         *
         * @param teamId the team's id; not null
         * @return this builder
         */
        public Builder teamId(String teamId) {
            this.teamId = Objects.requireNonNull(teamId, "teamId");
            return this;
        }

        /**
         * The team's virtual key ({@code sk-...}), sent as {@code Authorization: Bearer}.
         *
         * @param virtualKey the key; not null, and never logged
         * @return this builder
         */
        public Builder virtualKey(String virtualKey) {
            this.virtualKey = Objects.requireNonNull(virtualKey, "virtualKey");
            return this;
        }

        /**
         * Connect, read and write timeout of each request (default 120 s; for a supplied
         * OkHttpClient, its own unless set here).
         *
         * @param timeout the timeout of each phase; not negative
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative()) throw new IllegalArgumentException("timeout must not be negative, was " + timeout);
            this.timeout = timeout;
            return this;
        }

        /**
         * How long connecting may take; overrides {@link #timeout(Duration)} for that phase.
         *
         * @param timeout the connect timeout; not negative
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = nonNegative("connectTimeout", timeout);
            return this;
        }

        /**
         * The longest wait for the next bytes of an answer; overrides {@link #timeout(Duration)} for that phase.
         *
         * @param timeout the read timeout; not negative
         * @return this builder
         */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = nonNegative("readTimeout", timeout);
            return this;
        }

        /**
         * The longest one LLM call may take in all, connecting, sending and reading included
         * (default: none, each phase has its own timeout). Each retry attempt gets its own. A call
         * can set its own with {@link CallOptions.Builder#timeout(Duration)} or {@code @Timeout}.
         * Creating, completing and reading jobs are not bound by it (only by the connect and read
         * timeouts): a complete cut short by a tight LLM timeout would leave its job open.
         *
         * @param timeout the longest call; not negative ({@link Duration#ZERO} means none)
         * @return this builder
         */
        public Builder callTimeout(Duration timeout) {
            this.callTimeout = nonNegative("callTimeout", timeout);
            return this;
        }

        /**
         * The longest wait for the next chunk of a streamed answer (default: the read timeout). A
         * stream silent for longer fails with {@link StreamInterruptedException} and its job is
         * completed {@code failed}. {@link #callTimeout(Duration)} does not apply to streams, which
         * may rightly last long: a stream is bounded by its silences, not its length.
         *
         * @param timeout the longest silence of a stream; not negative
         * @return this builder
         */
        public Builder streamIdleTimeout(Duration timeout) {
            this.streamIdleTimeout = nonNegative("streamIdleTimeout", timeout);
            return this;
        }

        /**
         * How failed requests are retried (default {@link RetryPolicy#NONE}). Calls and annotations
         * may set their own. Jobs are created and completed again only when the server provably did
         * nothing (see {@link RetryPolicy}); completing gets twice the attempts (at least 5), since a
         * job that is not completed is left open for good.
         *
         * @param retryPolicy the default policy; not null
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /**
         * How often a structured answer that cannot be read is asked for again in the same job,
         * telling the model what was wrong (default 0). Methods may set their own with
         * {@code @Reask} or {@link CallOptions.Builder#maxReasks(int)}.
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

        private static Duration nonNegative(String name, Duration timeout) {
            Objects.requireNonNull(timeout, name);
            if (timeout.isNegative()) throw new IllegalArgumentException(name + " must not be negative, was " + timeout);
            return timeout;
        }

        /**
         * The model of calls whose options and annotations name none.
         *
         * @param defaultModel a model alias or model group; not null
         * @return this builder
         */
        public Builder defaultModel(String defaultModel) {
            this.defaultModel = Objects.requireNonNull(defaultModel, "defaultModel");
            return this;
        }

        /**
         * An OkHttpClient to share (its pool and dispatcher); it stays open when the client closes.
         *
         * @param okHttpClient the client to build on; not null
         * @return this builder
         */
        public Builder okHttpClient(OkHttpClient okHttpClient) {
            this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient");
            return this;
        }

        /**
         * Hears about every job the client's services, flows and scopes open; may be called several times.
         *
         * @param listener told of each job's start and settlement; not null
         * @return this builder
         */
        public Builder listener(JobListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * When one-call jobs take one round trip ({@code create-and-call}) instead of three; default
         * {@link CreateAndCall#TEXT_ONLY}. A server without the endpoint is detected and remembered.
         *
         * @param createAndCall which one-call jobs use it; not null
         * @return this builder
         */
        public Builder createAndCall(CreateAndCall createAndCall) {
            this.createAndCall = Objects.requireNonNull(createAndCall, "createAndCall");
            return this;
        }

        /**
         * How long {@link SaasLlmClient#close()} lets calls in flight finish before it fails their
         * jobs ({@code client closed}); default 10 s.
         *
         * @param grace the grace period; not negative ({@link Duration#ZERO}: fail the open jobs at once)
         * @return this builder
         */
        public Builder closeGracePeriod(Duration grace) {
            this.closeGrace = nonNegative("closeGracePeriod", grace);
            return this;
        }

        /**
         * Turns the budget guard on: every job the client opens (services, flows, scopes,
         * {@code createJob}, {@code create-and-call}) is first refused with
         * {@link BudgetExceededException}, before anything is sent, while the team has fewer than
         * {@code minimumCredits} credits remaining. The server never refuses work for lack of
         * credits. The balance is read at most every 30 s (see {@link #budgetGuard(int, Duration)}).
         *
         * @param minimumCredits the fewest credits remaining that still let a job open
         * @return this builder
         */
        public Builder budgetGuard(int minimumCredits) {
            return budgetGuard(minimumCredits, DEFAULT_BALANCE_MAX_AGE);
        }

        /**
         * {@link #budgetGuard(int)}, reading the balance ({@code GET /api/credits/teams/{team_id}/balance})
         * at most once per {@code maxAge} ({@link Duration#ZERO}: before every job), one read at a
         * time. Between reads, the completion of every job of the client's services, flows and
         * scopes updates it with its {@code credits_remaining}, so only other spending and top-ups
         * wait for the next read. When the balance cannot be read, opening the job fails with that
         * error: the guard lets nothing through unseen. A guard, not a reservation: jobs already
         * open, or opened at the same moment, may still take the team below the minimum.
         *
         * @param minimumCredits the fewest credits remaining that still let a job open
         * @param maxAge how old a balance read may be; not negative
         * @return this builder
         */
        public Builder budgetGuard(int minimumCredits, Duration maxAge) {
            if (minimumCredits < 1) throw new IllegalArgumentException("minimumCredits must be at least 1, was " + minimumCredits);
            this.budget = new JobEngine.Budget(minimumCredits, nonNegative("maxAge", maxAge));
            return this;
        }

        /**
         * How long completing a job keeps trying (default 30 s); for tests of servers that never
         * complete a job (v0.2.0), which would otherwise take the whole deadline per job.
         */
        Builder settleDeadline(Duration deadline) {
            this.settleDeadline = nonNegative("settleDeadline", deadline);
            return this;
        }

        /**
         * Builds the client; it owns its threads and connections until {@link SaasLlmClient#close()}.
         *
         * @return a new client
         * @throws IllegalStateException when {@code teamId} or {@code virtualKey} was not set
         */
        public SaasLlmClient build() {
            if (teamId == null || teamId.isBlank()) throw new IllegalStateException("teamId is required");
            if (virtualKey == null || virtualKey.isBlank()) throw new IllegalStateException("virtualKey is required");
            return new SaasLlmClient(this);
        }
    }
}
