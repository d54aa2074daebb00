package dev.saasllm.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.emulator.RawHttp.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** Thousands of jobs at concurrency 256: the emulator must answer every one correctly. */
class LoadTest {
    private static final int JOBS = 3_000;
    private static final int CONCURRENCY = 256;

    private static OkHttpClient pooledClient() {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(CONCURRENCY);
        dispatcher.setMaxRequestsPerHost(CONCURRENCY);
        return RawHttp.SHARED.newBuilder()
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(CONCURRENCY, 1, TimeUnit.MINUTES))
                .readTimeout(Duration.ofSeconds(30))
                .build();
    }

    @Test
    void threeThousandJobsAtConcurrency256WithoutErrors() throws InterruptedException {
        try (SaasLlmEmulator emulator = SaasLlmEmulator.builder().credits(JOBS + 10).start()) {
            OkHttpClient client = pooledClient();
            RawHttp http = new RawHttp(emulator, client);
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            AtomicInteger next = new AtomicInteger();
            ExecutorService workers = Executors.newFixedThreadPool(CONCURRENCY);
            List<Runnable> tasks = new ArrayList<>();
            for (int w = 0; w < CONCURRENCY; w++) {
                tasks.add(() -> {
                    while (next.getAndIncrement() < JOBS) {
                        try {
                            String id = http.createJob();
                            Reply call = http.call(id, "load " + id);
                            if (call.status() != 200) failures.add("call " + call.status() + " " + call.body());
                            Reply done = http.complete(id, "completed");
                            if (done.status() != 200) failures.add("complete " + done.status() + " " + done.body());
                        } catch (RuntimeException | AssertionError e) {
                            failures.add(e.toString());
                        }
                    }
                });
            }
            tasks.forEach(workers::execute);
            workers.shutdown();
            assertTrue(workers.awaitTermination(120, TimeUnit.SECONDS), "the load did not finish");
            assertEquals(List.of(), List.copyOf(failures).subList(0, Math.min(5, failures.size())));
            assertEquals(JOBS, emulator.jobCount(JobStatus.COMPLETED));
            assertEquals(0, emulator.openJobs());
            assertEquals(10, emulator.creditsRemaining());
            assertEquals(JOBS * 3, emulator.requests().size());
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }

    /**
     * Each open stream holds a server thread: 256 streams must be served at once. The model waits
     * until all 256 calls have arrived, so a smaller server pool would stall this test.
     */
    @Test
    void twoHundredFiftySixStreamsAtOnce() throws InterruptedException {
        try (SaasLlmEmulator emulator = SaasLlmEmulator.builder().release(ServerRelease.FIXED)
                .chunkLatency(Duration.ofMillis(5)).start()) {
            java.util.concurrent.CountDownLatch allStreaming = new java.util.concurrent.CountDownLatch(CONCURRENCY);
            emulator.answerWith(request -> {
                allStreaming.countDown();
                try {
                    if (!allStreaming.await(60, TimeUnit.SECONDS)) throw new IllegalStateException("not concurrent");
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return null;
            });
            OkHttpClient client = pooledClient();
            RawHttp http = new RawHttp(emulator, client);
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            java.util.concurrent.CountDownLatch allOpen = new java.util.concurrent.CountDownLatch(CONCURRENCY);
            ExecutorService workers = Executors.newFixedThreadPool(CONCURRENCY);
            for (int w = 0; w < CONCURRENCY; w++) {
                workers.execute(() -> {
                    try {
                        String id = http.createJob();
                        allOpen.countDown();
                        allOpen.await();
                        Reply reply = http.post("/api/jobs/" + id + "/llm-call-stream",
                                RawHttp.chat("m", "stream " + id.substring(0, 8)));
                        if (!reply.body().endsWith("data: [DONE]\n\n")) failures.add(reply.body());
                        if (http.complete(id, "completed").status() != 200) failures.add("complete " + id);
                    } catch (RuntimeException | InterruptedException e) {
                        failures.add(e.toString());
                    }
                });
            }
            workers.shutdown();
            assertTrue(workers.awaitTermination(120, TimeUnit.SECONDS), "the streams did not finish");
            assertEquals(List.of(), List.copyOf(failures).subList(0, Math.min(5, failures.size())));
            assertEquals(CONCURRENCY, emulator.jobCount(JobStatus.COMPLETED));
            assertEquals(0, emulator.openJobs());
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }
}
