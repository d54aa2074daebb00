package dev.saasllm.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import dev.saasllm.CreateAndCall;

/**
 * Item 3: a one-call job with 20 ms added to every request, in three requests (create, call,
 * complete) and in one ({@code create-and-call}), through the generated client and raw (OkHttp +
 * Moshi by hand).
 */
final class CreateAndCallJobs {
    static final Duration LATENCY = Duration.ofMillis(20);

    private CreateAndCallJobs() {}

    static void run(Mode mode, EmulatorHost emulator, Report report) {
        String item = "3. one-call job, 20 ms per request: create-and-call vs three steps";
        try (Clients threeSteps = new Clients(emulator.baseUrl(), LATENCY, CreateAndCall.NEVER);
             Clients oneStep = new Clients(emulator.baseUrl(), LATENCY, CreateAndCall.ALWAYS)) {
            Baseline raw = threeSteps.baseline;
            List<Supplier<Profile>> sides = List.of(threeSteps::generatedJob, oneStep::generatedJob,
                    threeSteps::baselineJob, () -> oneRequest(raw));
            for (int i = 0; i < 5; i++) sides.forEach(Supplier::get);
            long[][] nanos = new long[sides.size()][mode.createAndCallJobs()];
            for (int i = 0; i < mode.createAndCallJobs(); i++) {  // interleaved, job by job
                for (int s = 0; s < sides.size(); s++) {
                    long start = System.nanoTime();
                    Workload.check(sides.get(s).get());
                    nanos[s][i] = System.nanoTime() - start;
                }
            }
            double[] p50 = new double[sides.size()];
            for (int s = 0; s < sides.size(); s++) p50[s] = new Stats(nanos[s]).percentileMillis(50);
            report.add(item, "generated, three steps (CreateAndCall.NEVER): p50 job latency", p50[0], "ms");
            report.add(item, "generated, create-and-call (CreateAndCall.ALWAYS): p50 job latency", p50[1], "ms");
            report.add(item, "generated: three steps / create-and-call (p50)", p50[0] / p50[1], "x");
            report.add(item, "raw three steps: p50 job latency", p50[2], "ms");
            report.add(item, "raw create-and-call: p50 job latency", p50[3], "ms");
            report.add(item, "raw three steps / create-and-call (p50)", p50[2] / p50[3], "x");
            emulator.reset();
        }
    }

    private static Profile oneRequest(Baseline raw) {
        try {
            return raw.extractInOneRequest(Workload.TEXT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
