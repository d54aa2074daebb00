package dev.saasllm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.BudgetExceededException;
import dev.saasllm.CallOptions;
import dev.saasllm.ChatMessage;
import dev.saasllm.Job;
import dev.saasllm.JobCompletion;
import dev.saasllm.JobStatus;
import dev.saasllm.NotFoundException;
import dev.saasllm.SaasLlmClient;
import dev.saasllm.emulator.BudgetMode;
import dev.saasllm.emulator.CallSnapshot;
import dev.saasllm.emulator.RecordedRequest;
import dev.saasllm.emulator.SaasLlmEmulator;
import dev.saasllm.emulator.SaasLlmEmulatorExtension;
import dev.saasllm.emulator.ServerRelease;
import dev.saasllm.team.CreditBalance;
import dev.saasllm.team.CreditCheck;
import dev.saasllm.team.CreditTransaction;
import dev.saasllm.team.Health;
import dev.saasllm.team.JobCosts;
import dev.saasllm.team.MetadataUpdate;
import dev.saasllm.team.Team;
import dev.saasllm.team.TeamUsage;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The rest of the client API end to end against the emulator (issue 12, "the rest of the client
 * API"): a job's costs and metadata, the team's jobs paged lazily and filtered by status (the case
 * fallback on v1.0.0 included), its usage for a month, the credit balance, ledger and check, health,
 * what each budget mode charges, and the client's budget guard.
 */
class TeamAndCreditsTest {
    private static final long CREDITS = 100;
    private static final String TEAM_JOBS = "/api/teams/acme-corp/jobs";

    @RegisterExtension
    static final SaasLlmEmulatorExtension EMULATOR =
            new SaasLlmEmulatorExtension(b -> b.credits(CREDITS).release(ServerRelease.FIXED));

    private SaasLlmEmulator emulator;
    private SaasLlmClient client;

    @BeforeEach
    void connect(SaasLlmEmulator emulator) {
        this.emulator = emulator;
        client = Emulated.client(emulator).defaultModel("TeamAgent").build();
    }

    @AfterEach
    void nothingLeftOpen() throws InterruptedException {
        try {
            assertEquals(0, Emulated.awaitNoOpenJobs(emulator), "jobs left open: " + Emulated.describe(emulator.jobs()));
            assertEquals(0, client.openJobs(), "client.openJobs()");
        } finally {
            client.close();
        }
    }

    /** A job of {@code calls} calls (purposes {@code step-1}, ...), settled {@code status}; returns the completion. */
    private JobCompletion job(String type, int calls, JobStatus status) {
        String jobId = client.createJob(type);
        for (int i = 1; i <= calls; i++) {
            client.chat(jobId, List.of(ChatMessage.user("Question " + i + " of job " + type)),
                    CallOptions.builder().purpose("step-" + i).build());
        }
        return client.completeJob(jobId, status, null, status == JobStatus.FAILED ? "gave up" : null);
    }

    // ---------------------------------------------------------------- one job

    @Test
    void aJobsCostsListItsCallsAsTheServerRecordedThem() {
        JobCompletion done = job("costed", 2, JobStatus.COMPLETED);

        JobCosts costs = client.getJobCosts(done.jobId());

        assertEquals(done.jobId(), costs.jobId());
        assertEquals("acme-corp", costs.teamId());
        assertEquals("costed", costs.jobType());
        assertEquals(JobStatus.COMPLETED, costs.status());
        List<CallSnapshot> recorded = emulator.callsFor(done.jobId());
        assertEquals(2, costs.breakdown().size());
        double sum = 0;
        for (int i = 0; i < 2; i++) {
            JobCosts.CallCost cost = costs.breakdown().get(i);
            CallSnapshot call = recorded.get(i);
            assertEquals(call.callId(), cost.callId());
            assertEquals("TeamAgent", cost.model());
            assertEquals("step-" + (i + 1), cost.purpose());
            assertEquals(call.promptTokens(), cost.promptTokens());
            assertEquals(call.completionTokens(), cost.completionTokens());
            assertEquals(call.costUsd(), cost.costUsd(), 1e-12);
            assertTrue(cost.costUsd() > 0, "priced: " + cost);
            sum += cost.costUsd();
        }
        assertEquals(sum, costs.totalCostUsd(), 1e-6);
        assertEquals(done.costs().totalCostUsd(), costs.totalCostUsd(), 1e-6, "as complete reported it");
    }

