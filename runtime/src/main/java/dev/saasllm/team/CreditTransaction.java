package dev.saasllm.team;

import java.time.Instant;

/**
 * One entry of the team's credit ledger ({@code GET /api/credits/teams/{team_id}/transactions}).
 *
 * @param transactionId the entry's id
 * @param teamId the team
 * @param organizationId the team's organization, or null
 * @param jobId the job that was charged or refunded; null for allocations and payments
 * @param transactionType {@code deduction}, {@code allocation}, {@code refund}, {@code adjustment},
 *                        {@code subscription_payment} or {@code one_time_payment}
 * @param creditsAmount how many credits moved (positive for deductions too)
 * @param creditsBefore the team's credits before it
 * @param creditsAfter the team's credits after it
 * @param reason why the credits moved, as the server wrote it, or null
 * @param createdAt when the entry was made
 */
public record CreditTransaction(String transactionId, String teamId, String organizationId, String jobId,
                                String transactionType, int creditsAmount, int creditsBefore, int creditsAfter,
                                String reason, Instant createdAt) {}
