package dev.saasllm.benchmarks;

import dev.saasllm.CreateAndCall;
import dev.saasllm.SaasLlmClient;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/** Both sides of a comparison, built the same way: each with a default OkHttpClient of its own. */
final class Clients implements AutoCloseable {
    final SaasLlmClient client;
    final ProfileExtractor generated;
    final OkHttpClient baselineHttp;
    final Baseline baseline;

    /** Clients with nothing between them and the emulator. */
    Clients(String baseUrl) {
        this(baseUrl, Duration.ZERO);
    }

    /**
     * Clients whose every request waits {@code latency} before it is sent: emulated network and
     * server time per request, which the emulator itself only adds to LLM calls.
     */
    Clients(String baseUrl, Duration latency) {
        this(baseUrl, latency, CreateAndCall.TEXT_ONLY);
    }

    /** As above, with one-call jobs in one round trip ({@code create-and-call}) or three, as {@code oneCall} says. */
    Clients(String baseUrl, Duration latency, CreateAndCall oneCall) {
        SaasLlmClient.Builder builder = clientBuilder(baseUrl, oneCall);
        OkHttpClient.Builder http = baselineHttp();
        if (!latency.isZero()) {
            Interceptor delay = delay(latency);
            // The runtime builds its own OkHttpClient unless it is given one; this one is its alone.
            builder.okHttpClient(new OkHttpClient.Builder().addInterceptor(delay).build());
            http.addInterceptor(delay);
        }
        this.client = builder.build();
        this.generated = client.create(ProfileExtractor.class);
        this.baselineHttp = http.build();
        this.baseline = new Baseline(baselineHttp, baseUrl, Workload.TEAM, Workload.KEY);
    }

    /** The generated side's client, as every comparison builds it. */
    static SaasLlmClient.Builder clientBuilder(String baseUrl, CreateAndCall oneCall) {
        return SaasLlmClient.builder().baseUrl(baseUrl).createAndCall(oneCall)
                .teamId(Workload.TEAM).virtualKey(Workload.KEY).timeout(Duration.ofSeconds(120));
    }

    /** The hand-written side's OkHttpClient, with the same timeouts. */
    static OkHttpClient.Builder baselineHttp() {
        return new OkHttpClient.Builder().readTimeout(120, TimeUnit.SECONDS).writeTimeout(120, TimeUnit.SECONDS);
    }

    static Interceptor delay(Duration latency) {
        return chain -> {
            try {
                Thread.sleep(latency.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted");
            }
            return chain.proceed(chain.request());
        };
    }

    Profile generatedJob() {
        return generated.extract(Workload.TEXT);
    }

    Profile baselineJob() {
        try {
            return baseline.extract(Workload.TEXT);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        client.close();
        baselineHttp.dispatcher().executorService().shutdown();
        baselineHttp.connectionPool().evictAll();
    }
}
