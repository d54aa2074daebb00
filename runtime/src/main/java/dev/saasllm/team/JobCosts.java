package dev.saasllm.team;

import dev.saasllm.JobStatus;
import java.time.Instant;
import java.util.List;

/**
 * A job's costs, call by call, as {@code GET /api/jobs/{job_id}/costs} reports them.
 *
 * @param jobId the job's id
 * @param teamId its team
 * @param jobType its type
 * @param status its status
 * @param totalCostUsd the sum of the calls' costs, in US dollars, rounded by the server to 6 decimals
 * @param breakdown the job's calls, in the server's order
 */
public record JobCosts(String jobId, String teamId, String jobType, JobStatus status, double totalCostUsd,
                       List<CallCost> breakdown) {
    /**
     * Copies {@code breakdown}.
     *
     * @param jobId the value for the {@code jobId} record component
     * @param teamId the value for the {@code teamId} record component
     * @param jobType the value for the {@code jobType} record component
     * @param status the value for the {@code status} record component
     * @param totalCostUsd the value for the {@code totalCostUsd} record component
     * @param breakdown the value for the {@code breakdown} record component; not null
     */
    public JobCosts {
        breakdown = List.copyOf(breakdown);
    }

    /**
     * One call's cost. Streamed calls on the current server record 0 tokens and no cost.
     *
     * @param callId the call's id
     * @param model the model that served the call; null when the call failed before one was chosen
     * @param purpose the purpose the call was sent with, or null
     * @param promptTokens the tokens of the prompt
     * @param completionTokens the tokens of the answer
     * @param costUsd what the call cost, in US dollars
     * @param createdAt when the call was made (a timestamp without a zone is the server's UTC clock)
     */
    public record CallCost(String callId, String model, String purpose, int promptTokens, int completionTokens,
                           double costUsd, Instant createdAt) {}
}
