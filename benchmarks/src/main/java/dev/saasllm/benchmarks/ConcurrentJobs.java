package dev.saasllm.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Item 2: one shared client at each concurrency level, three sides interleaved in the same run:
 * the generated client's blocking method on {@code c} threads ("sync"), its {@code CompletableFuture}
 * method with {@code c} jobs kept in flight from one thread ("async"), and the hand-written baseline
 * on {@code c} threads. Per side: jobs per second over the wall time, p50/p99 of each job's latency,
 * client CPU and allocation per job (whole client JVM); and the ratios the targets are about.
 */
final class ConcurrentJobs {
    static final String ITEM = "2. concurrency: sync vs async vs hand-written (child-JVM emulator)";

    private ConcurrentJobs() {}

    /** One way of running jobs at a concurrency level; {@code threads} has {@code concurrency} threads. */
    private interface Side {
        void run(Clients clients, ThreadPoolExecutor threads, int concurrency, int jobs, long[] latencies);
    }

    static void run(Mode mode, EmulatorHost emulator, Report report) {
        Side sync = (clients, threads, c, jobs, latencies) -> runThreads(threads, c, jobs, clients::generatedJob, latencies);
        Side async = (clients, threads, c, jobs, latencies) -> runAsync(clients, c, jobs, latencies);
        Side baseline = (clients, threads, c, jobs, latencies) -> runThreads(threads, c, jobs, clients::baselineJob, latencies);
        List<String> names = List.of("generated sync", "generated async", "baseline");
        List<Side> sides = List.of(sync, async, baseline);
        try (Clients clients = new Clients(emulator.baseUrl())) {
            for (int c : mode.concurrency()) {
                // The sync sides' c threads live through the level: a thread ending during a
                // measurement could drop out of the JVM's allocation total for a moment.
                ThreadPoolExecutor threads = new ThreadPoolExecutor(c, c, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(),
                        new NamedThreads("bench-client-c" + c + "-"));
                threads.prestartAllCoreThreads();
                // Two segments a side, in the orders sync, async, baseline and baseline, async, sync,
                // so that a burst of load from elsewhere on the machine hits every side alike.
                // (In the full run a segment has far more jobs than c; the short run only proves it works.)
                int segment = Math.max(mode.jobsPerConcurrencyLevel() / 4, Math.min(c, mode.jobsPerConcurrencyLevel()));
                List<Level> levels = List.of(new Level(), new Level(), new Level());
                // A warm-up at this level opens the connections the level needs.
                int warmup = Math.min(c, mode.jobsPerConcurrencyLevel());
                for (Side side : sides) side.run(clients, threads, c, warmup, new long[warmup]);
                emulator.reset();
                for (int s = 0; s < sides.size(); s++) levels.get(s).add(measure(clients, threads, sides.get(s), c, segment));
                emulator.reset();
                for (int s = sides.size() - 1; s >= 0; s--) levels.get(s).add(measure(clients, threads, sides.get(s), c, segment));
                emulator.reset();
                for (int s = 0; s < sides.size(); s++) levels.get(s).report(names.get(s) + " c=" + c + ": ", report);
                threads.shutdown();
                Level g = levels.get(0), a = levels.get(1), b = levels.get(2);
                report.add(ITEM, "async / sync throughput c=" + c, a.throughput() / g.throughput(), "x");
                report.add(ITEM, "generated sync / baseline throughput c=" + c, g.throughput() / b.throughput(), "x");
                report.add(ITEM, "async / sync client CPU per job c=" + c, Meters.ratio(a.cpuPerJob(), g.cpuPerJob()), "x");
                report.add(ITEM, "generated sync / baseline client CPU per job c=" + c, Meters.ratio(g.cpuPerJob(), b.cpuPerJob()), "x");
            }
        }
        report.note(ITEM, "async: c jobs in flight from one thread (CompletableFuture method); sync and baseline: c threads");
        report.note(ITEM, "client CPU and bytes per job: the whole client JVM over the side's segments (GC, JIT, every thread)");
    }

    /** One side's segments at one level: their job latencies, wall time and cost. */
    private static final class Level {
        private final List<long[]> latencies = new ArrayList<>();
        private long nanos;
        private Meters.Reading cost = Meters.Reading.ZERO;

        void add(Segment s) {
            latencies.add(s.latencies());
            nanos += s.nanos();
            cost = cost.plus(s.cost());
        }

        int jobs() {
            return latencies.stream().mapToInt(l -> l.length).sum();
        }

        double throughput() {
            return jobs() / (nanos / 1e9);
        }

        double cpuPerJob() {
            return cost.processCpu() / 1e3 / jobs();
        }

        void report(String prefix, Report report) {
            Stats stats = new Stats(latencies.stream().flatMapToLong(java.util.Arrays::stream).toArray());
            report.add(ITEM, prefix + "throughput", throughput(), "jobs/s");
            report.add(ITEM, prefix + "p50", stats.percentileMillis(50), "ms");
            report.add(ITEM, prefix + "p99", stats.percentileMillis(99), "ms");
            report.add(ITEM, prefix + "p99 / p50", stats.percentileMillis(99) / stats.percentileMillis(50), "x");
            report.add(ITEM, prefix + "client CPU per job", cpuPerJob(), "us");
            report.add(ITEM, prefix + "bytes per job", cost.allAllocated() / (double) jobs(), "B");
        }
    }

    private record Segment(long[] latencies, long nanos, Meters.Reading cost) {}

    private static Segment measure(Clients clients, ThreadPoolExecutor threads, Side side, int concurrency, int jobs) {
        long[] latencies = new long[jobs];
        Meters.Reading before = Meters.Reading.now();
        long start = System.nanoTime();
        side.run(clients, threads, concurrency, jobs, latencies);
        long nanos = System.nanoTime() - start;
        return new Segment(latencies, nanos, Meters.Reading.now().since(before));
    }

    /** Keeps {@code inFlight} asynchronous jobs open until {@code jobs} are done; each job's latency from its call. */
    private static void runAsync(Clients clients, int inFlight, int jobs, long[] latencies) {
        Semaphore slots = new Semaphore(inFlight);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(jobs);
        try {
            for (int i = 0; i < jobs && failure.get() == null; i++) {
                slots.acquire();
                int index = i;
                long start = System.nanoTime();
                clients.generated.extractAsync(Workload.TEXT).whenComplete((profile, error) -> {
                    latencies[index] = System.nanoTime() - start;
                    try {
                        if (error != null) failure.compareAndSet(null, error);
                        else Workload.check(profile);
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                    }
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

    /** {@code concurrency} threads take jobs until {@code jobs} are done; each job's latency. */
    private static void runThreads(ThreadPoolExecutor threads, int concurrency, int jobs, Supplier<Profile> job, long[] latencies) {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(concurrency);
        for (int t = 0; t < concurrency; t++) {
            threads.execute(() -> {
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
            });
        }
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (failure.get() != null) throw new IllegalStateException("A job failed at concurrency " + concurrency, failure.get());
    }

    private record NamedThreads(String prefix) implements ThreadFactory {
        private static final AtomicInteger COUNT = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, prefix + COUNT.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
