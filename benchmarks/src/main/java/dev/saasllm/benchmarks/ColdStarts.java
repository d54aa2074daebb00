package dev.saasllm.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Item 6: wall time from launching {@code java} to the first job completed, median of a few launches. */
final class ColdStarts {
    static final String ITEM = "6. cold start: JVM launch to first completed job";

    private ColdStarts() {}

    static void run(Mode mode, EmulatorHost emulator, Report report) {
        String item = ITEM;
        // The launched JVMs are cold, the emulator must not be: its first jobs (interpreted code,
        // class loading) would add to theirs, more or less depending on what ran before this item.
        try (Clients warm = new Clients(emulator.baseUrl())) {
            for (int i = 0; i < Math.min(1000, mode.warmupJobs()); i++) {
                Workload.check(warm.generatedJob());
                Workload.check(warm.baselineJob());
            }
        }
        emulator.reset();
        int n = mode.coldStarts();
        double[] generated = new double[n], baseline = new double[n];
        double[] generatedCpu = new double[n], baselineCpu = new double[n];
        for (int i = 0; i < n; i++) {  // alternating, as load on the machine varies
            double[] g = launch("generated", emulator.baseUrl());
            double[] b = launch("baseline", emulator.baseUrl());
            generated[i] = g[0];
            generatedCpu[i] = g[1];
            baseline[i] = b[0];
            baselineCpu[i] = b[1];
        }
        report.add(item, "generated: median of " + n, Stats.median(generated), "ms");
        report.add(item, "baseline: median of " + n, Stats.median(baseline), "ms");
        report.add(item, "generated / baseline (medians)", Stats.median(generated) / Stats.median(baseline), "x");
        report.add(item, "generated: CPU of the launched JVM until its first job, median", Stats.median(generatedCpu), "ms");
        report.add(item, "baseline: CPU of the launched JVM until its first job, median", Stats.median(baselineCpu), "ms");
        report.note(item, "each launch: java -Xmx256m -cp <benchmarks jar> ColdStart; JVM default flags, CDS on");
        report.note(item, "the wall time grows with the load on the machine; the launched JVM's CPU time (all its threads) much less");
        emulator.reset();
    }

    /** {wall milliseconds from launch to the child's "done", the child's CPU milliseconds until then}. */
    private static double[] launch(String side, String baseUrl) {
        long start = System.nanoTime();
        Process process = null;
        try {
            process = new ProcessBuilder(ChildJvm.command("-Xmx256m", ColdStart.class.getName(), side, baseUrl))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String line, cpu;
            double millis;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                line = out.readLine();
                millis = (System.nanoTime() - start) / 1e6;
                cpu = out.readLine();
            }
            if (!process.waitFor(30, TimeUnit.SECONDS)) throw new IllegalStateException("cold start (" + side + ") did not exit");
            int exit = process.exitValue();
            if (!"done".equals(line) || cpu == null || !cpu.startsWith("cpu ") || exit != 0) {
                throw new IllegalStateException("cold start (" + side + ") printed " + line + ", " + cpu + ", exit " + exit);
            }
            return new double[] {millis, Long.parseLong(cpu.substring(4)) / 1e6};
        } catch (IOException e) {
            throw new IllegalStateException("cannot launch a JVM", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            if (process != null && process.isAlive()) process.destroyForcibly();
        }
    }
}
