package dev.saasllm.team;

import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The team's usage in one month, as {@code GET /api/teams/{team_id}/usage} sums it: the jobs
 * created that month.
 *
 * @param totalJobs jobs created in the month, whatever their status
 * @param successfulJobs those completed {@code COMPLETED}
 * @param failedJobs those completed {@code FAILED}
 * @param totalCostUsd the jobs' cost, rounded by the server to 2 decimals
 * @param avgCostPerJob rounded by the server to 4 decimals; 0 without jobs
 * @param jobTypes per job type, in the server's order
 */
public record TeamUsage(String teamId, YearMonth period, int totalJobs, int successfulJobs, int failedJobs,
                        double totalCostUsd, long totalTokens, double avgCostPerJob, Map<String, JobTypeUsage> jobTypes) {
    /**
     * Copies {@code jobTypes}.
     *
     * @param teamId the team
     * @param period the month
     * @param totalJobs jobs created in the month
     * @param successfulJobs those completed
     * @param failedJobs those failed
     * @param totalCostUsd their cost, in US dollars
     * @param totalTokens their tokens
     * @param avgCostPerJob the average cost, in US dollars
     * @param jobTypes per job type; not null
     */
    public TeamUsage {
        jobTypes = Collections.unmodifiableMap(new LinkedHashMap<>(jobTypes));
    }

    /** One job type's share of the month. */
    public record JobTypeUsage(int count, double costUsd) {}
}
