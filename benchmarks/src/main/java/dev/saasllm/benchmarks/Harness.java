package dev.saasllm.benchmarks;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * The plain harness: every item of the benchmark issues measured side by side in one run, generated
 * client against hand-written OkHttp + Moshi (or sync against async), on the emulator over loopback;
 * then the issue 11 targets read from those figures ({@link Targets}).
 */
public final class Harness {
    /** Added before each stream chunk, so that a stream has a first token distinct from its end. */
    static final long CHUNK_LATENCY_MICROS = 1000;

    /** The parts of a run, by the name {@code --only=a,b} selects them with, and the items each yields. */
    static final Map<String, String> PARTS = parts();

    private Harness() {}

    private static Map<String, String> parts() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("sequential", "1, 5a");
        parts.put("concurrency", "2");
        parts.put("create-and-call", "3");
        parts.put("streams", "4, 5b");
        parts.put("cold-start", "6");
        parts.put("processor", "7");
        parts.put("publishers", "8");
        return parts;
    }

    public static void main(String[] args) {
        run(mode(args), only(args)).print(System.out);
    }

    static Mode mode(String[] args) {
        return Arrays.asList(args).contains("--short") ? Mode.SHORT : Mode.FULL;
    }

    /** The parts named by {@code --only=a,b}, or all of them. */
    static Set<String> only(String[] args) {
        Set<String> only = new TreeSet<>();
        for (String arg : args) {
            if (!arg.startsWith("--only=")) continue;
            for (String part : arg.substring(7).split(",")) {
                if (!PARTS.containsKey(part)) {
                    throw new IllegalArgumentException("--only: unknown part " + part + "; parts: " + PARTS);
                }
                only.add(part);
            }
        }
        return only.isEmpty() ? PARTS.keySet() : only;
    }

    static Report run(Mode mode) {
        return run(mode, PARTS.keySet());
    }

    static Report run(Mode mode, Set<String> only) {
        Report report = new Report();
        try (EmulatorHost child = EmulatorHost.start(true, CHUNK_LATENCY_MICROS)) {
            BiConsumer<String, Runnable> part = (name, body) -> {
                if (!only.contains(name)) return;
                long start = System.nanoTime();
                body.run();
                System.err.println(String.format(Locale.ROOT, "[harness] %s (%s mode): %.1f s", name, mode.name(),
                        (System.nanoTime() - start) / 1e9));
            };
            part.accept("sequential", () -> {
                SequentialJobs.run(mode, child, "child-JVM", report);
                try (EmulatorHost inProcess = EmulatorHost.start(false, CHUNK_LATENCY_MICROS)) {
                    SequentialJobs.run(mode, inProcess, "in-process", report);
                }
            });
            part.accept("concurrency", () -> ConcurrentJobs.run(mode, child, report));
            part.accept("create-and-call", () -> CreateAndCallJobs.run(mode, child, report));
            part.accept("streams", () -> Streams.run(mode, child, report));
            part.accept("cold-start", () -> ColdStarts.run(mode, child, report));
            part.accept("publishers", () -> PublisherStreams.run(mode, child, report));
            part.accept("processor", () -> ProcessorCost.run(mode, report));
        }
        Targets.add(report);
        return report;
    }
}
