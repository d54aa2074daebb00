package dev.saasllm.examples;

import dev.saasllm.BudgetExceededException;
import dev.saasllm.ChatMessage;
import dev.saasllm.JobStatus;
import dev.saasllm.SaasLlmClient;
import dev.saasllm.team.CreditBalance;
import dev.saasllm.team.CreditCheck;
import dev.saasllm.team.CreditTransaction;
import dev.saasllm.team.Health;
import dev.saasllm.team.JobCosts;
import dev.saasllm.team.Team;
import dev.saasllm.team.TeamUsage;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rest of the server's API from the programmatic client: a job's costs and metadata, the team's jobs, usage and
 * credits, and the budget guard that refuses to open jobs when the team runs low.
 */
public final class TeamAndCredits {
    public static void main(String[] args) {
        try (ExampleServer server = ExampleServer.open()) {
            run(server);
        }
    }

    static void run(ExampleServer server) {
        try (SaasLlmClient client = server.client()) {
            String jobId = client.createJob("team_tour");
            client.chat(jobId, List.of(ChatMessage.user("What does a credit buy?")));
            client.completeJob(jobId, JobStatus.COMPLETED);

            // tag::team[]
            JobCosts costs = client.getJobCosts(jobId);                   // GET /api/jobs/{id}/costs: call by call
            client.updateJobMetadata(jobId, Map.of("reviewed", true));    // PATCH /api/jobs/{id}/metadata: merged
            Health health = client.health();                              // GET /health, sent without the key

            Team team = client.team();                                    // dev.saasllm.team
            long failed = team.jobs(JobStatus.FAILED).count();            // GET /api/teams/{team}/jobs, paged lazily
            TeamUsage usage = team.usage(YearMonth.now());                // GET /api/teams/{team}/usage?period=YYYY-MM
            CreditBalance balance = team.creditBalance();                 // GET /api/credits/teams/{team}/balance
            List<CreditTransaction> ledger = team.creditTransactions(20); // .../transactions?limit=20, newest first
            CreditCheck check = team.checkCredits(5);                     // POST .../check?credits_needed=5
            // end::team[]

            System.out.printf(Locale.ROOT, "Job %s: %d call(s), $%.6f%n", jobId, costs.breakdown().size(), costs.totalCostUsd());
            System.out.println("Server healthy: " + health.healthy());
            System.out.println("Team " + team.id() + ": " + usage.totalJobs() + " jobs this month, " + failed + " failed");
            System.out.println("Credits: " + balance.creditsRemaining() + " remaining; " + ledger.size()
                    + " ledger entries; 5 more available: " + check.hasCredits());

            int minimum = balance.creditsRemaining() + 1;                 // one more than the team has: the guard refuses
            // tag::guard[]
            try (SaasLlmClient guarded = server.client(builder -> builder.budgetGuard(minimum))) {
                guarded.createJob("over_budget");
            } catch (BudgetExceededException e) {
                System.out.println("Budget guard -> " + e.getMessage());
            }
            // end::guard[]
        }
    }
}
