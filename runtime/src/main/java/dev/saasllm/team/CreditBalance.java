package dev.saasllm.team;

import java.time.Instant;

/**
 * The team's credit account, as {@code GET /api/credits/teams/{team_id}/balance} reports it.
 * Fields added by later server releases are null from older ones: {@code budgetMode},
 * {@code creditsPerDollar} and {@code status} came with v0.2.0 (2025-10-20), {@code tokensPerCredit}
 * with v1.1.0 (2025-10-21), {@code costMarkupPercentage} with v1.0.1 (2025-10-31).
 *
 * @param teamId the team
 * @param organizationId the team's organization, or null
 * @param creditsAllocated the credits given to the team in all
 * @param creditsUsed the credits its jobs were charged in all
 * @param creditsRemaining allocated minus used; the server still completes jobs at 0 (without charging)
 * @param creditLimit a limit the server stores but does not enforce; null when unset
 * @param autoRefill whether the account is refilled every {@code refillPeriod}
 * @param refillAmount the credits of each refill; null when unset
 * @param refillPeriod {@code monthly}, {@code weekly} or {@code daily}; null when unset
 * @param lastRefillAt when the account was last refilled; null when never
 * @param budgetMode how a job is charged: {@code job_based} (one credit per completed job),
 *                   {@code consumption_tokens} or {@code consumption_usd}
 * @param creditsPerDollar credits charged per US dollar of cost in {@code consumption_usd} mode
 * @param tokensPerCredit tokens per credit charged in {@code consumption_tokens} mode
 * @param costMarkupPercentage the markup on providers' costs, in percent, in the team's costs
 * @param status {@code active}, {@code suspended} or {@code paused}
 * @param createdAt when the account was created
 * @param updatedAt when it last changed
 */
public record CreditBalance(String teamId, String organizationId, int creditsAllocated, int creditsUsed,
                            int creditsRemaining, Integer creditLimit, boolean autoRefill, Integer refillAmount,
                            String refillPeriod, Instant lastRefillAt, String budgetMode, Double creditsPerDollar,
                            Integer tokensPerCredit, Double costMarkupPercentage, String status, Instant createdAt,
                            Instant updatedAt) {}
