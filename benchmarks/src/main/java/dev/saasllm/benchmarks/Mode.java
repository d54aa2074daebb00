package dev.saasllm.benchmarks;

import java.util.List;

/**
 * How long the harness measures. {@link #SHORT} (seconds, run by the unit test in CI) only proves
 * that every item still works and yields figures; {@link #FULL} gives the figures in the README.
 * {@code everyJdk}: item 8 runs on every JDK of {@link ChildJvm#jdks} (JDK 25 too), else on this
 * JVM's JDK only, unless {@code -Dbenchmarks.jdks} names JDKs.
 */
record Mode(
        String name,
        int warmupJobs,
        int jobs,
        int rounds,
        List<Integer> concurrency,
        int jobsPerConcurrencyLevel,
        int createAndCallJobs,
        int streams,
        int concurrentStreams,
        boolean everyJdk,
        int coldStarts,
        int interfaces,
        int compileRepetitions) {

    /** The levels of item 2: 16, 64 and 256 for async against sync, 32 for the latency spread. */
    static final List<Integer> CONCURRENCY = List.of(1, 16, 32, 64, 256);

    static final Mode SHORT = new Mode("short", 10, 5, 2, CONCURRENCY, 8, 5, 10, 50, false, 1, 2, 1);
    static final Mode FULL = new Mode("full", 20_000, 250, 40, CONCURRENCY, 20_000, 200, 500, 1000, true, 5, 200, 5);
}
