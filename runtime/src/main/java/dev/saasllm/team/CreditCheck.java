package dev.saasllm.team;

/**
 * The answer of {@code POST /api/credits/teams/{team_id}/check}. It only answers; it reserves
 * nothing, and the server never refuses a job for lack of credits.
 *
 * @param teamId the team
 * @param hasCredits whether the team has at least {@code creditsNeeded} credits remaining
 * @param creditsRemaining the team's credits remaining when it has enough; null when it has not
 *                         (the server then says how many in {@code error})
 * @param creditsNeeded the credits asked about
 * @param error the server's explanation when it has not enough (or has no credit account); else null
 */
public record CreditCheck(String teamId, boolean hasCredits, Integer creditsRemaining, int creditsNeeded, String error) {}
