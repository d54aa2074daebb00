package dev.saasllm.internal.http;

import dev.saasllm.ChatChunk;
import dev.saasllm.ChatResponse;
import dev.saasllm.InvalidResponseException;
import dev.saasllm.Job;
import dev.saasllm.JobCompletion;
import dev.saasllm.JobStatus;
import dev.saasllm.NotFoundException;
import dev.saasllm.RetryPolicy;
import dev.saasllm.SaasLlmException;
import dev.saasllm.ServerFallback;
import dev.saasllm.UnexpectedStatusException;
import dev.saasllm.internal.wire.Wire;
import dev.saasllm.team.Health;
import dev.saasllm.team.JobCosts;
import dev.saasllm.team.MetadataUpdate;
import dev.saasllm.team.Team;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import okhttp3.ConnectionSpec;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.Retrofit;

/**
 * The one request pipeline of a client: every request of every shape — job API, streams,
 * asynchronous calls, retries, settlement — is built (the Retrofit interface {@link JobService}),
 * authenticated, sent on the user's {@link OkHttpClient}, error-mapped ({@link HttpErrors}) and
 * redacted here. Blocking; asynchronous work runs the same code on {@link #executor()}.
 */
public final class Pipeline implements AutoCloseable {
    private static final Logger LOG = System.getLogger("dev.saasllm.client");
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
    static final int MAX_CONCURRENT_REQUESTS = 64;
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    /**
     * What the pipeline is built from.
     *
     * @param baseUrl the server's root URL, ending in {@code /}
     * @param virtualKey the team's virtual key, sent as {@code Authorization: Bearer}; never logged
     * @param okHttpClient the user's client to share, or null for one of our own
     * @param timeout connect, read and write timeout, or null (default 120 s for our own client)
     * @param connectTimeout the connect timeout in place of {@code timeout}'s, or null
     * @param readTimeout the read timeout in place of {@code timeout}'s, or null
     * @param streamIdleTimeout the longest silence of a streamed answer, or null for the read timeout
     * @param settleDeadline how long completing a job may keep trying, whatever the retry policy
     */
    public record Settings(HttpUrl baseUrl, String virtualKey, OkHttpClient okHttpClient, Duration timeout,
                           Duration connectTimeout, Duration readTimeout, Duration streamIdleTimeout,
                           Duration settleDeadline) {}

    /** The chunks of one streamed answer, read on the caller's thread; {@link #close()} is safe from any. */
    public interface Chunks extends AutoCloseable {
        /**
         * The job of the stream.
         *
         * @return the job's id
         */
        String jobId();

        /**
         * The next chunk, blocking until its event arrives; null once the stream has ended normally
         * ({@code [DONE]}, Anthropic's {@code message_stop}, or the end of an Anthropic or Gemini
         * stream after its finish reason).
         *
         * @return the next chunk, or null at the end
         * @throws dev.saasllm.StreamFailedException for an error event
         * @throws dev.saasllm.StreamInterruptedException for a stream cut off or closed before its end
         */
        ChatChunk next();

        /**
         * Whether the stream has ended normally.
         *
         * @return true once the stream has ended normally
         */
        boolean isDone();

        /**
         * Whether the HTTP call was cancelled.
         *
         * @return true when the call was cancelled
         */
        boolean cancelled();

        /** Cancels the HTTP call if the stream has not ended. */
        @Override
        void close();
    }

    /**
     * Where the request in flight of one job is kept, so that another thread (a cancel, a closing
     * client) can cancel it. A handle cancelled before a request starts refuses it.
     */
    public static final class Handle {
        private final java.util.function.Consumer<SaasLlmException> onRetry;
        private Call<?> current;
        private boolean cancelled;

        /** A handle that reports no retries. */
        public Handle() {
            this(null);
        }

