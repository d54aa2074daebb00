package dev.saasllm.benchmarks;

import java.util.Arrays;

/** Percentiles of a sample of latencies in nanoseconds. */
final class Stats {
    private final long[] sorted;

    Stats(long[] nanos) {
        this.sorted = nanos.clone();
        Arrays.sort(sorted);
    }

    /** The {@code p}-th percentile (nearest rank), in milliseconds. */
    double percentileMillis(double p) {
        if (sorted.length == 0) return Double.NaN;
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    double meanMillis() {
        return Arrays.stream(sorted).average().orElse(Double.NaN) / 1e6;
    }

    static double median(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        int n = copy.length;
        return n % 2 == 1 ? copy[n / 2] : (copy[n / 2 - 1] + copy[n / 2]) / 2;
    }
}
