package dev.saasllm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.RequestBody;
import okio.Buffer;

/**
 * The job API over the JDK's non-blocking {@link HttpClient}, for {@code Flow.Publisher} methods
 * only. OkHttp reads a response body with a blocking read on one thread per open stream; the JDK
 * client multiplexes every connection on one selector thread and hands bodies to a small pool, so
 * a thousand open streams need no thousand threads. Requests and answers are the same bytes as
 * OkHttp's ({@link WireRequests}, {@link WireResponses}, {@link HttpErrors}).
 *
 * <p>Differences to the OkHttp path: OkHttp interceptors and proxies of a supplied
 * {@code OkHttpClient} do not apply. Its timeouts are taken over: the connect timeout bounds
 * connecting and the wait for headers, the read timeout each wait for more of a stream (one shared
 * timer thread).
 */
final class AsyncJobApi {
    private static final int POOL_THREADS = 2;
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private final SaasLlmClient client;
    private final HttpClient http;
    private final ExecutorService pool;
    private final String authorization;
    private final Duration timeout;
    private final Duration readTimeout;
    /** One timer thread for every stream's read timeout. */
    private final java.util.concurrent.ScheduledThreadPoolExecutor timer;

    AsyncJobApi(SaasLlmClient client, String authorization, Duration timeout, Duration readTimeout) {
        this.client = client;
        this.authorization = authorization;
        this.timeout = timeout;
        this.readTimeout = readTimeout;
        int id = CLIENTS.incrementAndGet();
        AtomicInteger threads = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(POOL_THREADS, r -> {
            Thread t = new Thread(r, "saasllm-stream-" + id + "-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.timer = new java.util.concurrent.ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "saasllm-stream-" + id + "-timer");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
        HttpClient.Builder builder = HttpClient.newBuilder().executor(pool).version(HttpClient.Version.HTTP_1_1);
        if (timeout != null && !timeout.isZero()) builder.connectTimeout(timeout);
        this.http = builder.build();
    }

    void shutdown() {
        pool.shutdown();
        timer.shutdownNow();
    }

    Duration readTimeout() {
        return readTimeout;
    }

    /** Runs {@code task} on the pool after the read timeout; null when there is no read timeout. */
    java.util.concurrent.ScheduledFuture<?> schedule(Runnable task) {
        if (readTimeout == null || readTimeout.isZero()) return null;
        return timer.schedule(() -> pool.execute(task), readTimeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private HttpRequest.Builder request(String path, RequestBody body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(client.baseUrl().toString() + path))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes(body)));
        if (timeout != null && !timeout.isZero()) builder.timeout(timeout);
        return builder;
    }

    private static byte[] bytes(RequestBody body) {
        Buffer buffer = new Buffer();
        try {
            body.writeTo(buffer);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // an in-memory buffer does not fail
        }
        return buffer.readByteArray();
    }

    CompletableFuture<String> createJob(String jobType, Map<String, ?> metadata) {
        HttpRequest request = request("api/jobs/create", WireRequests.createJob(client.teamId(), jobType, null, metadata)).build();
        return send(request, JobsApi.CREATE, null).thenApply(r -> WireResponses.createdJobId(r.body(), JobsApi.CREATE, r.statusCode()));
    }

    CompletableFuture<JobCompletion> complete(String jobId, JobStatus status, String errorMessage) {
        HttpRequest request = request("api/jobs/" + jobId + "/complete", WireRequests.complete(status, null, errorMessage)).build();
        return send(request, JobsApi.COMPLETE, jobId)
                .thenApply(r -> WireResponses.completion(r.body(), JobsApi.COMPLETE, jobId, r.statusCode()));
    }

    private CompletableFuture<HttpResponse<String>> send(HttpRequest request, String endpoint, String jobId) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .handle((response, error) -> {
                    if (error != null) throw new CompletionException(transportFailure(error, endpoint, jobId));
                    String body = client.redact(response.body());
                    if (response.statusCode() / 100 != 2) {
                        throw new CompletionException(HttpErrors.forStatus(response.statusCode(), null, body,
                                response.headers().firstValue("Retry-After").orElse(null), endpoint, jobId));
                    }
                    return new StringResponse(response, body);
                });
    }

    /** A non-streamed call in the job: the fallback for the server's per-job stream defect. */
    CompletableFuture<ChatResponse> llmCall(String jobId, String model, List<ChatMessage> messages, CallOptions options,
                                            ResponseFormat format) {
        HttpRequest request = request("api/jobs/" + jobId + "/llm-call", WireRequests.llmCall(model, messages, options, format)).build();
        return send(request, JobsApi.LLM_CALL, jobId)
                .thenApply(r -> WireResponses.chat(r.body(), JobsApi.LLM_CALL, jobId, r.statusCode()));
    }

    /** Opens {@code llm-call-stream}: completes with the body's publisher, or fails typed before the stream. */
    CompletableFuture<Flow.Publisher<List<ByteBuffer>>> openStream(String jobId, String model, List<ChatMessage> messages,
                                                                  CallOptions options, ResponseFormat format) {
        HttpRequest request = request("api/jobs/" + jobId + "/llm-call-stream", WireRequests.llmCall(model, messages, options, format))
                .header("Accept", "text/event-stream").build();
        HttpResponse.BodyHandler<Object> handler = info -> info.statusCode() / 100 == 2
                ? BodySubscribers.mapping(BodySubscribers.ofPublisher(), publisher -> (Object) publisher)
                : BodySubscribers.mapping(BodySubscribers.ofString(StandardCharsets.UTF_8), text -> (Object) new ErrorBody(text));
        return http.sendAsync(request, handler).handle((response, error) -> {
            if (error != null) throw new CompletionException(transportFailure(error, StreamOpener.LLM_CALL_STREAM, jobId));
            if (response.body() instanceof ErrorBody errorBody) {
                throw new CompletionException(HttpErrors.forStatus(response.statusCode(), null, client.redact(errorBody.text()),
                        response.headers().firstValue("Retry-After").orElse(null), StreamOpener.LLM_CALL_STREAM, jobId));
            }
            @SuppressWarnings("unchecked")
            Flow.Publisher<List<ByteBuffer>> body = (Flow.Publisher<List<ByteBuffer>>) response.body();
            return body;
        });
    }

    private record ErrorBody(String text) {}

    /** An HttpResponse whose body was redacted. */
    private record StringResponse(HttpResponse<String> original, String body) implements HttpResponse<String> {
        @Override public int statusCode() { return original.statusCode(); }
        @Override public HttpRequest request() { return original.request(); }
        @Override public java.util.Optional<HttpResponse<String>> previousResponse() { return original.previousResponse(); }
        @Override public java.net.http.HttpHeaders headers() { return original.headers(); }
        @Override public java.util.Optional<javax.net.ssl.SSLSession> sslSession() { return original.sslSession(); }
        @Override public URI uri() { return original.uri(); }
        @Override public HttpClient.Version version() { return original.version(); }
    }

    static Throwable unwrap(Throwable error) {
        while (error instanceof CompletionException && error.getCause() != null) error = error.getCause();
        return error;
    }

    private static RuntimeException transportFailure(Throwable error, String endpoint, String jobId) {
        Throwable cause = unwrap(error);
        if (cause instanceof RuntimeException runtime) return runtime;
        IOException io = cause instanceof IOException e ? e : new IOException(cause);
        if (cause instanceof java.net.http.HttpTimeoutException) {
            return new CallTimeoutException("Timed out waiting for " + endpoint + (jobId == null ? "" : " for job " + jobId),
                    endpoint, jobId, io);
        }
        return HttpErrors.forIo(io, endpoint, jobId);
    }
}
