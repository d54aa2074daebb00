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
            double generatedNanos = 0, baselineNanos = 0;
            for (int round = 0; round < mode.rounds(); round++) {
                // Alternate which side goes first so that neither always runs on a hotter machine.
                if (round % 2 == 0) {
                    generatedNanos += time(mode.jobs(), clients::generatedJob);
                    baselineNanos += time(mode.jobs(), clients::baselineJob);
                } else {
                    baselineNanos += time(mode.jobs(), clients::baselineJob);
                    generatedNanos += time(mode.jobs(), clients::generatedJob);
                }
                emulator.reset();
            }
            long jobs = (long) mode.jobs() * mode.rounds();
            double generatedMicros = generatedNanos / jobs / 1e3;
            double baselineMicros = baselineNanos / jobs / 1e3;
            report.add(item, "generated: time per job", generatedMicros, "us");
            report.add(item, "baseline (OkHttp + Moshi by hand): time per job", baselineMicros, "us");
            report.add(item, "generated / baseline", generatedMicros / baselineMicros, "x");
            report.add(item, "generated: throughput", 1e6 / generatedMicros, "jobs/s");
            report.add(item, "baseline: throughput", 1e6 / baselineMicros, "jobs/s");

            if (emulator instanceof EmulatorHost.Child) {
                String allocation = "5a. allocation per job (calling thread, " + where + " emulator)";
                int n = mode.jobs();
                double generatedBytes = allocated(n, clients::generatedJob);
                double baselineBytes = allocated(n, clients::baselineJob);
                report.add(allocation, "generated: bytes per job", generatedBytes, "B");
                report.add(allocation, "baseline: bytes per job", baselineBytes, "B");
                report.add(allocation, "generated / baseline", generatedBytes / baselineBytes, "x");
                emulator.reset();
            }
        }
    }

    private static double time(int jobs, Supplier<Profile> job) {
        long start = System.nanoTime();
        for (int i = 0; i < jobs; i++) Workload.check(job.get());
        return System.nanoTime() - start;
    }

    /** Bytes allocated by this thread per job; OkHttp's synchronous calls run on the caller. */
    private static double allocated(int jobs, Supplier<Profile> job) {
        long before = THREADS.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < jobs; i++) Workload.check(job.get());
        return (double) (THREADS.getCurrentThreadAllocatedBytes() - before) / jobs;
    }
}
