package dev.saasllm.team;

import dev.saasllm.Job;
import dev.saasllm.JobStatus;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

/**
 * The client's team on the server: its jobs, usage and credits. From {@code SaasLlmClient.team()};
 * thread-safe. Requests go through the client's pipeline under its retry policy, and fail with the
 * same typed exceptions as the job API ({@code PermissionDeniedException} when the key is not the
 * team's, {@code NotFoundException}, ...).
 *
 * <pre>{@code
 * Team team = client.team();
 * long failed = team.jobs(JobStatus.FAILED).limit(500).count();
 * TeamUsage november = team.usage(YearMonth.of(2026, 11));
 * int left = team.creditBalance().creditsRemaining();
 * }</pre>
 */
public interface Team {
    /**
     * The team's id, as configured on the client.
     *
     * @return the team's id
     */
    String id();

    /**
     * {@link #jobs(JobStatus, int)}: every job, pages of 100.
     *
     * @return the jobs, newest first, read lazily
     */
    Stream<Job> jobs();

    /**
     * {@link #jobs(JobStatus, int)} in pages of 100.
     *
     * @param status the status to keep, or null for all
     * @return the jobs, newest first, read lazily
     */
    Stream<Job> jobs(JobStatus status);

    /**
     * The team's jobs, newest first ({@code GET /api/teams/{team_id}/jobs}), read a page at a time
     * as the stream is consumed: nothing is requested before the first element is needed, and the
     * next page only when the previous one is used up. The stream ends with a page shorter than
     * {@code pageSize} (the server's {@code total} is the size of its page, not of the list). A
     * page that fails is thrown by the stream's terminal operation. Jobs created while the stream
     * is read shift the later pages: a job may then appear twice.
     *
     * @param status only jobs in this status; null for all. Sent upper case, as current servers
     *               need it; a server from before 2025-10-21 (v1.0.0, v0.2.0), which needs lower
     *               case, is detected once and then asked in lower case
     * @param pageSize jobs per request, at least 1
     * @return the jobs, newest first, read lazily
     */
    Stream<Job> jobs(JobStatus status, int pageSize);

    /**
     * The team's usage in {@code month} ({@code GET /api/teams/{team_id}/usage?period=YYYY-MM}):
     * the jobs created that month, their outcome, tokens and cost.
     *
     * @param month the month
     * @return the month's usage
     */
    TeamUsage usage(YearMonth month);

    /**
     * The team's credit account ({@code GET /api/credits/teams/{team_id}/balance}).
     *
     * @return the balance and the account's totals
     */
    CreditBalance creditBalance();

    /**
     * The newest {@code limit} entries of the team's credit ledger, newest first
     * ({@code GET /api/credits/teams/{team_id}/transactions?limit=}). The server offers no offset:
     * older entries are reached with a larger limit.
     *
     * @param limit at least 1 (the server's own default is 50)
     * @return the entries, newest first
     */
    List<CreditTransaction> creditTransactions(int limit);

    /**
     * Whether the team has at least {@code creditsNeeded} credits remaining
     * ({@code POST /api/credits/teams/{team_id}/check?credits_needed=}). It reserves nothing.
     *
     * @param creditsNeeded at least 0
     * @return the answer, with the credits remaining
     */
    CreditCheck checkCredits(int creditsNeeded);
}