    /** The current release reports no cost in a one-call job's totals; its costs endpoint still prices the call. */
    @Test
    void onTheCurrentReleaseAOneCallJobReportsNoCostButItsCostsEndpointPricesTheCall() {
        emulator.configure(s -> s.release(ServerRelease.CURRENT));

        dev.saasllm.JobResult<String> result = client.create(MatrixService.class).result("What is a job?");

        assertEquals(List.of("POST /api/jobs/create-and-call"), Emulated.paths(emulator));
        assertEquals(0.0, result.costUsd());
        JobCosts costs = client.getJobCosts(result.jobId());
        assertEquals(1, costs.breakdown().size());
        CallSnapshot call = emulator.callsFor(result.jobId()).get(0);
        assertEquals(call.promptTokens(), costs.breakdown().get(0).promptTokens());
        assertEquals(call.costUsd(), costs.totalCostUsd(), 1e-9);
        assertTrue(costs.totalCostUsd() > 0, costs.toString());
    }

    @Test
    void metadataPatchedIntoAJobShowsWhenTheJobIsRead() {
        String jobId = client.createJob("patched", Map.of("origin", "test"));

        MetadataUpdate update = client.updateJobMetadata(jobId, Map.of("turn", 2, "tags", List.of("a", "b")));
        client.chat(jobId, List.of(ChatMessage.user("Hi")));
        client.completeJob(jobId, JobStatus.COMPLETED);

        Map<String, Object> expected = Map.of("origin", "test", "turn", 2.0, "tags", List.of("a", "b"));
        assertEquals(jobId, update.jobId());
        assertEquals(expected, update.metadata());
        Job job = client.getJob(jobId);
        assertEquals(expected, job.metadata());
        assertEquals(JobStatus.COMPLETED, job.status());
        assertEquals(List.of("TeamAgent"), job.modelGroupsUsed());
        assertTrue(job.creditApplied());
    }

    /** Releases before 2025-10-21 have no PATCH route: FastAPI's 404 {@code Not Found}. */
    @Test
    void onV1_0_0PatchingMetadataIsNotFound() {
        emulator.configure(s -> s.release(ServerRelease.V1_0_0));
        String jobId = client.createJob("patched");

        NotFoundException e = assertThrows(NotFoundException.class, () -> client.updateJobMetadata(jobId, Map.of("turn", 2)));
        assertEquals("Not Found", e.detail());

        client.completeJob(jobId, JobStatus.FAILED, null, "no metadata");
    }

    // ---------------------------------------------------------------- the team's jobs

