package dev.saasllm.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * Item 3: a one-call job with 20 ms added to every request, in three requests (create, call,
 * complete) and in one ({@code create-and-call}). Both are measured raw (OkHttp + Moshi by hand);
 * the generated client's side needs create-and-call in the runtime's job runner.
 */
final class CreateAndCallJobs {
    static final Duration LATENCY = Duration.ofMillis(20);

    private CreateAndCallJobs() {}

    static void run(Mode mode, EmulatorHost emulator, Report report) {
        String item = "3. one-call job, 20 ms per request: create-and-call vs three steps";
        try (Clients clients = new Clients(emulator.baseUrl(), LATENCY)) {
            Baseline raw = clients.baseline;
            for (int i = 0; i < 5; i++) {
                clients.baselineJob();
                oneRequest(raw);
            }
            long[] three = new long[mode.createAndCallJobs()];
            long[] one = new long[mode.createAndCallJobs()];
            for (int i = 0; i < three.length; i++) {
                long start = System.nanoTime();
                Workload.check(clients.baselineJob());
                three[i] = System.nanoTime() - start;
                start = System.nanoTime();
                Workload.check(oneRequest(raw));
                one[i] = System.nanoTime() - start;
            }
            Stats threeSteps = new Stats(three);
            Stats oneStep = new Stats(one);
            report.add(item, "raw three steps: p50 job latency", threeSteps.percentileMillis(50), "ms");
            report.add(item, "raw create-and-call: p50 job latency", oneStep.percentileMillis(50), "ms");
            report.add(item, "raw three steps / create-and-call (p50)",
                    threeSteps.percentileMillis(50) / oneStep.percentileMillis(50), "x");
            emulator.reset();
        }
        report.note(item, "generated client: not measured - the runtime's job runner has no create-and-call yet");
    }

    private static Profile oneRequest(Baseline raw) {
        try {
            return raw.extractInOneRequest(Workload.TEXT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
