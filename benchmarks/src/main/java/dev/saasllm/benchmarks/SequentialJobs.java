package dev.saasllm.benchmarks;

import java.util.function.Supplier;

/**
 * Items 1 and 5a: one thread, one job after another, the generated client and the hand-written
 * baseline alternating in rounds against the same emulator in the same run: time, client CPU and
 * allocation per job.
 */
final class SequentialJobs {
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
            Meters.Reading generatedCost = Meters.Reading.ZERO, baselineCost = Meters.Reading.ZERO;
            for (int round = 0; round < mode.rounds(); round++) {
                // Blocks alternate, and which side goes first too, so that both see the same
                // machine: other processes' load, the emulator's GC and JIT.
                int from = round * mode.jobs();
                if (round % 2 == 0) {
                    generatedCost = generatedCost.plus(time(from, mode.jobs(), clients::generatedJob, generated));
                    baselineCost = baselineCost.plus(time(from, mode.jobs(), clients::baselineJob, baseline));
                } else {
                    baselineCost = baselineCost.plus(time(from, mode.jobs(), clients::baselineJob, baseline));
                    generatedCost = generatedCost.plus(time(from, mode.jobs(), clients::generatedJob, generated));
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
            report.add(item, "generated: client CPU per job (calling thread)", generatedCost.threadCpu() / 1e3 / n, "us");
            report.add(item, "baseline: client CPU per job (calling thread)", baselineCost.threadCpu() / 1e3 / n, "us");
            report.add(item, "generated / baseline (client CPU)", (double) generatedCost.threadCpu() / baselineCost.threadCpu(), "x");
            if (emulator instanceof EmulatorHost.Child) {
                // The whole client JVM: what the runtime does on other threads (and GC, JIT) counts too.
                report.add(item, "generated: client CPU per job (whole JVM)", generatedCost.processCpu() / 1e3 / n, "us");
                report.add(item, "baseline: client CPU per job (whole JVM)", baselineCost.processCpu() / 1e3 / n, "us");
                report.add(item, "generated / baseline (client CPU, whole JVM)",
                        Meters.ratio(generatedCost.processCpu(), baselineCost.processCpu()), "x");
            }
            report.add(item, "generated: throughput (1 thread)", 1e3 / g.meanMillis(), "jobs/s");
            report.add(item, "baseline: throughput (1 thread)", 1e3 / b.meanMillis(), "jobs/s");

            if (emulator instanceof EmulatorHost.Child) {
                String allocation = "5a. allocation per job (" + where + " emulator)";
                int jobs = 4 * mode.jobs();
                Meters.Reading generatedBytes = allocated(1, jobs, clients::generatedJob);
                Meters.Reading baselineBytes = allocated(1, jobs, clients::baselineJob);
                // The async path had no warm-up above: half as many jobs as the sync paths had.
                Meters.Reading asyncBytes = allocated(mode.warmupJobs() / 2, jobs,
                        () -> clients.generated.extractAsync(Workload.TEXT).join());
                report.add(allocation, "generated: bytes per job (calling thread)", generatedBytes.threadAllocated() / (double) jobs, "B");
                report.add(allocation, "baseline: bytes per job (calling thread)", baselineBytes.threadAllocated() / (double) jobs, "B");
                report.add(allocation, "generated / baseline (calling thread)",
                        (double) generatedBytes.threadAllocated() / baselineBytes.threadAllocated(), "x");
                report.add(allocation, "generated: bytes per job (all threads)", generatedBytes.allAllocated() / (double) jobs, "B");
                report.add(allocation, "baseline: bytes per job (all threads)", baselineBytes.allAllocated() / (double) jobs, "B");
                report.add(allocation, "generated / baseline (all threads)",
                        (double) generatedBytes.allAllocated() / baselineBytes.allAllocated(), "x");
                report.add(allocation, "generated async (one in flight): bytes per job (all threads)",
                        asyncBytes.allAllocated() / (double) jobs, "B");
                report.note(allocation, "all threads = ThreadMXBean.getTotalThreadAllocatedBytes of the client JVM"
                        + " (ended threads included; the harness's own threads are idle meanwhile)");
                emulator.reset();
            }
        }
    }

    /** Records each job's wall time into {@code nanos[from..]}; returns what the jobs cost. */
    private static Meters.Reading time(int from, int jobs, Supplier<Profile> job, long[] nanos) {
        Meters.Reading before = Meters.Reading.now();
        for (int i = from; i < from + jobs; i++) {
            long start = System.nanoTime();
            Workload.check(job.get());
            nanos[i] = System.nanoTime() - start;
        }
        return Meters.Reading.now().since(before);
    }

    /** What {@code jobs} jobs one after another cost, after {@code warmup} more; OkHttp's synchronous calls run on the caller. */
    private static Meters.Reading allocated(int warmup, int jobs, Supplier<Profile> job) {
        for (int i = 0; i < warmup; i++) Workload.check(job.get());
        Meters.Reading before = Meters.Reading.now();
        for (int i = 0; i < jobs; i++) Workload.check(job.get());
        return Meters.Reading.now().since(before);
    }
}
