package dev.saasllm.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.function.Supplier;

/**
 * Items 1 and 5 (allocation): one thread, one job after another, the generated client and the
 * hand-written baseline alternating in rounds against the same emulator in the same run.
 */
final class SequentialJobs {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private SequentialJobs() {}

    static void run(Mode mode, EmulatorHost emulator, String where, Report report) {
        String item = "1. per-job time, sequential (" + where + " emulator)";
        try (Clients clients = new Clients(emulator.baseUrl())) {
            for (int i = 0; i < mode.warmupJobs(); i++) {
                Workload.check(clients.generatedJob());
                Workload.check(clients.baselineJob());
            }
            emulator.reset();
            int n = mode.jobs() * mode.rounds();
            long[] generated = new long[n], baseline = new long[n];
            long generatedCpu = 0, baselineCpu = 0;
            for (int round = 0; round < mode.rounds(); round++) {
                // Blocks alternate, and which side goes first too, so that both see the same
                // machine: other processes' load, the emulator's GC and JIT.
                int from = round * mode.jobs();
                if (round % 2 == 0) {
                    generatedCpu += time(from, mode.jobs(), clients::generatedJob, generated);
                    baselineCpu += time(from, mode.jobs(), clients::baselineJob, baseline);
                } else {
                    baselineCpu += time(from, mode.jobs(), clients::baselineJob, baseline);
                    generatedCpu += time(from, mode.jobs(), clients::generatedJob, generated);
                }
                emulator.reset();
            }
            Stats g = new Stats(generated), b = new Stats(baseline);
            report.add(item, "generated: mean time per job", g.meanMillis() * 1e3, "us");
            report.add(item, "baseline (OkHttp + Moshi by hand): mean time per job", b.meanMillis() * 1e3, "us");
            report.add(item, "generated: p50 time per job", g.percentileMillis(50) * 1e3, "us");
            report.add(item, "baseline: p50 time per job", b.percentileMillis(50) * 1e3, "us");
            report.add(item, "generated / baseline (p50)", g.percentileMillis(50) / b.percentileMillis(50), "x");
            report.add(item, "generated / baseline (mean)", g.meanMillis() / b.meanMillis(), "x");
            report.add(item, "generated: client CPU per job (calling thread)", generatedCpu / 1e3 / n, "us");
            report.add(item, "baseline: client CPU per job (calling thread)", baselineCpu / 1e3 / n, "us");
            report.add(item, "generated / baseline (client CPU)", (double) generatedCpu / baselineCpu, "x");
            report.add(item, "generated: throughput (1 thread)", 1e3 / g.meanMillis(), "jobs/s");
            report.add(item, "baseline: throughput (1 thread)", 1e3 / b.meanMillis(), "jobs/s");

            if (emulator instanceof EmulatorHost.Child) {
                String allocation = "5a. allocation per job (calling thread, " + where + " emulator)";
                int jobs = 4 * mode.jobs();
                double generatedBytes = allocated(jobs, clients::generatedJob);
                double baselineBytes = allocated(jobs, clients::baselineJob);
                report.add(allocation, "generated: bytes per job", generatedBytes, "B");
                report.add(allocation, "baseline: bytes per job", baselineBytes, "B");
                report.add(allocation, "generated / baseline", generatedBytes / baselineBytes, "x");
                emulator.reset();
            }
        }
    }

    /** Records each job's wall time into {@code nanos[from..]}; returns the calling thread's CPU time. */
    private static long time(int from, int jobs, Supplier<Profile> job, long[] nanos) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        for (int i = from; i < from + jobs; i++) {
            long start = System.nanoTime();
            Workload.check(job.get());
            nanos[i] = System.nanoTime() - start;
        }
        return THREADS.getCurrentThreadCpuTime() - cpu;
    }

    /** Bytes allocated by this thread per job; OkHttp's synchronous calls run on the caller. */
    private static double allocated(int jobs, Supplier<Profile> job) {
        long before = THREADS.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < jobs; i++) Workload.check(job.get());
        return (double) (THREADS.getCurrentThreadAllocatedBytes() - before) / jobs;
    }
}
