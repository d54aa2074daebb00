package dev.saasllm.benchmarks;

/**
 * The plain harness: every item of the benchmark issue measured side by side in one run, generated
 * client against hand-written OkHttp + Moshi, on the emulator over loopback.
 */
public final class Harness {
    /** Added before each stream chunk, so that a stream has a first token distinct from its end. */
    static final long CHUNK_LATENCY_MICROS = 1000;

    private Harness() {}

    public static void main(String[] args) {
        Mode mode = args.length > 0 && args[0].equals("--short") ? Mode.SHORT : Mode.FULL;
        run(mode).print(System.out);
    }

    static Report run(Mode mode) {
        Report report = new Report();
        try (EmulatorHost child = EmulatorHost.start(true, CHUNK_LATENCY_MICROS)) {
            SequentialJobs.run(mode, child, "child-JVM", report);
            try (EmulatorHost inProcess = EmulatorHost.start(false, CHUNK_LATENCY_MICROS)) {
                SequentialJobs.run(mode, inProcess, "in-process", report);
            }
            ConcurrentJobs.run(mode, child, report);
            CreateAndCallJobs.run(mode, child, report);
            Streams.run(mode, child, report);
            ColdStarts.run(mode, child, report);
        }
        ProcessorCost.run(mode, report);
        return report;
    }
}
