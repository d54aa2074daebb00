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
        double[] generated = new double[mode.coldStarts()];
        double[] baseline = new double[mode.coldStarts()];
        for (int i = 0; i < generated.length; i++) {  // alternating, as load on the machine varies
            generated[i] = launch("generated", emulator.baseUrl());
            baseline[i] = launch("baseline", emulator.baseUrl());
        }
        report.add(item, "generated: median of " + generated.length, Stats.median(generated), "ms");
        report.add(item, "baseline: median of " + baseline.length, Stats.median(baseline), "ms");
        report.note(item, "each launch: java -Xmx256m -cp <benchmarks jar> ColdStart; JVM default flags, CDS on");
        emulator.reset();
    }

    private static double launch(String side, String baseUrl) {
        long start = System.nanoTime();
        Process process = null;
        try {
            process = new ProcessBuilder(ChildJvm.command("-Xmx256m", ColdStart.class.getName(), side, baseUrl))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String line;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                line = out.readLine();
            }
            double millis = (System.nanoTime() - start) / 1e6;
            if (!process.waitFor(30, TimeUnit.SECONDS)) throw new IllegalStateException("cold start (" + side + ") did not exit");
            int exit = process.exitValue();
            if (!"done".equals(line) || exit != 0) {
                throw new IllegalStateException("cold start (" + side + ") printed " + line + ", exit " + exit);
            }
            return millis;
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
