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

    @Test
    void threeThousandJobsAtConcurrency256WithoutErrors() throws InterruptedException {
        try (SaasLlmEmulator emulator = SaasLlmEmulator.builder().credits(JOBS + 10).start()) {
            Dispatcher dispatcher = new Dispatcher();
            dispatcher.setMaxRequests(CONCURRENCY);
            dispatcher.setMaxRequestsPerHost(CONCURRENCY);
            OkHttpClient client = RawHttp.SHARED.newBuilder()
                    .dispatcher(dispatcher)
                    .connectionPool(new ConnectionPool(CONCURRENCY, 1, TimeUnit.MINUTES))
                    .readTimeout(Duration.ofSeconds(30))
                    .build();
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
}
