package dev.saasllm.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.saasllm.RetryPolicy;
import dev.saasllm.SaasLlmClient;
import dev.saasllm.emulator.JobStatus;
import dev.saasllm.emulator.SaasLlmEmulator;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * Many jobs through a generated service at concurrency 256: no errors, no leaked job; prints the
 * time and the peak heap (of the JVM, the in-process emulator included). 10,000 jobs take about
 * 17 s on 2 cores; {@code -Dsaasllm.load.jobs=N} changes the count. No timing is asserted.
 */
class ClientLoadTest {
    private static final int CONCURRENCY = 256;

    @Test
    void manyJobsAtConcurrency256WithoutErrorsOrLeaks() throws InterruptedException {
        int jobs = Integer.getInteger("saasllm.load.jobs", 10_000);
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        OkHttpClient http = new OkHttpClient.Builder().connectionPool(new ConnectionPool(CONCURRENCY, 1, TimeUnit.MINUTES)).build();
        try (SaasLlmEmulator emulator = SaasLlmEmulator.builder().credits(jobs + 10).start();
             SaasLlmClient client = SaasLlmClient.builder().baseUrl(emulator.baseUrl()).teamId(emulator.teamId())
                     .virtualKey(emulator.virtualKey()).okHttpClient(http).timeout(Duration.ofSeconds(30))
                     .retryPolicy(RetryPolicy.defaults()).build()) {
            FaultDesk desk = client.create(FaultDesk.class);
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            AtomicInteger next = new AtomicInteger();
            ExecutorService workers = Executors.newFixedThreadPool(CONCURRENCY);
            long start = System.nanoTime();
            for (int w = 0; w < CONCURRENCY; w++) {
                workers.execute(() -> {
                    for (int i; (i = next.getAndIncrement()) < jobs; ) {
                        try {
                            desk.read("title: load " + i + "\npriority: " + (i % 5) + "\nbody: b");
                        } catch (RuntimeException e) {
                            failures.add(e.toString());
                        }
                    }
                });
            }
            workers.shutdown();
            workers.awaitTermination(10, TimeUnit.MINUTES);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf("%nLoad: %d jobs at concurrency %d in %d ms (%d jobs/s); peak heap %d MB; failures %d; open jobs %d%n",
                    jobs, CONCURRENCY, millis, jobs * 1000L / Math.max(1, millis), peak >> 20, failures.size(), emulator.openJobs());
            assertEquals(List.of(), failures.stream().limit(5).toList());
            assertEquals(0, emulator.openJobs());
            assertEquals(jobs, emulator.jobCount(JobStatus.COMPLETED));
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }
}
