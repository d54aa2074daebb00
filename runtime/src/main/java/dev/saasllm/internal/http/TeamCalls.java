package dev.saasllm.internal.http;

import dev.saasllm.Job;
import dev.saasllm.JobStatus;
import dev.saasllm.RetryPolicy;
import dev.saasllm.SaasLlmException;
import dev.saasllm.ServerException;
import dev.saasllm.ServerFallback;
import dev.saasllm.internal.Pull;
import dev.saasllm.team.CreditBalance;
import dev.saasllm.team.CreditCheck;
import dev.saasllm.team.CreditTransaction;
import dev.saasllm.team.Team;
import dev.saasllm.team.TeamUsage;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** The team's API over the pipeline: each method one request (the job list one per page). */
final class TeamCalls implements Team {
    static final int DEFAULT_PAGE = 100;

    private final Pipeline pipeline;
    private final String teamId;
    private final RetryPolicy policy;
    private final Runnable checkOpen;

    TeamCalls(Pipeline pipeline, String teamId, RetryPolicy policy, Runnable checkOpen) {
        this.pipeline = pipeline;
        this.teamId = Objects.requireNonNull(teamId, "teamId");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.checkOpen = Objects.requireNonNull(checkOpen, "checkOpen");
    }

    @Override
    public String id() {
        return teamId;
    }

    @Override
    public Stream<Job> jobs() {
        return jobs(null, DEFAULT_PAGE);
    }

    @Override
    public Stream<Job> jobs(JobStatus status) {
        return jobs(status, DEFAULT_PAGE);
    }

    @Override
    public Stream<Job> jobs(JobStatus status, int pageSize) {
        if (pageSize < 1) throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
        checkOpen.run();
        Supplier<Job> next = new Supplier<>() {
            private Iterator<Job> page = Collections.emptyIterator();
            private int offset;
            private boolean last;

            @Override
            public Job get() {
                while (!page.hasNext()) {
                    if (last) return null;
                    List<Job> jobs = page(status, pageSize, offset);
                    // The server's total is this page's size: a short page is the only sign of the end.
                    last = jobs.size() < pageSize;
                    offset += jobs.size();
                    page = jobs.iterator();
                }
                return page.next();
            }
        };
        return Pull.stream(Pull.iterator(next), () -> {});
    }

    private List<Job> page(JobStatus status, int limit, int offset) {
        checkOpen.run();
        if (status == null || pipeline.traits().uses(ServerFallback.LOWER_CASE_STATUS_FILTER)) return fetch(status == null ? null : status.wireName(), limit, offset);
        try {
            return fetch(status.name(), limit, offset);
        } catch (ServerException upperCaseRefused) {
            // Servers before 2025-10-21 keep statuses in lower case: an upper-case filter is a plain-text 500 there
            // (and a lower-case one on current servers). Asked once more in lower case; remembered when it works.
            try {
                List<Job> jobs = fetch(status.wireName(), limit, offset);
                pipeline.traits().learned(ServerFallback.LOWER_CASE_STATUS_FILTER, "The server filters job statuses "
                        + "in lower case (a release before 2025-10-21); this client sends them so from now on.");
                return jobs;
            } catch (SaasLlmException lowerCaseToo) {
                upperCaseRefused.addSuppressed(lowerCaseToo);
                throw upperCaseRefused;
            }
        }
    }

    private List<Job> fetch(String status, int limit, int offset) {
        return pipeline.read(JobService.TEAM_JOBS, null, policy,
                (service, auth) -> service.teamJobs(auth, teamId, limit, offset, status)).jobs();
    }

    @Override
    public TeamUsage usage(YearMonth month) {
        Objects.requireNonNull(month, "month");
        checkOpen.run();
        // YearMonth always writes YYYY-MM; the server matches the period as a prefix ("2026-1" would be three months).
        return pipeline.read(JobService.TEAM_USAGE, null, policy, (service, auth) -> service.teamUsage(auth, teamId, month.toString()));
    }

    @Override
    public CreditBalance creditBalance() {
        checkOpen.run();
        return pipeline.read(JobService.CREDIT_BALANCE, null, policy, (service, auth) -> service.creditBalance(auth, teamId));
    }

    @Override
    public List<CreditTransaction> creditTransactions(int limit) {
        if (limit < 1) throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        checkOpen.run();
        return pipeline.read(JobService.CREDIT_TRANSACTIONS, null, policy,
                (service, auth) -> service.creditTransactions(auth, teamId, limit)).transactions();
    }

    @Override
    public CreditCheck checkCredits(int creditsNeeded) {
        if (creditsNeeded < 0) throw new IllegalArgumentException("creditsNeeded must not be negative, was " + creditsNeeded);
        checkOpen.run();
        return pipeline.read(JobService.CREDIT_CHECK, null, policy, (service, auth) -> service.checkCredits(auth, teamId, creditsNeeded));
    }

    @Override
    public String toString() {
        return "Team{" + teamId + "}";
    }
}
