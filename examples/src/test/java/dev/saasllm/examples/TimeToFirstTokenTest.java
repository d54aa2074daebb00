package dev.saasllm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.saasllm.ChatMessage;
import dev.saasllm.ChatStream;
import dev.saasllm.SaasLlmClient;
import dev.saasllm.emulator.SaasLlmEmulator;
import dev.saasllm.emulator.ServerRelease;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;
import org.junit.jupiter.api.Test;

/**
 * Time to the first token of the same emulator stream, read by a bare okhttp-sse EventSource and by
 * {@link SaasLlmClient#chatStream}, interleaved in one run. Prints the medians; asserts no timing.
 */
class TimeToFirstTokenTest {
    private static final int ROUNDS = 60;
    private static final String BODY = "{\"model\":\"ChatAgent\",\"messages\":[{\"role\":\"user\",\"content\":\"Hello\"}]}";

    @Test
    void clientAddsLittleToTheFirstToken() throws Exception {
        try (SaasLlmEmulator emulator = SaasLlmEmulator.builder().credits(10).release(ServerRelease.FIXED).start();
             SaasLlmClient client = SaasLlmClient.builder().baseUrl(emulator.baseUrl()).teamId(emulator.teamId())
                     .virtualKey(emulator.virtualKey()).defaultModel("ChatAgent").timeout(Duration.ofSeconds(20)).build()) {
            emulator.settings().chunkLatency(Duration.ofMillis(1));
            OkHttpClient raw = new OkHttpClient.Builder().readTimeout(20, TimeUnit.SECONDS).build();
            String jobId = client.createJob("ttft");
            long[] rawNanos = new long[ROUNDS];
            long[] clientNanos = new long[ROUNDS];
            for (int i = 0; i < ROUNDS + 10; i++) { // the first 10 rounds warm up
                long r = rawFirstToken(raw, emulator, jobId);
                long c = clientFirstToken(client, jobId);
                if (i >= 10) {
                    rawNanos[i - 10] = r;
                    clientNanos[i - 10] = c;
                }
            }
            client.completeJob(jobId, dev.saasllm.JobStatus.COMPLETED);
            raw.dispatcher().executorService().shutdown();
            raw.connectionPool().evictAll();
            System.out.printf("[ttft] median over %d streams: okhttp-sse %.2f ms, SaasLlmClient.chatStream %.2f ms%n",
                    ROUNDS, median(rawNanos) / 1e6, median(clientNanos) / 1e6);
            assertEquals(0, emulator.openJobs());
        }
    }

    private static long rawFirstToken(OkHttpClient raw, SaasLlmEmulator emulator, String jobId) throws Exception {
        CompletableFuture<Long> first = new CompletableFuture<>();
        long start = System.nanoTime();
        Request request = new Request.Builder().url(emulator.baseUrl() + "/api/jobs/" + jobId + "/llm-call-stream")
                .header("Authorization", "Bearer " + emulator.virtualKey())
                .post(RequestBody.create(BODY, MediaType.get("application/json"))).build();
        EventSource source = EventSources.createFactory(raw).newEventSource(request, new EventSourceListener() {
            @Override
            public void onEvent(EventSource eventSource, String id, String type, String data) {
                if (data.contains("\"content\"")) first.complete(System.nanoTime() - start);
            }

            @Override
            public void onFailure(EventSource eventSource, Throwable t, Response response) {
                first.completeExceptionally(t == null ? new IllegalStateException("HTTP " + response) : t);
            }
        });
        long nanos = first.get(20, TimeUnit.SECONDS);
        source.cancel();
        return nanos;
    }

    private static long clientFirstToken(SaasLlmClient client, String jobId) {
        long start = System.nanoTime();
        try (ChatStream stream = client.chatStream(jobId, List.of(ChatMessage.user("Hello")))) {
            String token = stream.tokens().findFirst().orElse(null);
            long nanos = System.nanoTime() - start;
            assertNotNull(token);
            return nanos;
        }
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
