package dev.saasllm.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Item 2: {@code c} threads share one client and run jobs until the level's total is done; jobs per
 * second over the wall time, p50/p99 of each job's latency.
 */
final class ConcurrentJobs {
    private ConcurrentJobs() {}

    static void run(Mode mode, EmulatorHost emulator, Report report) {
        String item = "2. concurrency, sync (child-JVM emulator)";
        try (Clients clients = new Clients(emulator.baseUrl())) {
            for (int c : Mode.CONCURRENCY) {
                int jobs = Math.max(mode.jobsPerConcurrencyLevel(), c);
                measure(item, "generated", c, jobs, clients::generatedJob, report);
                emulator.reset();
                measure(item, "baseline", c, jobs, clients::baselineJob, report);
                emulator.reset();
            }
        }
        report.note(item, "async: the runtime has no CompletableFuture methods yet; not measured");
    }

    private static void measure(String item, String side, int concurrency, int jobs, Supplier<Profile> job, Report report) {
        // A short warm-up at this level opens the connections the level needs.
        runLevel(concurrency, Math.min(jobs, concurrency), job);
        long[] latencies = new long[jobs];
        long start = System.nanoTime();
        runLevel(concurrency, jobs, job, latencies);
        double seconds = (System.nanoTime() - start) / 1e9;
        Stats stats = new Stats(latencies);
        String prefix = side + " c=" + concurrency + ": ";
        report.add(item, prefix + "throughput", jobs / seconds, "jobs/s");
        report.add(item, prefix + "p50", stats.percentileMillis(50), "ms");
        report.add(item, prefix + "p99", stats.percentileMillis(99), "ms");
    }

    private static void runLevel(int concurrency, int jobs, Supplier<Profile> job) {
        runLevel(concurrency, jobs, job, new long[jobs]);
    }

    private static void runLevel(int concurrency, int jobs, Supplier<Profile> job, long[] latencies) {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(concurrency);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            threads.add(new Thread(() -> {
                try {
                    for (int i; (i = next.getAndIncrement()) < jobs && failure.get() == null; ) {
                        long start = System.nanoTime();
                        Workload.check(job.get());
                        latencies[i] = System.nanoTime() - start;
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            }, "bench-client-" + t));
        }
        threads.forEach(Thread::start);
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (failure.get() != null) throw new IllegalStateException("A job failed at concurrency " + concurrency, failure.get());
    }
}
