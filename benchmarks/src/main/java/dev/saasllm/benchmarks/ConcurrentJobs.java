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
                // Four segments per level in the order generated, baseline, baseline, generated,
                // so that a burst of load from elsewhere on the machine hits both sides alike.
                int segment = Math.max(mode.jobsPerConcurrencyLevel() / 4, c);
                Level generated = new Level(), baseline = new Level();
                generated.add(measure(c, segment, clients::generatedJob));
                baseline.add(measure(c, segment, clients::baselineJob));
                emulator.reset();
                baseline.add(measure(c, segment, clients::baselineJob));
                generated.add(measure(c, segment, clients::generatedJob));
                emulator.reset();
                generated.report(item, "generated c=" + c + ": ", report);
                baseline.report(item, "baseline c=" + c + ": ", report);
            }
        }
        String async = "2b. concurrency, async (child-JVM emulator)";
        try (Clients clients = new Clients(emulator.baseUrl())) {
            for (int c : Mode.CONCURRENCY) {
                int jobs = Math.max(mode.jobsPerConcurrencyLevel() / 2, c);
                runAsync(clients, c, c);  // warm-up
                long[] latencies = new long[jobs];
                long start = System.nanoTime();
                runAsync(clients, c, jobs, latencies);
                double seconds = (System.nanoTime() - start) / 1e9;
                Stats stats = new Stats(latencies);
                report.add(async, "generated c=" + c + ": throughput", jobs / seconds, "jobs/s");
                report.add(async, "generated c=" + c + ": p50", stats.percentileMillis(50), "ms");
                report.add(async, "generated c=" + c + ": p99", stats.percentileMillis(99), "ms");
                emulator.reset();
            }
        }
        report.note(async, "c jobs in flight from one thread (CompletableFuture methods); no hand-written async baseline");
    }

    private static void runAsync(Clients clients, int inFlight, int jobs) {
        runAsync(clients, inFlight, jobs, new long[jobs]);
    }

    /** Keeps {@code inFlight} asynchronous jobs open until {@code jobs} are done; each job's latency from its call. */
    private static void runAsync(Clients clients, int inFlight, int jobs, long[] latencies) {
        java.util.concurrent.Semaphore slots = new java.util.concurrent.Semaphore(inFlight);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(jobs);
        try {
            for (int i = 0; i < jobs && failure.get() == null; i++) {
                slots.acquire();
                int index = i;
                long start = System.nanoTime();
                clients.generated.extractAsync(Workload.TEXT).whenComplete((profile, error) -> {
                    latencies[index] = System.nanoTime() - start;
                    if (error != null) failure.compareAndSet(null, error);
                    else if (profile == null || profile.yearsExperience() != 12) failure.compareAndSet(null, new IllegalStateException("bad answer " + profile));
                    slots.release();
                    done.countDown();
                });
            }
            if (failure.get() == null) done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (failure.get() != null) throw new IllegalStateException("An async job failed at " + inFlight, failure.get());
    }

    /** One side's segments at one level: their job latencies and wall time. */
    private static final class Level {
        private final List<long[]> latencies = new ArrayList<>();
        private long nanos;

        void add(Segment s) {
            latencies.add(s.latencies());
            nanos += s.nanos();
        }

        void report(String item, String prefix, Report report) {
            long[] all = latencies.stream().flatMapToLong(java.util.Arrays::stream).toArray();
            Stats stats = new Stats(all);
            report.add(item, prefix + "throughput", all.length / (nanos / 1e9), "jobs/s");
            report.add(item, prefix + "p50", stats.percentileMillis(50), "ms");
            report.add(item, prefix + "p99", stats.percentileMillis(99), "ms");
        }
    }

    private record Segment(long[] latencies, long nanos) {}

    private static Segment measure(int concurrency, int jobs, Supplier<Profile> job) {
        // A short warm-up at this level opens the connections the level needs.
        runLevel(concurrency, concurrency, job);
        long[] latencies = new long[jobs];
        long start = System.nanoTime();
        runLevel(concurrency, jobs, job, latencies);
        return new Segment(latencies, System.nanoTime() - start);
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