        /**
         * A handle that reports retries.
         *
         * @param onRetry told of each failed attempt the retry policy repeats, before the wait; may be null
         */
        public Handle(java.util.function.Consumer<SaasLlmException> onRetry) {
            this.onRetry = onRetry;
        }

        void retrying(SaasLlmException failure) {
            if (onRetry != null) onRetry.accept(failure);
        }

        synchronized void attach(Call<?> call) throws IOException {
            if (cancelled) throw new IOException("Canceled");
            current = call;
        }

        synchronized void detach(Call<?> call) {
            if (current == call) current = null;
        }

        /** Cancels the request in flight, and any later one. */
        public void cancel() {
            Call<?> call;
            synchronized (this) {
                cancelled = true;
                call = current;
            }
            if (call != null) call.cancel();
        }
    }

    private final String virtualKey;
    /** The {@code Authorization} header of every request; the user's interceptors see it. */
    private final String authorization;
    private final OkHttpClient http;
    private final boolean ownsHttp;
    private final OkHttpClient streamingHttp;
    private final JobService api;
    private final JobService streams;
    private final Duration settleDeadline;
    private final ExecutorService executor;
    /** What this client learned its server lacks. */
    private final ServerTraits traits = new ServerTraits();

    /**
     * A pipeline over its own or the user's OkHttp client, as {@code settings} say.
     *
     * @param settings the server, key, client and timeouts
     */
    public Pipeline(Settings settings) {
        this.virtualKey = settings.virtualKey();
        this.settleDeadline = settings.settleDeadline();
        this.ownsHttp = settings.okHttpClient() == null;
        OkHttpClient.Builder builder = ownsHttp ? new OkHttpClient.Builder() : settings.okHttpClient().newBuilder();
        Duration timeout = settings.timeout() != null ? settings.timeout() : (ownsHttp ? DEFAULT_TIMEOUT : null);
        if (timeout != null) {
            builder.connectTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .writeTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        if (settings.connectTimeout() != null) builder.connectTimeout(settings.connectTimeout());
        if (settings.readTimeout() != null) builder.readTimeout(settings.readTimeout());
        PlainHttpWarning.check(settings.baseUrl());
        if (ownsHttp) {
            // OkHttp's default of 5 concurrent requests per host would queue calls to one server.
            Dispatcher dispatcher = new Dispatcher();
            dispatcher.setMaxRequests(MAX_CONCURRENT_REQUESTS);
            dispatcher.setMaxRequestsPerHost(MAX_CONCURRENT_REQUESTS);
            builder.dispatcher(dispatcher);
            // A client of an http:// server never needs TLS: without it OkHttp does not load the
            // JDK's trust store and TLS classes, a third of a cold start. A redirect to https is
            // then not followed and fails as a 3xx that names the address to use.
            if (!settings.baseUrl().isHttps()) {
                builder.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT)).followSslRedirects(false);
            }
        }
        this.authorization = "Bearer " + virtualKey;
        // newBuilder() shares the user's pool and dispatcher, which stay theirs to shut down.
        this.http = builder.build();
        OkHttpClient streaming = settings.streamIdleTimeout() == null ? http
                : http.newBuilder().readTimeout(settings.streamIdleTimeout()).build();
        this.streamingHttp = streaming;
        Retrofit.Builder retrofit = new Retrofit.Builder().baseUrl(settings.baseUrl()).addConverterFactory(Wire.converters());
        this.api = retrofit.client(http).build().create(JobService.class);
        this.streams = streaming == http ? api : retrofit.client(streaming).build().create(JobService.class);
        this.executor = newExecutor();
    }

    /**
     * Where asynchronous calls and publisher streams run their blocking reads: a virtual thread
     * each on JDK 21+, a (cached) platform thread each on JDK 17.
     *
     * @return the executor; the pipeline shuts it down when closed
     */
    public ExecutorService executor() {
        return executor;
    }

    /**
     * The HTTP client every request goes through (the user's, with our auth interceptor).
     *
     * @return the HTTP client
     */
    public OkHttpClient httpClient() {
        return http;
    }

    /**
     * The HTTP client of streams: its read timeout is the stream idle timeout.
     *
     * @return the streaming HTTP client
     */
    public OkHttpClient streamingHttpClient() {
        return streamingHttp;
    }

    /**
     * Opens a job; repeated only when the server provably did nothing (never a second job).
     *
     * @param body the job to create
     * @param policy the caller's retry policy, applied only where safe
     * @return the new job's id
     */
    public String createJob(Wire.CreateJob body, RetryPolicy policy) {
        Call<Wire.CreatedJob> call = api.createJob(authorization, body);
        return Retries.run(policy, Retries.Kind.ONCE_ONLY, JobService.CREATE, null,
                fresh(call, c -> exchange(c, JobService.CREATE, null, null, null))).jobId();
    }

    /**
     * One LLM call in a job, retried under {@code policy}; {@code timeout} bounds each attempt.
     *
     * @param jobId the job the call is billed to
     * @param body the call
     * @param policy the retry policy
     * @param timeout the longest attempt, or null for none
     * @param handle where the request in flight is kept for cancelling, or null
     * @return the answer
     */
    public ChatResponse call(String jobId, Wire.Call body, RetryPolicy policy, Duration timeout, Handle handle) {
        Call<ChatResponse> call = api.llmCall(authorization, jobId, body);
        return redactContent(Retries.run(policy, Retries.Kind.REPEATABLE, JobService.LLM_CALL, jobId, handle,
                fresh(call, c -> exchange(c, JobService.LLM_CALL, jobId, timeout, handle))));
    }

    /**
     * A job in one round trip; null when the server has no {@code create-and-call} (404 or 405; then
     * this pipeline remembers it, see {@link #hasCreateAndCall()}).
     *
     * @param body the job and its call
     * @param policy the retry policy
     * @param timeout the longest attempt, or null for none
     * @return the job and its answer, or null without the endpoint
     */
    public Wire.OneCall createAndCall(Wire.CreateAndCall body, RetryPolicy policy, Duration timeout) {
        Call<Wire.OneCall> call = api.createAndCall(authorization, body);
        try {
            // It opens and completes a job: repeated only when the server provably did nothing.
            Wire.OneCall answer = Retries.run(policy, Retries.Kind.ONCE_ONLY, JobService.CREATE_AND_CALL, null,
                    fresh(call, c -> exchange(c, JobService.CREATE_AND_CALL, null, timeout, null)));
            return new Wire.OneCall(redactContent(answer.response()), answer.completion());
        } catch (NotFoundException | UnexpectedStatusException e) {
            if (!isMissingRoute(e)) throw e;
            traits.learned(ServerFallback.THREE_STEP_JOBS, "The server has no " + JobService.CREATE_AND_CALL + " (HTTP "
                    + e.statusCode() + "; a release older than 2025-10-21); this client opens one-call jobs in three steps from now on.");
            return null;
        }
    }

    /**
     * Whether the server may have {@code create-and-call} (it did not answer that it has none).
     *
     * @return false once the server answered that it has no {@code create-and-call}
     */
    public boolean hasCreateAndCall() {
        return !traits.uses(ServerFallback.THREE_STEP_JOBS);
    }

    /**
     * What this client learned its server lacks.
     *
     * @return the traits, shared by the client's calls
     */
    public ServerTraits traits() {
        return traits;
    }

    /**
     * Whether the server has no {@code create-and-call}. Releases before it (v1.0.0, v0.2.0) match the
     * path to their GET-only {@code /api/jobs/{job_id}} and answer 405 {@code {"detail":"Method Not
     * Allowed"}}; a proxy may make that FastAPI's 404 {@code {"detail":"Not Found"}}. A 404 about a
     * team says which.
     */
    /**
     * Whether an error says the server has no such route (an older release): FastAPI's bare 404
     * {@code Not Found}, or 405 where the path matches a route of another method; not a missing job.
     *
     * @param e a failed request's error
     * @return true for a missing route
     */
    public static boolean isMissingRoute(SaasLlmException e) {
        if (e.statusCode() == 405) return true;
        if (!(e instanceof NotFoundException)) return false;
        String detail = e.detail();
        return detail == null || detail.isBlank() || detail.strip().equalsIgnoreCase("Not Found");
    }

    /**
     * The job as the server sees it now.
     *
     * @param jobId the job's id
     * @param policy the retry policy
     * @return the job
     */
    public Job getJob(String jobId, RetryPolicy policy) {
        return read(JobService.GET_JOB, jobId, policy, (service, auth) -> service.getJob(auth, jobId));
    }

    /**
     * Opens {@code llm-call-stream}: HTTP errors before the stream are thrown typed and retried
     * under {@code policy} (nothing has reached the caller yet). Read timeouts are the stream idle
     * timeout.
     *
     * @param jobId the job the call is billed to
     * @param body the call, with {@code stream: true}
     * @param policy the retry policy for opening the stream
     * @param handle where the stream's call is kept for cancelling, or null
     * @return the open stream; close it when done
     */
    public Chunks openStream(String jobId, Wire.Call body, RetryPolicy policy, Handle handle) {
        Call<ResponseBody> call = streams.llmCallStream(authorization, jobId, body);
        return Retries.run(policy, Retries.Kind.REPEATABLE, JobService.LLM_CALL_STREAM, jobId, handle, fresh(call, c -> {
            ResponseBody stream = exchange(c, JobService.LLM_CALL_STREAM, jobId, null, handle);
            return new SseChunks(c, stream, JobService.LLM_CALL_STREAM, jobId, this::redact);
        }));
    }

    /**
     * Completes a job under the settle rules, whatever the caller's retry policy: a job left open is
     * a leak, and a repeated complete toggles the credit charge. So, until {@code settleDeadline}:
     * a 429 is retried after its {@code Retry-After}, a refused connection after a backoff, and any
     * failure after which the complete may have been applied (5xx, a reset, a timeout) is followed
     * by a read of the job — settled: done; still open: complete again. A 4xx other than 429 is
     * thrown at once. Pending interrupts do not stop it; they are kept for the caller.
     *
     * @param jobId the job to settle
     * @param status {@code COMPLETED} or {@code FAILED}
     * @param metadata merged into the job's metadata, or null
     * @param errorMessage why it failed, or null
     * @return the server's answer
     */
    public JobCompletion settle(String jobId, JobStatus status, java.util.Map<String, ?> metadata, String errorMessage) {
        Wire.Complete body = new Wire.Complete(status, metadata, errorMessage);
        long deadline = System.nanoTime() + settleDeadline.toNanos();
        boolean interrupted = Thread.interrupted();
        Call<JobCompletion> call = api.complete(authorization, jobId, body);
        SaasLlmException previous = null;
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    JobCompletion completion = exchange(attempt == 1 ? call : call.clone(), JobService.COMPLETE, jobId, null, null);
                    return completion.jobId() != null ? completion
                            : new JobCompletion(jobId, completion.status(), completion.completedAt(), completion.costs(), completion.calls());
                } catch (SaasLlmException failure) {
                    if (previous != null) failure.addSuppressed(previous);
                    previous = failure;
                    int code = failure.statusCode();
                    // A 2xx we cannot read was applied; a 4xx other than 429 will not change.
                    if (failure instanceof InvalidResponseException || (code >= 400 && code < 500 && code != 429)) throw failure;
                    if (!Retries.provablyUnprocessed(failure)) {
                        JobCompletion settled = settledAlready(jobId, failure);
                        if (settled != null) return settled;
                    }
                    Duration delay = settleDelay(attempt, failure);
                    if (System.nanoTime() + delay.toNanos() > deadline) {
                        LOG.log(Level.WARNING, "Could not complete job " + jobId + " as " + status.wireName() + " within "
                                + settleDeadline.toSeconds() + " s (" + Retries.reason(failure) + "); it stays open on the server");
                        throw failure;
                    }
                    LOG.log(Level.DEBUG, () -> "Completing job " + jobId + " again after " + Retries.reason(failure)
                            + " in " + delay.toMillis() + " ms");
                    Retries.sleepUninterruptibly(delay);
                    if (Thread.interrupted()) interrupted = true;
                }
            }
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    // The job as the server has it after a complete that may have been applied; null while it is open.
    private JobCompletion settledAlready(String jobId, SaasLlmException failure) {
        try {
            Job job = exchange(api.getJob(authorization, jobId), JobService.GET_JOB, jobId, null, null);
            if (job.status() != JobStatus.PENDING && job.status() != JobStatus.IN_PROGRESS) {
                return new JobCompletion(jobId, job.status(), job.completedAt(), null, List.of());
            }
        } catch (SaasLlmException lookup) {
            failure.addSuppressed(lookup);
        }
        return null;
    }

    /** The backoff of settling: 100 ms doubling to 2 s; any longer Retry-After is honoured (the deadline decides). */
    private static final RetryPolicy SETTLE_BACKOFF = RetryPolicy.builder().initialDelay(Duration.ofMillis(100))
            .multiplier(2).maxDelay(Duration.ofSeconds(2)).jitter(0.2).build();

    private static Duration settleDelay(int attempt, SaasLlmException failure) {
        return Retries.atLeast(Retries.backoff(SETTLE_BACKOFF, attempt), Retries.retryAfter(failure));
    }

    // ---------------------------------------------------------------- the rest of the API

    /**
     * The team's API; {@code checkOpen} refuses requests once the client is closed.
     *
     * @param teamId the team's id
     * @param policy the retry policy of its requests
     * @param checkOpen throws once the client is closed
     * @return the team's API
     */
    public Team team(String teamId, RetryPolicy policy, Runnable checkOpen) {
        return new TeamCalls(this, teamId, policy, checkOpen);
    }

    /**
     * The job's costs, call by call.
     *
     * @param jobId the job's id
     * @param policy the retry policy
     * @return the job's costs
     */
    public JobCosts jobCosts(String jobId, RetryPolicy policy) {
        return read(JobService.JOB_COSTS, jobId, policy, (service, auth) -> service.jobCosts(auth, jobId));
    }

    /**
     * Merges {@code metadata} into the job's; repeating the same merge changes nothing, so it is retried as a read.
     *
     * @param jobId the job's id
     * @param metadata the keys to merge
     * @param policy the retry policy
     * @return the metadata after the merge
     */
    public MetadataUpdate updateMetadata(String jobId, Map<String, ?> metadata, RetryPolicy policy) {
        Wire.MetadataPatch body = new Wire.MetadataPatch(metadata);
        return read(JobService.UPDATE_METADATA, jobId, policy, (service, auth) -> service.updateMetadata(auth, jobId, body));
    }

    /**
     * {@code GET /health}, without the key.
     *
     * @param policy the retry policy
     * @return the server's health
     */
    public Health health(RetryPolicy policy) {
        return read(JobService.HEALTH, null, policy, (service, auth) -> service.health());
    }

    /** A request that may be sent again after any failure the policy retries: a read, or an idempotent write. */
    <T> T read(String endpoint, String jobId, RetryPolicy policy, BiFunction<JobService, String, Call<T>> request) {
        Call<T> call = request.apply(api, authorization);
        return Retries.run(policy, Retries.Kind.REPEATABLE, endpoint, jobId, fresh(call, c -> exchange(c, endpoint, jobId, null, null)));
    }

    /** Each attempt after the first runs a fresh clone of {@code first}: a Retrofit call runs once. */
    private static <T, R> Supplier<R> fresh(Call<T> first, java.util.function.Function<Call<T>, R> send) {
        return new Supplier<>() {
            private boolean sent;

            @Override
            public R get() {
                // Cloned only for a second attempt: most requests are sent once.
                Call<T> attempt = sent ? first.clone() : first;
                sent = true;
                return send.apply(attempt);
            }
        };
    }

    /**
     * Sends one attempt: the one place where an answer becomes a value or a typed exception, with
     * the virtual key redacted from anything the server sent back.
     */
    private <T> T exchange(Call<T> call, String endpoint, String jobId, Duration timeout, Handle handle) {
        if (timeout != null) call.timeout().timeout(timeout.toNanos(), TimeUnit.NANOSECONDS);
        Response<T> response;
        try {
            if (handle != null) handle.attach(call);
            try {
                response = call.execute();
            } finally {
                if (handle != null) handle.detach(call);
            }
        } catch (IOException e) {
            throw HttpErrors.forIo(e, endpoint, jobId);
        } catch (Wire.Unreadable e) {
            throw new InvalidResponseException("Unexpected response body from " + endpoint
                    + (jobId == null ? "" : " for job " + jobId) + ": " + redact(e.getMessage()), endpoint, jobId, 200,
                    redact(e.rawBody()), e.getCause());
        } catch (Exception e) {
            // Only unchecked exceptions are rethrown here; the checked one left is OkHttp 5's
            // undeclared InterruptedException.
            if (!(e instanceof InterruptedException)) throw e;
            throw HttpErrors.forInterrupt(e, endpoint, jobId);
        }
        if (!response.isSuccessful()) {
            String body;
            try (ResponseBody error = response.errorBody()) {
                body = error == null ? "" : redact(error.string());
            } catch (IOException e) {
                throw HttpErrors.forIo(e, endpoint, jobId);
            }
            throw HttpErrors.forStatus(response.code(), response.message(), body, response.headers(), endpoint, jobId);
        }
        T value = response.body();
        if (value == null) {
            throw new InvalidResponseException("Empty response body from " + endpoint + (jobId == null ? "" : " for job " + jobId)
                    + " (HTTP " + response.code() + ")", endpoint, jobId, response.code(), "", null);
        }
        return value;
    }

    // An answer echoing the key would carry it into InvalidOutputException's raw content.
    private ChatResponse redactContent(ChatResponse r) {
        String content = r.content();
        if (content == null || content.indexOf(virtualKey) < 0) return r;
        return new ChatResponse(redact(content), r.finishReason(), r.callId(), r.model(), r.promptTokens(),
                r.completionTokens(), r.totalTokens(), r.latencyMs());
    }

    /**
     * Defence in depth: a server or proxy that echoes the key must not put it into our exceptions.
     *
     * @param text text from the server, or null
     * @return {@code text} with the key replaced by {@code [virtual key]}
     */
    public String redact(String text) {
        return text == null || virtualKey.length() < 4 ? text : text.replace(virtualKey, "[virtual key]");
    }

    /**
     * Releases the executor's threads and, of an HTTP client this pipeline built, its connections
     * and threads. A user's OkHttpClient stays theirs: it is left open.
     */
    @Override
    public void close() {
        executor.shutdown();
        if (ownsHttp) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    private static ExecutorService newExecutor() {
        try {
            // JDK 21+: a virtual thread per task; looked up once, as the runtime compiles for 17.
            return (ExecutorService) MethodHandles.publicLookup()
                    .findStatic(Executors.class, "newVirtualThreadPerTaskExecutor", MethodType.methodType(ExecutorService.class))
                    .invoke();
        } catch (NoSuchMethodException | IllegalAccessException jdk17) {
            int id = CLIENTS.incrementAndGet();
            AtomicInteger threads = new AtomicInteger();
            return Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "saasllm-" + id + "-worker-" + threads.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        } catch (Throwable e) {
            throw new IllegalStateException("Could not create the virtual thread executor", e);
        }
    }
}