    @Test
    void theTeamsJobsArePagedLazilyNewestFirst() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) ids.add(job("listed_" + i, 1, i % 2 == 0 ? JobStatus.COMPLETED : JobStatus.FAILED).jobId());
        Team team = client.team();
        int before = teamJobRequests().size();

        Stream<Job> jobs = team.jobs(null, 2);
        assertEquals(before, teamJobRequests().size(), "nothing requested before the stream is read");
        Iterator<Job> it = jobs.iterator();
        assertEquals(ids.get(4), it.next().jobId(), "newest first");
        assertEquals(1, teamJobRequests().size() - before, "one page so far");
        List<String> read = new ArrayList<>(List.of(ids.get(4)));
        it.forEachRemaining(j -> read.add(j.jobId()));

        assertEquals(List.of(ids.get(4), ids.get(3), ids.get(2), ids.get(1), ids.get(0)), read);
        List<String> queries = teamJobRequests().stream().skip(before).map(RecordedRequest::query).toList();
        assertEquals(List.of("limit=2&offset=0", "limit=2&offset=2", "limit=2&offset=4"), queries,
                "pages of two until a short one");
    }

    @Test
    void theTeamsJobsFilteredByStatusAreAskedUpperCase() {
        for (int i = 0; i < 5; i++) job("filtered", 1, i % 2 == 0 ? JobStatus.COMPLETED : JobStatus.FAILED);

        List<Job> completed = client.team().jobs(JobStatus.COMPLETED, 2).toList();
        List<Job> failed = client.team().jobs(JobStatus.FAILED, 2).toList();

        assertEquals(3, completed.size());
        assertTrue(completed.stream().allMatch(j -> j.status() == JobStatus.COMPLETED), completed.toString());
        assertEquals(2, failed.size());
        assertEquals("gave up", failed.get(0).errorMessage());
        assertEquals(List.of("limit=2&offset=0&status=COMPLETED", "limit=2&offset=2&status=COMPLETED",
                        "limit=2&offset=0&status=FAILED", "limit=2&offset=2&status=FAILED"),
                teamJobRequests().stream().map(RecordedRequest::query).toList());
    }

    /**
     * v1.0.0 keeps statuses in lower case: the upper-case filter is its plain-text 500, and the client
     * asks once more in lower case and keeps to it (the next pages, the next streams).
     */
    @Test
    void onV1_0_0TheStatusFilterFallsBackToLowerCaseOnceAndKeepsToIt() {
        emulator.configure(s -> s.release(ServerRelease.V1_0_0));
        for (int i = 0; i < 5; i++) job("filtered", 1, i % 2 == 0 ? JobStatus.COMPLETED : JobStatus.FAILED);
        Team team = client.team();

        List<Job> completed = team.jobs(JobStatus.COMPLETED, 2).toList();
        List<Job> failed = team.jobs(JobStatus.FAILED, 2).toList();

        assertEquals(3, completed.size());
        assertTrue(completed.stream().allMatch(j -> j.status() == JobStatus.COMPLETED), completed.toString());
        assertEquals(2, failed.size());
        assertEquals(List.of("limit=2&offset=0&status=COMPLETED", "limit=2&offset=0&status=completed",
                        "limit=2&offset=2&status=completed", "limit=2&offset=0&status=failed",
                        "limit=2&offset=2&status=failed"),
                teamJobRequests().stream().map(RecordedRequest::query).toList());
    }

    private List<RecordedRequest> teamJobRequests() {
        return emulator.requests().stream().filter(r -> r.path().equals(TEAM_JOBS)).toList();
    }

    // ---------------------------------------------------------------- usage, credits, health

    @Test
    void theMonthsUsageCountsTheJobsByOutcomeAndType() {
        job("parsing", 1, JobStatus.COMPLETED);
        job("parsing", 2, JobStatus.COMPLETED);
        job("summary", 1, JobStatus.FAILED);
        YearMonth month = YearMonth.from(emulator.jobs().get(0).createdAt());

        TeamUsage usage = client.team().usage(month);

        assertEquals("acme-corp", usage.teamId());
        assertEquals(month, usage.period());
        assertEquals(3, usage.totalJobs());
        assertEquals(2, usage.successfulJobs());
        assertEquals(1, usage.failedJobs());
        long tokens = emulator.jobs().stream().flatMap(j -> j.calls().stream()).mapToLong(CallSnapshot::totalTokens).sum();
        assertEquals(tokens, usage.totalTokens());
        assertEquals(2, usage.jobTypes().get("parsing").count());
        assertEquals(1, usage.jobTypes().get("summary").count());
        assertEquals(0, client.team().usage(month.minusMonths(1)).totalJobs(), "another month");
    }

    @Test
    void theBalanceLedgerAndCheckFollowTheJobs() {
        JobCompletion first = job("billed", 1, JobStatus.COMPLETED);
        JobCompletion second = job("billed", 1, JobStatus.COMPLETED);
        job("billed", 1, JobStatus.FAILED);
        Team team = client.team();

        CreditBalance balance = team.creditBalance();
        assertEquals("acme-corp", balance.teamId());
        assertEquals(CREDITS, balance.creditsAllocated());
        assertEquals(2, balance.creditsUsed());
        assertEquals(CREDITS - 2, balance.creditsRemaining());
        assertEquals((int) CREDITS - 2, second.creditsRemaining(), "complete said the same");
        assertEquals("job_based", balance.budgetMode());
        assertEquals("active", balance.status());

        List<CreditTransaction> ledger = team.creditTransactions(10);
        assertEquals(List.of(second.jobId(), first.jobId()), ledger.stream().map(CreditTransaction::jobId).toList(),
                "newest first, a failed job not charged");
        CreditTransaction last = ledger.get(0);
        assertEquals("deduction", last.transactionType());
        assertEquals(1, last.creditsAmount());
        assertEquals(CREDITS - 1, last.creditsBefore());
        assertEquals(CREDITS - 2, last.creditsAfter());
        assertEquals(1, team.creditTransactions(1).size());

        CreditCheck enough = team.checkCredits(5);
        assertTrue(enough.hasCredits());
        assertEquals((int) CREDITS - 2, enough.creditsRemaining());
        assertNull(enough.error());
        CreditCheck tooMany = team.checkCredits(1000);
        assertFalse(tooMany.hasCredits());
        assertNull(tooMany.creditsRemaining());
        assertTrue(tooMany.error() != null && !tooMany.error().isEmpty(), tooMany.toString());
    }

    @Test
    void healthIsAskedWithoutTheKey() {
        Health health = client.health();

        assertTrue(health.healthy());
        assertEquals("saas-llm-api", health.service());
        RecordedRequest request = emulator.requests().get(0);
        assertEquals("/health", request.path());
        assertNull(request.header("Authorization"));
    }

    // ---------------------------------------------------------------- budget modes and the guard

    @Test
    void consumptionTokensChargesTheJobsTokens() {
        emulator.configure(s -> s.team("acme-corp").budgetMode(BudgetMode.CONSUMPTION_TOKENS).tokensPerCredit(5));

        JobCompletion done = job("long_one", 3, JobStatus.COMPLETED);

        long charged = Math.max(1, done.costs().totalTokens() / 5);
        assertTrue(charged > 1, "more than one credit: " + done.costs());
        CreditBalance balance = client.team().creditBalance();
        assertEquals("consumption_tokens", balance.budgetMode());
        assertEquals(5, balance.tokensPerCredit());
        assertEquals(charged, balance.creditsUsed());
        assertEquals(CREDITS - charged, balance.creditsRemaining());
        assertEquals(balance.creditsRemaining(), done.creditsRemaining());
        assertEquals(charged, client.team().creditTransactions(1).get(0).creditsAmount());
    }

    @Test
    void consumptionUsdChargesTheJobsCost() {
        emulator.configure(s -> s.team("acme-corp").budgetMode(BudgetMode.CONSUMPTION_USD).creditsPerDollar(100_000));

        JobCompletion done = job("costly", 3, JobStatus.COMPLETED);

        long charged = Math.max(1, (long) (done.costs().totalCostUsd() * 100_000));
        assertTrue(charged > 1, "more than one credit: " + done.costs());
        CreditBalance balance = client.team().creditBalance();
        assertEquals("consumption_usd", balance.budgetMode());
        assertEquals(charged, balance.creditsUsed());
        assertEquals(balance.creditsRemaining(), done.creditsRemaining());
    }

    /**
     * The guard refuses to open a job once the team is below its minimum, before anything is sent.
     * The completions keep it current: with tokens charged, it stops sooner than a job count would.
     */
    @Test
    void theBudgetGuardRefusesJobsOnceTheBalanceIsBelowItsMinimum() {
        client.close();
        emulator.configure(s -> s.team("acme-corp").budgetMode(BudgetMode.CONSUMPTION_TOKENS).tokensPerCredit(5));
        int minimum = (int) CREDITS - 10;
        client = Emulated.client(emulator).defaultModel("TeamAgent").budgetGuard(minimum).build();
        MatrixService service = client.create(MatrixService.class);

        List<Long> after = new ArrayList<>();
        BudgetExceededException refused = null;
        for (int i = 0; i < 10 && refused == null; i++) {
            try {
                service.record("Name: Ada Lovelace\nEmail: ada@example.com\nYears: " + i);
                after.add(emulator.creditsRemaining());
            } catch (BudgetExceededException e) {
                refused = e;
            }
        }

        assertTrue(refused != null, "refused at last: " + after);
        assertTrue(after.get(after.size() - 1) < minimum && (after.size() == 1 || after.get(after.size() - 2) >= minimum),
                "ran until the balance fell below the minimum: " + after);
        assertTrue(CREDITS - after.get(0) > 1, "tokens charged, more than a credit a job: " + after);
        assertEquals(after.get(after.size() - 1), (long) refused.creditsRemaining());
        assertEquals(minimum, refused.minimumCredits());
        assertEquals(after.size(), emulator.jobs().size(), "the refused job was never opened");
        assertEquals(1, emulator.requests().stream().filter(r -> r.path().endsWith("/balance")).count(),
                "one balance read; the completions kept it current");
    }
}
