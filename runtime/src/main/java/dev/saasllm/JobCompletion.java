package dev.saasllm;

import java.time.Instant;
import java.util.List;

/**
 * The answer to completing a job.
 *
 * @param jobId the job
 * @param status its final status
 * @param completedAt when it was completed; null if the server did not say. Timestamps without a
 *                    zone are the server's UTC clock and are read as UTC.
 * @param costs what the job cost; null if the server sent no costs
 * @param calls the job's calls, in order; empty if the server sent none
 */
public record JobCompletion(String jobId, JobStatus status, Instant completedAt, Costs costs, List<Call> calls) {
    /**
     * Copies {@code calls}.
     *
     * @param jobId the job
     * @param status its final status
     * @param completedAt when it was completed, or null
     * @param costs what it cost, or null
     * @param calls its calls, in order; not null
     */
    public JobCompletion {
        calls = List.copyOf(calls);
    }

    /**
     * Credits left to the team after this job, or null when unknown.
     *
     * @return the credits remaining, or null
     */
    public Integer creditsRemaining() {
        return costs == null ? null : costs.creditsRemaining();
    }

    /**
     * The job's costs; counts and sums the server left out are zero.
     *
     * @param totalCalls the job's calls in all
     * @param successfulCalls those that succeeded
     * @param failedCalls those that failed
     * @param totalTokens the tokens of all calls
     * @param totalCostUsd what the calls cost, in US dollars
     * @param avgLatencyMs the calls' mean latency, in milliseconds
     * @param creditApplied whether this completion charged a credit (only {@code completed} does)
     * @param creditsRemaining credits left to the team, or null when the server did not say
     */
    public record Costs(int totalCalls, int successfulCalls, int failedCalls, long totalTokens,
                        double totalCostUsd, double avgLatencyMs, boolean creditApplied, Integer creditsRemaining) {}

    /**
     * One call of the job; parts the server left out are null.
     *
     * @param callId the call's id
     * @param purpose the purpose the call was sent with, or null
     * @param model the model group that served it ({@code model_group} or {@code model})
     * @param tokens the tokens it used
     * @param latencyMs how long it took, in milliseconds
     * @param error the call's error, or null if it succeeded
     */
    public record Call(String callId, String purpose, String model, Integer tokens, Long latencyMs, String error) {}
}
