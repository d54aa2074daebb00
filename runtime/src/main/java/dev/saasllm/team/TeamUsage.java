package dev.saasllm.team;

import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The team's usage in one month, as {@code GET /api/teams/{team_id}/usage} sums it: the jobs
 * created that month.
 *
 * @param teamId the team
 * @param period the month
 * @param totalJobs jobs created in the month, whatever their status
 * @param successfulJobs those completed {@code COMPLETED}
 * @param failedJobs those completed {@code FAILED}
 * @param totalCostUsd the jobs' cost, in US dollars, rounded by the server to 2 decimals
 * @param totalTokens the jobs' tokens
 * @param avgCostPerJob the mean cost of a job, in US dollars, rounded by the server to 4 decimals; 0 without jobs
 * @param jobTypes per job type, in the server's order
 */
public record TeamUsage(String teamId, YearMonth period, int totalJobs, int successfulJobs, int failedJobs,
                        double totalCostUsd, long totalTokens, double avgCostPerJob, Map<String, JobTypeUsage> jobTypes) {
    /**
     * Copies {@code jobTypes}.
     *
     * @param teamId the value for the {@code teamId} record component
     * @param period the value for the {@code period} record component
     * @param totalJobs the value for the {@code totalJobs} record component
     * @param successfulJobs the value for the {@code successfulJobs} record component
     * @param failedJobs the value for the {@code failedJobs} record component
     * @param totalCostUsd the value for the {@code totalCostUsd} record component
     * @param totalTokens the value for the {@code totalTokens} record component
     * @param avgCostPerJob the value for the {@code avgCostPerJob} record component
     * @param jobTypes the value for the {@code jobTypes} record component; not null
     */
    public TeamUsage {
        jobTypes = Collections.unmodifiableMap(new LinkedHashMap<>(jobTypes));
    }

    /**
     * One job type's share of the month.
     *
     * @param count the jobs of the type
     * @param costUsd their cost, in US dollars
     */
    public record JobTypeUsage(int count, double costUsd) {}
}
