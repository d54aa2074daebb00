package dev.saasllm;

import dev.saasllm.internal.AnswerReader;
import dev.saasllm.internal.JobRunner;
import dev.saasllm.internal.ServiceInfo;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import okhttp3.Request;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.Retrofit;

/**
 * The client of a SaaS LiteLLM server: typed services ({@link #create}) and the job API's calls
 * (create a job, chat, structured output, complete, get). Thread-safe; make one per application
 * and close it when done.
 *
 * <pre>{@code
 * try (SaasLlmClient client = SaasLlmClient.fromEnv()) {
 *     ResumeParser parser = client.create(ResumeParser.class);
 *     Resume resume = parser.parse(text);
 * }
 * }</pre>
 */
public final class SaasLlmClient implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("dev.saasllm.client");
    static final String ENV_URL = "SAAS_LITELLM_API_URL";
    static final String ENV_TEAM = "SAAS_LITELLM_TEAM_ID";
    static final String ENV_KEY = "SAAS_LITELLM_VIRTUAL_KEY";
    static final String ENV_MODEL = "SAAS_LITELLM_MODEL";
    static final String DEFAULT_URL = "http://localhost:8003";
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
    static final int MAX_CONCURRENT_REQUESTS = 64;

    private final HttpUrl baseUrl;
    private final String teamId;
    private final String virtualKey;
    private final String defaultModel;
    private final OkHttpClient okHttp;
    /** The same client with the stream idle timeout as its read timeout, when one is set. */
    private final OkHttpClient streamingOkHttp;
    private final boolean ownsOkHttp;
    private final JobsApi api;
    private final String authorization;
    private final HttpUrl createUrl;
    private final JobRunner jobRunner;
    private final RetryPolicy retryPolicy;
    /** Completing gets more attempts: a job that is not completed is a leak. */
    private final RetryPolicy settlePolicy;
    private final int maxReasks;
    /** Whole-call timeout of each LLM call attempt; null for none. */
    private final Duration callTimeout;
    private final Listeners listeners;
    private final CreateAndCall createAndCall;
    /** Set once the server answered 404 to create-and-call: it is an older server. */
    private volatile boolean createAndCallMissing;
    private volatile boolean closed;
    private AsyncJobApi asyncJobApi;

    private SaasLlmClient(Builder b) {
        this.baseUrl = b.baseUrl;
        this.teamId = b.teamId;
        this.virtualKey = b.virtualKey;
        this.defaultModel = b.defaultModel;
        this.retryPolicy = b.retryPolicy;
        this.settlePolicy = retryPolicy.maxAttempts() < 2 ? retryPolicy
                : retryPolicy.toBuilder().maxAttempts(Math.max(5, 2 * retryPolicy.maxAttempts())).build();
        this.maxReasks = b.maxReasks;
        this.callTimeout = b.callTimeout;
        this.listeners = new Listeners(b.listeners);
        this.createAndCall = b.createAndCall;
        this.ownsOkHttp = b.okHttpClient == null;
        OkHttpClient.Builder http = ownsOkHttp ? new OkHttpClient.Builder() : b.okHttpClient.newBuilder();
        Duration timeout = b.timeout != null ? b.timeout : (ownsOkHttp ? DEFAULT_TIMEOUT : null);
        if (timeout != null) {
            http.connectTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .writeTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        if (b.connectTimeout != null) http.connectTimeout(b.connectTimeout);
        if (b.readTimeout != null) http.readTimeout(b.readTimeout);
        PlainHttpWarning.check(baseUrl);
        if (ownsOkHttp) {
            // OkHttp's default of 5 concurrent requests per host would queue asynchronous jobs to one server.
            Dispatcher dispatcher = new Dispatcher();
            dispatcher.setMaxRequests(MAX_CONCURRENT_REQUESTS);
            dispatcher.setMaxRequestsPerHost(MAX_CONCURRENT_REQUESTS);
            http.dispatcher(dispatcher);
        }
        String authorization = "Bearer " + virtualKey;
        this.authorization = authorization;
        // Requests built here carry the header already; only others (Retrofit's, streams) are rebuilt to add it.
        http.addInterceptor(chain -> chain.request().header("Authorization") != null ? chain.proceed(chain.request())
                : chain.proceed(chain.request().newBuilder().header("Authorization", authorization).build()));
        // newBuilder() shares the user's pool and dispatcher, which stay theirs to shut down.
        this.okHttp = http.build();
        this.streamingOkHttp = b.streamIdleTimeout == null ? okHttp : okHttp.newBuilder().readTimeout(b.streamIdleTimeout).build();
        this.createUrl = baseUrl.newBuilder().addPathSegments("api/jobs/create").build();
        this.api = new Retrofit.Builder().baseUrl(baseUrl).client(okHttp).build().create(JobsApi.class);
        this.jobRunner = new DefaultJobRunner(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * A client configured from {@code SAAS_LITELLM_API_URL} (default {@code http://localhost:8003}),
     * {@code SAAS_LITELLM_TEAM_ID}, {@code SAAS_LITELLM_VIRTUAL_KEY} and optionally
     * {@code SAAS_LITELLM_MODEL} (the default model).
     *
     * @throws IllegalStateException naming the variable that is missing
     */
    public static SaasLlmClient fromEnv() {
        return fromEnv(System.getenv());
    }

    /** {@link #fromEnv()} reading the given variables instead of the process environment. */
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
     * @throws IllegalArgumentException when {@code service} is not an interface or has no generated implementation
     */
    public <T> T create(Class<T> service) {
        checkOpen();
        return GeneratedServices.instantiate(service, jobRunner);
    }

    /**
     * Opens a job of the interface's type for several calls; {@link JobScope#service()} makes its
     * calls in it. Complete it with {@link JobScope#complete()}; closing it without that fails it.
     */
    public <S> JobScope<S> openJob(Class<S> service) {
        return openJob(service, null);
    }

    /** {@link #openJob(Class)} with another job type than the interface's. */
    public <S> JobScope<S> openJob(Class<S> service, String jobType) {
        checkOpen();
        ServiceInfo info = GeneratedServices.info(service);
        OpenJob job = OpenJob.open(this, jobType == null ? info.jobType() : jobType, info.simpleName(), null,
                JobMetadata.of(info.simpleName(), info.fingerprint(), info.metadata(), null));
        try {
            return new JobScope<>(job, GeneratedServices.instantiate(service, new BoundJobRunner(job)));
        } catch (RuntimeException | Error e) {
            job.fail(e);
            throw e;
        }
    }

    /**
     * Runs {@code body} with the service bound to one job of the interface's type: the job is
     * completed {@code completed} when {@code body} returns and {@code failed} when it throws.
     */
    public <S, R> R inJob(Class<S> service, Function<? super S, ? extends R> body) {
        return inJob(service, null, body);
    }

    /** {@link #inJob(Class, Function)} with another job type than the interface's. */
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

    // ---------------------------------------------------------------- job API

    /** Opens a job of {@code jobType}; returns its id. */
    public String createJob(String jobType) {
        return createJob(jobType, null, null);
    }

    /** Opens a job with metadata (plain JSON values: maps, lists, strings, numbers, booleans, null). */
    public String createJob(String jobType, Map<String, ?> metadata) {
        return createJob(jobType, null, metadata);
    }

    /** Opens a job for an end user of the team, with optional metadata. */
    public String createJob(String jobType, String userId, Map<String, ?> metadata) {
        Objects.requireNonNull(jobType, "jobType");
        checkOpen();
        HttpResult result = send(post(createUrl, WireRequests.createJob(teamId, jobType, userId, metadata)), JobsApi.CREATE, null,
                Retries.Kind.ONCE_ONLY, retryPolicy, null);
        return WireResponses.createdJobId(result.body(), JobsApi.CREATE, result.status());
    }

    /** A chat call in job {@code jobId} with the client's default model. */
    public ChatResponse chat(String jobId, List<ChatMessage> messages) {
        return chat(jobId, messages, CallOptions.NONE);
    }

    /** A chat call in job {@code jobId}. The model is {@code options.model()}, else the client's default. */
    public ChatResponse chat(String jobId, List<ChatMessage> messages, CallOptions options) {
        return call(jobId, messages, options == null ? CallOptions.NONE : options, null);
    }

    /** {@link #structuredOutput(String, List, Class, CallOptions)} with no options. */
    public <R> R structuredOutput(String jobId, List<ChatMessage> messages, Class<R> type) {
        return structuredOutput(jobId, messages, type, CallOptions.NONE);
    }

    /**
     * A structured-output call: sends a strict JSON Schema of {@code type} (a record, enum or
     * scalar; built once per type by reflection) and reads the answer into it.
     *
     * @throws InvalidOutputException when the answer does not fit {@code type}, with the raw content
     * @throws IllegalArgumentException when {@code type} cannot be described as JSON (the message says why)
     */
    public <R> R structuredOutput(String jobId, List<ChatMessage> messages, Class<R> type, CallOptions options) {
        StructuredTypes.Structured<R> structured = StructuredTypes.of(type);
        ChatResponse response = call(jobId, messages, options == null ? CallOptions.NONE : options,
                new ResponseFormat(structured.schemaName(), structured.schemaJson()));
        return readAnswer(structured.reader(), response, jobId);
    }

    /**
     * Reads an answer's content; an {@link InvalidOutputException} gets the job attached and, when
     * the model was cut off by {@code max_tokens}, says so, since that is the usual cause.
     */
    static <T> T readAnswer(AnswerReader<T> reader, ChatResponse response, String jobId) {
        try {
            return reader.read(response.content());
        } catch (InvalidOutputException e) {
            InvalidOutputException failure = e;
            if (response.truncated()) {
                failure = new InvalidOutputException(e.problem() + " (the answer was cut off by max_tokens: "
                        + "finish_reason is 'length'; raise maxTokens)", e.rawContent(), e.getCause());
            }
            throw failure.withJob(JobsApi.LLM_CALL, jobId);
        }
    }

    /** {@link #chatStream(String, List, CallOptions)} with no options. */
    public ChatStream chatStream(String jobId, List<ChatMessage> messages) {
        return chatStream(jobId, messages, CallOptions.NONE);
    }

    /**
     * A streamed chat call in job {@code jobId} ({@code llm-call-stream}). Returns once the server
     * has accepted the call; HTTP errors before the stream are thrown here, typed as for
     * {@link #chat}. Read the chunks on your thread and close the stream when done; the job stays
     * yours to complete.
     */
    public ChatStream chatStream(String jobId, List<ChatMessage> messages, CallOptions options) {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(messages, "messages");
        checkOpen();
        return StreamOpener.open(this, jobId, messages, options == null ? CallOptions.NONE : options, null);
    }

    /**
     * A streamed structured-output call: the JSON text as it arrives, and the value of {@code type}
     * parsed strictly at the end ({@link StructuredStream#result()}).
     */
    public <R> StructuredStream<R> structuredOutputStream(String jobId, List<ChatMessage> messages, Class<R> type, CallOptions options) {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(messages, "messages");
        StructuredTypes.Structured<R> structured = StructuredTypes.of(type);
        checkOpen();
        ChatStream stream = StreamOpener.open(this, jobId, messages, options == null ? CallOptions.NONE : options,
                new ResponseFormat(structured.schemaName(), structured.schemaJson()));
        return new StructuredStream<>(stream, structured.reader(), type);
    }

    /** Completes job {@code jobId} with {@code status} ({@code COMPLETED} or {@code FAILED}). Call once per job. */
    public JobCompletion completeJob(String jobId, JobStatus status) {
        return completeJob(jobId, status, null, null);
    }

    /**
     * Completes job {@code jobId}. Call exactly once per job: servers toggle the credit charge on a
     * repeated complete.
     *
     * @param metadata merged into the job's metadata, or null
     * @param errorMessage why the job failed, or null
     */
    public JobCompletion completeJob(String jobId, JobStatus status, Map<String, ?> metadata, String errorMessage) {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(status, "status");
        if (status != JobStatus.COMPLETED && status != JobStatus.FAILED) {
            throw new IllegalArgumentException("A job is completed as COMPLETED or FAILED, not " + status);
        }
        checkOpen();
        return settle(jobId, status, metadata, errorMessage);
    }

    /**
     * Completes a job the job runner opened, even if this client was closed meanwhile: a job must
     * settle, and the HTTP client still serves synchronous calls after {@link #close()}.
     */
    JobCompletion settle(String jobId, JobStatus status, Map<String, ?> metadata, String errorMessage) {
        okhttp3.RequestBody body = WireRequests.complete(status, metadata, errorMessage);
        // With retries on, a complete that may have been applied is checked with a GET before it is
        // repeated, so OkHttp must not repeat it blindly. Without, OkHttp's own recovery (a stale
        // pooled connection) stays: better than leaving the job open.
        Request complete = post(jobUrl(jobId, "complete"), settlePolicy.maxAttempts() > 1 ? Retries.sentOnce(body) : body);
        HttpResult result;
        try {
            result = send(complete, JobsApi.COMPLETE, jobId, Retries.Kind.ONCE_ONLY, settlePolicy, null);
        } catch (SaasLlmException failure) {
            if (!Retries.readBeforeCompletingAgain(settlePolicy, failure)) throw failure;
            // The complete may or may not have been applied, and a repeat toggles the charge: ask the
            // server first, and complete again only if the job is still open.
            Job job;
            try {
                job = readJob(jobId, settlePolicy);
            } catch (SaasLlmException lookup) {
                failure.addSuppressed(lookup);
                throw failure;
            }
            if (job.status() == JobStatus.COMPLETED || job.status() == JobStatus.FAILED) {
                return new JobCompletion(jobId, job.status(), job.completedAt(), null, List.of());
            }
            try {
                result = send(complete, JobsApi.COMPLETE, jobId, Retries.Kind.ONCE_ONLY, settlePolicy, null);
            } catch (SaasLlmException again) {
                again.addSuppressed(failure);
                throw again;
            }
        }
        return WireResponses.completion(result.body(), JobsApi.COMPLETE, jobId, result.status());
    }

    /** The job as the server sees it now. */
    public Job getJob(String jobId) {
        Objects.requireNonNull(jobId, "jobId");
        checkOpen();
        return readJob(jobId, retryPolicy);
    }

    private Job readJob(String jobId, RetryPolicy policy) {
        HttpResult result = execute(api.getJob(jobId), JobsApi.GET_JOB, jobId, Retries.Kind.REPEATABLE, policy, null);
        return WireResponses.job(result.body(), JobsApi.GET_JOB, jobId, result.status());
    }

    // ---------------------------------------------------------------- asynchronous job API

    /** {@link #createJob(String, String, Map)} on OkHttp's dispatcher. */
    public CompletableFuture<String> createJobAsync(String jobType, String userId, Map<String, ?> metadata) {
        Objects.requireNonNull(jobType, "jobType");
        checkOpen();
        okhttp3.RequestBody body = WireRequests.createJob(teamId, jobType, userId, metadata);
        return AsyncApi.send(this, () -> api.createJob(body), JobsApi.CREATE, null, retryPolicy, Retries.Kind.ONCE_ONLY,
                answer -> WireResponses.createdJobId(answer.body(), JobsApi.CREATE, answer.status()));
    }

    /** {@link #chat(String, List, CallOptions)} on OkHttp's dispatcher; cancelling the future cancels the HTTP call. */
    public CompletableFuture<ChatResponse> chatAsync(String jobId, List<ChatMessage> messages, CallOptions options) {
        return callAsync(jobId, messages, options == null ? CallOptions.NONE : options, null);
    }

    /** {@link #structuredOutput(String, List, Class, CallOptions)} on OkHttp's dispatcher. */
    public <R> CompletableFuture<R> structuredOutputAsync(String jobId, List<ChatMessage> messages, Class<R> type,
                                                          CallOptions options) {
        StructuredTypes.Structured<R> structured = StructuredTypes.of(type);
        return AsyncApi.then(callAsync(jobId, messages, options == null ? CallOptions.NONE : options,
                new ResponseFormat(structured.schemaName(), structured.schemaJson())),
                response -> readAnswer(structured.reader(), response, jobId));
    }

    /**
     * {@link #completeJob(String, JobStatus, Map, String)} on OkHttp's dispatcher, under the same
     * rules; its future cannot be cancelled (a complete in flight may have been applied).
     */
    public CompletableFuture<JobCompletion> completeJobAsync(String jobId, JobStatus status, Map<String, ?> metadata,
                                                             String errorMessage) {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(status, "status");
        if (status != JobStatus.COMPLETED && status != JobStatus.FAILED) {
            throw new IllegalArgumentException("A job is completed as COMPLETED or FAILED, not " + status);
        }
        checkOpen();
        // Not cancellable: a complete may have been applied, and only its rules (AsyncSettle) tell.
        JobFuture<JobCompletion> future = new JobFuture<>(() -> false);
        AsyncSettle.settle(this, jobId, status, metadata, errorMessage, (completion, failure) -> {
            if (failure != null) future.completeExceptionally(failure);
            else future.complete(completion);
        });
        return future;
    }

    private CompletableFuture<ChatResponse> callAsync(String jobId, List<ChatMessage> messages, CallOptions options,
                                                      ResponseFormat format) {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(messages, "messages");
        String model = resolveModel(options);
        checkOpen();
        okhttp3.RequestBody body = WireRequests.llmCall(model, messages, options, format);
        return AsyncApi.send(this, () -> api.llmCall(jobId, body), JobsApi.LLM_CALL, jobId, retryPolicy(options),
                Retries.Kind.REPEATABLE, answer -> WireResponses.chat(answer.body(), JobsApi.LLM_CALL, jobId, answer.status()));
    }

    // ---------------------------------------------------------------- shared by the job runner

    /**
     * One round trip for a one-call job; null when the server has no {@code create-and-call} (a
     * 404 of the route, remembered for this client).
     */
    WireResponses.OneCall createAndCall(String jobType, String userId, Map<String, ?> metadata, List<ChatMessage> messages,
                                        CallOptions options, ResponseFormat format) {
        String model = resolveModel(options);
        checkOpen();
        HttpResult result;
        try {
            result = execute(api.createAndCall(WireRequests.createAndCall(teamId, jobType, userId, metadata, model, messages,
                    options, format)), JobsApi.CREATE_AND_CALL, null,
                    // It opens and completes a job: repeated only when the server provably did nothing.
                    Retries.Kind.ONCE_ONLY, retryPolicy(options), callTimeout(options));
        } catch (NotFoundException e) {
            if (!isMissingRoute(e)) throw e;
            createAndCallMissing = true;
            LOG.log(System.Logger.Level.INFO, "The server has no " + JobsApi.CREATE_AND_CALL
                    + " (older than 2025-10-21); this client opens one-call jobs in three steps from now on.");
            return null;
        }
        return WireResponses.oneCall(result.body(), JobsApi.CREATE_AND_CALL, result.status());
    }

    // FastAPI answers an unknown route with {"detail": "Not Found"}; a 404 about a team says which.
    private static boolean isMissingRoute(NotFoundException e) {
        String detail = e.detail();
        return detail == null || detail.isBlank() || detail.strip().equalsIgnoreCase("Not Found");
    }

    /** Whether a synchronous one-call job of this kind goes through {@code create-and-call}. */
    boolean oneRoundTrip(boolean structured) {
        if (createAndCallMissing) return false;
        return switch (createAndCall) {
            case NEVER -> false;
            case TEXT_ONLY -> !structured;
            case ALWAYS -> true;
        };
    }

    Listeners listeners() { return listeners; }
    JobsApi api() { return api; }
    /** The policy of completing a job: the client's, with max(5, 2x) attempts when it retries. */
    RetryPolicy settlePolicy() { return settlePolicy; }
    boolean isClosed() { return closed; }

    ChatResponse call(String jobId, List<ChatMessage> messages, CallOptions options, ResponseFormat format) {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(messages, "messages");
        String model = resolveModel(options);
        checkOpen();
        HttpResult result = send(post(jobUrl(jobId, "llm-call"), WireRequests.llmCall(model, messages, options, format)), JobsApi.LLM_CALL, jobId,
                Retries.Kind.REPEATABLE, retryPolicy(options), callTimeout(options));
        return WireResponses.chat(result.body(), JobsApi.LLM_CALL, jobId, result.status());
    }

    /** The call's model: the options', else the client's default; fails before anything is sent. */
    String resolveModel(CallOptions options) {
        if (options != null && options.model() != null) return options.model();
        if (defaultModel != null) return defaultModel;
        throw new IllegalStateException("No model for this call: set CallOptions.model(...), @LlmJob(model = ...) or "
                + "@Prompt(model = ...), or a default with SaasLlmClient.builder().defaultModel(...) (or " + ENV_MODEL + ").");
    }

    /** The options' retry policy, else the client's. */
    RetryPolicy retryPolicy(CallOptions options) {
        return options != null && options.retryPolicy() != null ? options.retryPolicy() : retryPolicy;
    }

    /** The whole-call timeout of each attempt of an LLM call: the options', else the client's, else none. */
    Duration callTimeout(CallOptions options) {
        return options != null && options.timeout() != null ? options.timeout() : callTimeout;
    }

    /** How often an invalid answer is asked for again: the options' count, else the client's. */
    int maxReasks(CallOptions options) {
        return options != null && options.maxReasks() != null ? options.maxReasks() : maxReasks;
    }

    private record HttpResult(int status, String body) {}

    /**
     * Executes {@code call}, then clones of it as {@code policy} and {@code kind} allow.
     *
     * @param timeout the whole-call timeout of each attempt, or null for the HTTP client's
     */
    private HttpResult execute(Call<ResponseBody> call, String endpoint, String jobId, Retries.Kind kind,
                               RetryPolicy policy, Duration timeout) {
        // A Retrofit call runs once; every attempt after the first runs a fresh clone.
        AtomicReference<Call<ResponseBody>> next = new AtomicReference<>(call);
        return Retries.run(policy, kind, endpoint, jobId, () -> {
            Call<ResponseBody> attempt = next.getAndSet(next.get().clone());
            if (timeout != null) attempt.timeout().timeout(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return executeOnce(attempt, endpoint, jobId);
        });
    }

    private HttpUrl jobUrl(String jobId, String action) {
        // OkHttp resolves these as path segments ("." dropped, ".." pops): refuse them, as Retrofit's @Path does.
        if (jobId.equals(".") || jobId.equals("..")) {
            throw new IllegalArgumentException("Not a job id: '" + jobId + "'");
        }
        return baseUrl.newBuilder().addPathSegments("api/jobs").addPathSegment(jobId).addPathSegment(action).build();
    }

    /**
     * A job API POST built straight for OkHttp, the key already in its header. The synchronous
     * create, llm-call and complete of every job skip Retrofit: its per-call request building cost
     * ~11 KB and ~7 % of the client's CPU per job (benchmarks module, items 1 and 5).
     */
    private Request post(HttpUrl url, RequestBody body) {
        return new Request.Builder().url(url).header("Authorization", authorization).post(body).build();
    }

    /** {@link #execute} for a request built by {@link #post}: each attempt is a new OkHttp call. */
    private HttpResult send(Request request, String endpoint, String jobId, Retries.Kind kind,
                            RetryPolicy policy, Duration timeout) {
        return Retries.run(policy, kind, endpoint, jobId, () -> {
            okhttp3.Call attempt = okHttp.newCall(request);
            if (timeout != null) attempt.timeout().timeout(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return sendOnce(attempt, endpoint, jobId);
        });
    }

    private HttpResult sendOnce(okhttp3.Call call, String endpoint, String jobId) {
        int code;
        String message;
        String retryAfter;
        String body;
        try (okhttp3.Response response = call.execute()) {
            code = response.code();
            message = response.message();
            retryAfter = response.header("Retry-After");
            body = redact(response.body().string());
        } catch (IOException e) {
            throw HttpErrors.forIo(e, endpoint, jobId);
        }
        if (code < 200 || code >= 300) {
            throw HttpErrors.forStatus(code, message, body, retryAfter, endpoint, jobId);
        }
        return new HttpResult(code, body);
    }

    private HttpResult executeOnce(Call<ResponseBody> call, String endpoint, String jobId) {
        Response<ResponseBody> response;
        String body;
        try {
            response = call.execute();
            ResponseBody responseBody = response.isSuccessful() ? response.body() : response.errorBody();
            try (responseBody) {
                body = responseBody == null ? "" : redact(responseBody.string());
            }
        } catch (IOException e) {
            throw HttpErrors.forIo(e, endpoint, jobId);
        }
        if (!response.isSuccessful()) {
            throw HttpErrors.forStatus(response.code(), response.message(), body, response.headers().get("Retry-After"), endpoint, jobId);
        }
        return new HttpResult(response.code(), body);
    }

    // Defence in depth: a server or proxy that echoes the key must not put it into our exceptions.
    String redact(String text) {
        return text == null || virtualKey.length() < 4 ? text : text.replace(virtualKey, "[virtual key]");
    }

    void checkOpen() {
        if (closed) throw new IllegalStateException("This SaasLlmClient is closed");
    }

    /**
     * Releases connections and threads of the HTTP client this client built. An {@link OkHttpClient}
     * passed to the builder stays the caller's: it is left open.
     */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        if (ownsOkHttp) {
            okHttp.dispatcher().executorService().shutdown();
            okHttp.connectionPool().evictAll();
        }
        synchronized (this) {
            if (asyncJobApi != null) asyncJobApi.shutdown();
        }
    }

    @Override
    public String toString() {
        return "SaasLlmClient{baseUrl=" + baseUrl + ", teamId=" + teamId + ", defaultModel=" + defaultModel
                + (closed ? ", closed" : "") + "}";
    }

    /** The team the key belongs to. */
    String teamId() { return teamId; }

    /** The non-blocking job API of {@code Flow.Publisher} methods, made on first use. */
    AsyncJobApi asyncJobApi() {
        synchronized (this) {
            if (asyncJobApi == null) {
                asyncJobApi = new AsyncJobApi(this, "Bearer " + virtualKey, Duration.ofMillis(okHttp.connectTimeoutMillis()),
                        Duration.ofMillis(streamingOkHttp.readTimeoutMillis()));
            }
            return asyncJobApi;
        }
    }

    /** The server's base URL, ending in a slash. */
    HttpUrl baseUrl() { return baseUrl; }

    /** The HTTP client for streams: a read between two chunks waits at most the stream idle timeout. */
    OkHttpClient streamingHttpClient() { return streamingOkHttp; }

    /** The HTTP client in use; for tests. */
    OkHttpClient okHttpClient() { return okHttp; }

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

        private Builder() {}

        /** The server, e.g. {@code http://localhost:8003}; default {@code http://localhost:8003}. */
        public Builder baseUrl(String baseUrl) {
            Objects.requireNonNull(baseUrl, "baseUrl");
            HttpUrl url = HttpUrl.parse(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
            if (url == null) throw new IllegalArgumentException("Not an http(s) URL: " + baseUrl);
            this.baseUrl = url;
            return this;
        }

        /** The team the virtual key belongs to. */
        public Builder teamId(String teamId) {
            this.teamId = Objects.requireNonNull(teamId, "teamId");
            return this;
        }

        /** The team's virtual key ({@code sk-...}), sent as {@code Authorization: Bearer}. */
        public Builder virtualKey(String virtualKey) {
            this.virtualKey = Objects.requireNonNull(virtualKey, "virtualKey");
            return this;
        }

        /**
         * Connect, read and write timeout of each request (default 120 s; for a supplied
         * OkHttpClient, its own unless set here).
         */
        public Builder timeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative()) throw new IllegalArgumentException("timeout must not be negative, was " + timeout);
            this.timeout = timeout;
            return this;
        }

        /** How long connecting may take; overrides {@link #timeout(Duration)} for that phase. */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = nonNegative("connectTimeout", timeout);
            return this;
        }

        /** The longest wait for the next bytes of an answer; overrides {@link #timeout(Duration)} for that phase. */
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
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /**
         * How often a structured answer that cannot be read is asked for again in the same job,
         * telling the model what was wrong (default 0). Methods may set their own with
         * {@code @Reask} or {@link CallOptions.Builder#maxReasks(int)}.
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

        /** The model of calls whose options and annotations name none. */
        public Builder defaultModel(String defaultModel) {
            this.defaultModel = Objects.requireNonNull(defaultModel, "defaultModel");
            return this;
        }

        /** An OkHttpClient to share (its pool and dispatcher); it stays open when the client closes. */
        public Builder okHttpClient(OkHttpClient okHttpClient) {
            this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient");
            return this;
        }

        /** Hears about every job the client's services, flows and scopes open; may be called several times. */
        public Builder listener(JobListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * When one-call jobs take one round trip ({@code create-and-call}) instead of three; default
         * {@link CreateAndCall#TEXT_ONLY}. A server without the endpoint is detected and remembered.
         */
        public Builder createAndCall(CreateAndCall createAndCall) {
            this.createAndCall = Objects.requireNonNull(createAndCall, "createAndCall");
            return this;
        }

        public SaasLlmClient build() {
            if (teamId == null || teamId.isBlank()) throw new IllegalStateException("teamId is required");
            if (virtualKey == null || virtualKey.isBlank()) throw new IllegalStateException("virtualKey is required");
            return new SaasLlmClient(this);
        }
    }
}
