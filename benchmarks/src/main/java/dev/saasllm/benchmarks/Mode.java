package dev.saasllm.benchmarks;

/**
 * How long the harness measures. {@link #SHORT} (seconds, run by the unit test in CI) only proves
 * that every item still works and yields figures; {@link #FULL} gives the figures in the README.
 */
record Mode(
        String name,
        int warmupJobs,
        int jobs,
        int rounds,
        int jobsPerConcurrencyLevel,
        int createAndCallJobs,
        int streams,
        int concurrentStreams,
        int coldStarts,
        int interfaces,
        int compileRepetitions) {

    static final Mode SHORT = new Mode("short", 50, 25, 4, 64, 5, 10, 50, 1, 5, 1);
    static final Mode FULL = new Mode("full", 20_000, 250, 40, 20_000, 200, 500, 1000, 5, 200, 5);

    static final int[] CONCURRENCY = {1, 16, 64, 256};
}
