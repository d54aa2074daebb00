package dev.saasllm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.team.CreditBalance;
import dev.saasllm.team.CreditCheck;
import dev.saasllm.team.CreditTransaction;
import dev.saasllm.team.Health;
import dev.saasllm.team.JobCosts;
import dev.saasllm.team.MetadataUpdate;
import dev.saasllm.team.Team;
import dev.saasllm.team.TeamUsage;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * The rest of the server's API against MockWebServer: each endpoint's exact request, its answer as
 * the server writes it (bodies built as {@code src/saas_api.py}, {@code src/api/credits.py} and the
 * models' {@code to_dict} build them), and its errors.
 */
class TeamApiTest extends MockServerSupport {
    static final String COSTS_BODY = "{\"job_id\":\"" + JOB_ID + "\",\"team_id\":\"acme-corp\",\"job_type\":\"resume_parsing\","
            + "\"status\":\"COMPLETED\",\"costs\":{\"total_cost_usd\":0.003125,\"breakdown\":["
            + "{\"call_id\":\"9b2e7c1d-4f6a-4e8b-9c0d-1a2b3c4d5e6f\",\"model\":\"gpt-4o-mini\",\"purpose\":\"parse\","
            + "\"prompt_tokens\":300,\"completion_tokens\":150,\"cost_usd\":0.003125,\"created_at\":\"2026-11-27T20:57:35.123456\"},"
            + "{\"call_id\":\"0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f\",\"model\":null,\"purpose\":null,"
            + "\"prompt_tokens\":0,\"completion_tokens\":0,\"cost_usd\":0.0,\"created_at\":\"2026-11-27T20:57:36.5\"}]}}";

    /** A job as {@code Job.to_dict()} writes it: timestamps through {@code to_utc_isoformat} (seconds, {@code Z}). */
    static String job(String id, String status) {
        return "{\"job_id\":\"" + id + "\",\"team_id\":\"acme-corp\",\"user_id\":null,\"job_type\":\"resume_parsing\","
                + "\"status\":\"" + status + "\",\"created_at\":\"2026-11-27T20:57:34Z\",\"started_at\":\"2026-11-27T20:57:35Z\","
                + "\"completed_at\":\"2026-11-27T20:57:40Z\",\"metadata\":{\"source\":\"api\"},\"error_message\":null,"
                + "\"organization_id\":null,\"external_task_id\":null,\"credit_applied\":true,\"model_groups_used\":[\"ResumeAgent\"]}";
    }

    /** A page of {@code list_team_jobs}: {@code total} is {@code len(jobs)}. */
    static String page(String... jobs) {
        return "{\"team_id\":\"acme-corp\",\"total\":" + jobs.length + ",\"jobs\":[" + String.join(",", jobs) + "]}";
    }

    static String id(int n) {
        return String.format("00000000-0000-4000-8000-%012d", n);
    }

    static final String BALANCE_BODY = "{\"team_id\":\"acme-corp\",\"organization_id\":\"org-acme\",\"credits_allocated\":1000,"
            + "\"credits_used\":1,\"credits_remaining\":999,\"credit_limit\":null,\"auto_refill\":false,\"refill_amount\":null,"
            + "\"refill_period\":null,\"last_refill_at\":null,\"budget_mode\":\"job_based\",\"credits_per_dollar\":10.0,"
            + "\"tokens_per_credit\":10000,\"cost_markup_percentage\":0.0,\"status\":\"active\","
            + "\"created_at\":\"2026-11-01T09:00:00Z\",\"updated_at\":\"2026-11-27T20:57:40Z\"}";

    private Team team() {
        return client.team();
    }

    private void enqueueText(int status, String body) {
        server.enqueue(new MockResponse.Builder().code(status).setHeader("Content-Type", "text/plain; charset=utf-8").body(body).build());
    }

    // ---------------------------------------------------------------- a job's costs and metadata

    @Test
    void jobCostsCallByCall() throws Exception {
        enqueueJson(200, COSTS_BODY);
        JobCosts costs = client.getJobCosts(JOB_ID);
        take("GET", "/api/jobs/" + JOB_ID + "/costs");
        assertEquals(new JobCosts(JOB_ID, TEAM, "resume_parsing", JobStatus.COMPLETED, 0.003125, List.of(
                new JobCosts.CallCost("9b2e7c1d-4f6a-4e8b-9c0d-1a2b3c4d5e6f", "gpt-4o-mini", "parse", 300, 150, 0.003125,
                        Instant.parse("2026-11-27T20:57:35.123456Z")),
                new JobCosts.CallCost("0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", null, null, 0, 0, 0.0,
                        Instant.parse("2026-11-27T20:57:36.5Z")))), costs);
    }

    @Test
    void jobCostsOfAnUnknownJobIsNotFound() throws Exception {
        enqueueJson(404, "{\"detail\":\"Job not found\"}");
        NotFoundException e = assertThrows(NotFoundException.class, () -> client.getJobCosts(JOB_ID));
        take("GET", "/api/jobs/" + JOB_ID + "/costs");
        assertEquals("HTTP 404 Client Error from GET /api/jobs/{job_id}/costs for job " + JOB_ID + ": Job not found", e.getMessage());
        assertEquals(JOB_ID, e.jobId());
        assertEquals("Job not found", e.detail());
    }

    @Test
    void jobCostsOfAnotherTeamsJobIsForbidden() {
        enqueueJson(403, "{\"detail\":\"Job does not belong to your team\"}");
        PermissionDeniedException e = assertThrows(PermissionDeniedException.class, () -> client.getJobCosts(JOB_ID));
        assertEquals("Job does not belong to your team", e.detail());
    }

    @Test
    void anIdThatIsNoUuidIsAPlainText500() {
        // uuid.UUID(job_id) raises before any handler: Starlette answers in plain text.
        enqueueText(500, "Internal Server Error");
        ServerException e = assertThrows(ServerException.class, () -> client.getJobCosts("not-a-uuid"));
        assertEquals("Internal Server Error", e.detail());
        assertEquals("Internal Server Error", e.rawBody());
        assertEquals("GET /api/jobs/{job_id}/costs", e.endpoint());
    }

    @Test
    void metadataIsMergedWithAPatch() throws Exception {
        enqueueJson(200, "{\"job_id\":\"" + JOB_ID + "\",\"metadata\":{\"source\":\"api\",\"turn\":2,\"topic\":\"billing\"},"
                + "\"updated_at\":\"2026-11-27T21:00:01.654321\"}");
        Map<String, Object> patch = new LinkedHashMap<>();
        patch.put("turn", 2);
        patch.put("topic", "billing");
        MetadataUpdate update = client.updateJobMetadata(JOB_ID, patch);
        RecordedRequest request = take("PATCH", "/api/jobs/" + JOB_ID + "/metadata");
        assertEquals("{\"metadata\":{\"turn\":2,\"topic\":\"billing\"}}", request.getBody().utf8());
        assertTrue(request.getHeaders().get("Content-Type").startsWith("application/json"));
        assertEquals(JOB_ID, update.jobId());
        assertEquals(Map.of("source", "api", "turn", 2.0, "topic", "billing"), update.metadata());
        assertEquals(Instant.parse("2026-11-27T21:00:01.654321Z"), update.updatedAt());
    }

    @Test
    void aServerWithoutTheMetadataEndpointAnswersNotFound() {
        // v1.1.0 and older: no route for the path at all.
        enqueueJson(404, "{\"detail\":\"Not Found\"}");
        NotFoundException e = assertThrows(NotFoundException.class, () -> client.updateJobMetadata(JOB_ID, Map.of("a", 1)));
        assertEquals("PATCH /api/jobs/{job_id}/metadata", e.endpoint());
    }

    // ---------------------------------------------------------------- the team's jobs

    @Test
    void jobsArePagedLazilyAndEndWithAShortPage() throws Exception {
        enqueueJson(200, page(job(id(1), "COMPLETED"), job(id(2), "FAILED")));
        enqueueJson(200, page(job(id(3), "IN_PROGRESS")));
        var jobs = team().jobs(null, 2).iterator();
        assertEquals(0, server.getRequestCount(), "nothing is requested before a job is needed");

        assertEquals(id(1), jobs.next().jobId());
        assertEquals(1, server.getRequestCount());
        RecordedRequest first = take("GET", "/api/teams/acme-corp/jobs?limit=2&offset=0");
        assertEquals(0, first.getBodySize());
        Job second = jobs.next();
        assertEquals(JobStatus.FAILED, second.status());
        assertEquals(1, server.getRequestCount(), "the page's second job needs no request");

        Job third = jobs.next();
        take("GET", "/api/teams/acme-corp/jobs?limit=2&offset=2");
        assertEquals(new Job(id(3), TEAM, null, "resume_parsing", JobStatus.IN_PROGRESS,
                Instant.parse("2026-11-27T20:57:34Z"), Instant.parse("2026-11-27T20:57:35Z"), Instant.parse("2026-11-27T20:57:40Z"),
                Map.of("source", "api"), null, null, null, true, List.of("ResumeAgent")), third);
        assertFalse(jobs.hasNext());
        assertEquals(2, server.getRequestCount(), "a short page is the last: its total is not the list's size");
    }

    @Test
    void aFullLastPageEndsWithAnEmptyOne() throws Exception {
        enqueueJson(200, page(job(id(1), "COMPLETED"), job(id(2), "COMPLETED")));
        enqueueJson(200, page());
        assertEquals(List.of(id(1), id(2)), team().jobs(JobStatus.COMPLETED, 2).map(Job::jobId).toList());
        take("GET", "/api/teams/acme-corp/jobs?limit=2&offset=0&status=COMPLETED");
        take("GET", "/api/teams/acme-corp/jobs?limit=2&offset=2&status=COMPLETED");
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void aStreamCutShortRequestsNoFurtherPage() throws Exception {
        enqueueJson(200, page(job(id(1), "COMPLETED"), job(id(2), "COMPLETED")));
        assertEquals(List.of(id(1)), team().jobs().limit(1).map(Job::jobId).toList());
        take("GET", "/api/teams/acme-corp/jobs?limit=100&offset=0");
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void theStatusFilterIsSentUpperCase() throws Exception {
        enqueueJson(200, page());
        assertEquals(0, team().jobs(JobStatus.IN_PROGRESS).count());
        take("GET", "/api/teams/acme-corp/jobs?limit=100&offset=0&status=IN_PROGRESS");
    }

    @Test
    void aServerOfLowerCaseStatusesIsAskedAgainInLowerCaseAndRemembered() throws Exception {
        // v1.0.0: JobStatus("COMPLETED") raises ValueError, Starlette's plain-text 500.
        enqueueText(500, "Internal Server Error");
        enqueueJson(200, page(job(id(1), "completed")));
        enqueueJson(200, page());
        assertEquals(List.of(JobStatus.COMPLETED), team().jobs(JobStatus.COMPLETED, 1).map(Job::status).toList());
        take("GET", "/api/teams/acme-corp/jobs?limit=1&offset=0&status=COMPLETED");
        take("GET", "/api/teams/acme-corp/jobs?limit=1&offset=0&status=completed");
        take("GET", "/api/teams/acme-corp/jobs?limit=1&offset=1&status=completed");

        enqueueJson(200, page());
        assertEquals(0, team().jobs(JobStatus.FAILED).count());
        take("GET", "/api/teams/acme-corp/jobs?limit=100&offset=0&status=failed");
    }

    @Test
    void aServerErrorInBothCasesIsThrownAsTheFirst() throws Exception {
        enqueueText(500, "Internal Server Error");
        enqueueJson(500, "{\"detail\":\"database unavailable\"}");
        ServerException e = assertThrows(ServerException.class, () -> team().jobs(JobStatus.FAILED).toList());
        assertEquals("Internal Server Error", e.detail());
        assertEquals("database unavailable", ((SaasLlmException) e.getSuppressed()[0]).detail());
        enqueueJson(200, page());
        team().jobs(JobStatus.FAILED).toList();
        take("GET", "/api/teams/acme-corp/jobs?limit=100&offset=0&status=FAILED");
        take("GET", "/api/teams/acme-corp/jobs?limit=100&offset=0&status=failed");
        take("GET", "/api/teams/acme-corp/jobs?limit=100&offset=0&status=FAILED"); // nothing was remembered
    }

    @Test
    void anotherTeamsJobsAreForbidden() {
        enqueueJson(403, "{\"detail\":\"Cannot access jobs for a different team\"}");
        PermissionDeniedException e = assertThrows(PermissionDeniedException.class, () -> team().jobs().findFirst());
        assertEquals("HTTP 403 Client Error from GET /api/teams/{team_id}/jobs: Cannot access jobs for a different team",
                e.getMessage());
        assertNoKey(e);
    }

    @Test
    void aPageSizeBelowOneIsRefusedBeforeAnythingIsSent() {
        assertThrows(IllegalArgumentException.class, () -> team().jobs(null, 0));
        assertEquals(0, server.getRequestCount());
    }

    // ---------------------------------------------------------------- usage

    @Test
    void usageOfAMonth() throws Exception {
        enqueueJson(200, "{\"team_id\":\"acme-corp\",\"period\":\"2026-11\",\"summary\":{\"total_jobs\":3,\"successful_jobs\":2,"
                + "\"failed_jobs\":1,\"total_cost_usd\":0.01,\"total_tokens\":1380,\"avg_cost_per_job\":0.0031},"
                + "\"job_types\":{\"resume_parsing\":{\"count\":2,\"cost_usd\":0.0062},\"chat\":{\"count\":1,\"cost_usd\":0.0031}}}");
        TeamUsage usage = team().usage(YearMonth.of(2026, 11));
        take("GET", "/api/teams/acme-corp/usage?period=2026-11");
        assertEquals(new TeamUsage(TEAM, YearMonth.of(2026, 11), 3, 2, 1, 0.01, 1380, 0.0031, Map.of(
                "resume_parsing", new TeamUsage.JobTypeUsage(2, 0.0062), "chat", new TeamUsage.JobTypeUsage(1, 0.0031))), usage);
        assertEquals(List.of("resume_parsing", "chat"), List.copyOf(usage.jobTypes().keySet()), "the server's order");
    }

    @Test
    void aMonthBeforeOctoberIsSentWithTwoDigits() throws Exception {
        // The server matches the period as a prefix of YYYY-MM: "2026-1" would sum October to December.
        enqueueJson(200, "{\"team_id\":\"acme-corp\",\"period\":\"2026-01\",\"summary\":{\"total_jobs\":0,\"successful_jobs\":0,"
                + "\"failed_jobs\":0,\"total_cost_usd\":0.0,\"total_tokens\":0,\"avg_cost_per_job\":0.0},\"job_types\":{}}");
        TeamUsage usage = team().usage(YearMonth.of(2026, 1));
        take("GET", "/api/teams/acme-corp/usage?period=2026-01");
        assertEquals(0, usage.totalJobs());
        assertEquals(Map.of(), usage.jobTypes());
    }

    @Test
    void aStoredUsageSummaryIsReadToo() throws Exception {
        // TeamUsageSummary.to_dict(): the summary's fields at the top level, job types as job_type_breakdown.
        enqueueJson(200, "{\"team_id\":\"acme-corp\",\"period\":\"2026-10\",\"period_type\":\"monthly\",\"total_jobs\":50,"
                + "\"successful_jobs\":48,\"failed_jobs\":2,\"cancelled_jobs\":0,\"total_cost_usd\":5.2,\"total_tokens\":120000,"
                + "\"job_type_breakdown\":{\"document_analysis\":{\"count\":50,\"cost_usd\":5.2}},\"calculated_at\":\"2026-11-01T00:00:00Z\"}");
        TeamUsage usage = team().usage(YearMonth.of(2026, 10));
        assertEquals(new TeamUsage(TEAM, YearMonth.of(2026, 10), 50, 48, 2, 5.2, 120000, 5.2 / 50,
                Map.of("document_analysis", new TeamUsage.JobTypeUsage(50, 5.2))), usage);
    }

    @Test
    void aMissingPeriodIsAValidationError() {
        // FastAPI's answer to a request without ?period= (pydantic v2).
        String body = "{\"detail\":[{\"type\":\"missing\",\"loc\":[\"query\",\"period\"],\"msg\":\"Field required\",\"input\":null}]}";
        enqueueJson(422, body);
        RequestValidationException e = assertThrows(RequestValidationException.class, () -> team().usage(YearMonth.of(2026, 11)));
        assertEquals(List.of(new RequestValidationException.FieldError(List.of("query", "period"), "Field required", "missing")),
                e.fieldErrors());
        assertEquals(body, e.rawBody());
        assertEquals("GET /api/teams/{team_id}/usage", e.endpoint());
    }

    @Test
    void anotherTeamsUsageIsForbidden() {
        enqueueJson(403, "{\"detail\":\"Cannot access usage data for a different team\"}");
        PermissionDeniedException e = assertThrows(PermissionDeniedException.class, () -> team().usage(YearMonth.of(2026, 11)));
        assertEquals("Cannot access usage data for a different team", e.detail());
    }

    // ---------------------------------------------------------------- credits

    @Test
    void creditBalance() throws Exception {
        enqueueJson(200, BALANCE_BODY);
        CreditBalance balance = team().creditBalance();
        take("GET", "/api/credits/teams/acme-corp/balance");
        assertEquals(new CreditBalance(TEAM, "org-acme", 1000, 1, 999, null, false, null, null, null, "job_based", 10.0, 10000,
                0.0, "active", Instant.parse("2026-11-01T09:00:00Z"), Instant.parse("2026-11-27T20:57:40Z")), balance);
    }

    @Test
    void creditBalanceOfAnOlderServerLeavesTheLaterFieldsNull() {
        // v1.0.0's TeamCredits.to_dict(): no budget mode, rates or status; timestamps by isoformat() without a zone.
        enqueueJson(200, "{\"team_id\":\"acme-corp\",\"organization_id\":null,\"credits_allocated\":100,\"credits_used\":0,"
                + "\"credits_remaining\":100,\"credit_limit\":500,\"auto_refill\":true,\"refill_amount\":100,"
                + "\"refill_period\":\"monthly\",\"last_refill_at\":\"2026-11-01T00:00:00.000123\","
                + "\"created_at\":\"2026-10-01T08:00:00\",\"updated_at\":\"2026-11-01T00:00:00.000123\"}");
        CreditBalance balance = team().creditBalance();
        assertEquals(new CreditBalance(TEAM, null, 100, 0, 100, 500, true, 100, "monthly", Instant.parse("2026-11-01T00:00:00.000123Z"),
                null, null, null, null, null, Instant.parse("2026-10-01T08:00:00Z"), Instant.parse("2026-11-01T00:00:00.000123Z")),
                balance);
    }

    @Test
    void creditBalanceErrors() {
        enqueueJson(404, "{\"detail\":\"No credit account found for team 'acme-corp'\"}");
        NotFoundException missing = assertThrows(NotFoundException.class, () -> team().creditBalance());
        assertEquals("No credit account found for team 'acme-corp'", missing.detail());
        assertEquals("GET /api/credits/teams/{team_id}/balance", missing.endpoint());
        enqueueJson(403, "{\"detail\":\"Cannot access credit balance for a different team\"}");
        assertThrows(PermissionDeniedException.class, () -> team().creditBalance());
    }

    @Test
    void aBalanceBodyWithoutCreditsRemainingIsAnInvalidResponse() {
        enqueueJson(200, "{\"team_id\":\"acme-corp\"}");
        InvalidResponseException e = assertThrows(InvalidResponseException.class, () -> team().creditBalance());
        assertEquals("{\"team_id\":\"acme-corp\"}", e.rawBody());
        assertTrue(e.getMessage().contains("credits_remaining"), e.getMessage());
    }

    @Test
    void theCreditLedgerNewestFirst() throws Exception {
        enqueueJson(200, "{\"team_id\":\"acme-corp\",\"total\":2,\"transactions\":["
                + "{\"transaction_id\":\"7d9e8f70-1a2b-4c3d-8e4f-5a6b7c8d9e0f\",\"team_id\":\"acme-corp\",\"organization_id\":\"org-acme\","
                + "\"job_id\":\"" + JOB_ID + "\",\"transaction_type\":\"deduction\",\"credits_amount\":1,\"credits_before\":1000,"
                + "\"credits_after\":999,\"reason\":\"Job resume_parsing completed (job_based mode: 1 credits)\","
                + "\"created_at\":\"2026-11-27T20:57:40Z\"},"
                + "{\"transaction_id\":\"1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d\",\"team_id\":\"acme-corp\",\"organization_id\":\"org-acme\","
                + "\"job_id\":null,\"transaction_type\":\"allocation\",\"credits_amount\":1000,\"credits_before\":0,"
                + "\"credits_after\":1000,\"reason\":\"Manual credit allocation\",\"created_at\":\"2026-11-01T09:00:00Z\"}]}");
        List<CreditTransaction> ledger = team().creditTransactions(2);
        take("GET", "/api/credits/teams/acme-corp/transactions?limit=2");
        assertEquals(List.of(
                new CreditTransaction("7d9e8f70-1a2b-4c3d-8e4f-5a6b7c8d9e0f", TEAM, "org-acme", JOB_ID, "deduction", 1, 1000, 999,
                        "Job resume_parsing completed (job_based mode: 1 credits)", Instant.parse("2026-11-27T20:57:40Z")),
                new CreditTransaction("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", TEAM, "org-acme", null, "allocation", 1000, 0, 1000,
                        "Manual credit allocation", Instant.parse("2026-11-01T09:00:00Z"))), ledger);
    }

    @Test
    void anotherTeamsLedgerIsForbiddenAndALimitBelowOneIsRefused() {
        enqueueJson(403, "{\"detail\":\"Cannot access credit transactions for a different team\"}");
        assertThrows(PermissionDeniedException.class, () -> team().creditTransactions(50));
        assertThrows(IllegalArgumentException.class, () -> team().creditTransactions(0));
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void creditCheckWhenTheTeamHasEnough() throws Exception {
        enqueueJson(200, "{\"team_id\":\"acme-corp\",\"has_credits\":true,\"credits_remaining\":999,\"credits_needed\":5}");
        CreditCheck check = team().checkCredits(5);
        RecordedRequest request = take("POST", "/api/credits/teams/acme-corp/check?credits_needed=5");
        assertEquals(0, request.getBodySize(), "credits_needed is a query parameter; the body is empty");
        assertEquals(new CreditCheck(TEAM, true, 999, 5, null), check);
    }

    @Test
    void creditCheckWhenTheTeamHasNotEnough() {
        String error = "Insufficient credits. Team has 3 credits remaining, but 5 required. Allocated: 1000, Used: 997";
        enqueueJson(200, "{\"team_id\":\"acme-corp\",\"has_credits\":false,\"error\":\"" + error + "\",\"credits_needed\":5}");
        CreditCheck check = team().checkCredits(5);
        assertFalse(check.hasCredits());
        assertNull(check.creditsRemaining());
        assertEquals(error, check.error());
        assertThrows(IllegalArgumentException.class, () -> team().checkCredits(-1));
        assertEquals(1, server.getRequestCount());
    }

    // ---------------------------------------------------------------- health, closing

    @Test
    void healthIsAskedWithoutTheKey() throws Exception {
        enqueueJson(200, "{\"status\":\"healthy\",\"service\":\"saas-llm-api\"}");
        Health health = client.health();
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertEquals("GET /health", request.getMethod() + " " + request.getTarget());
        assertNull(request.getHeaders().get("Authorization"));
        assertTrue(health.healthy());
        assertEquals(new Health("healthy", "saas-llm-api"), health);
    }

    @Test
    void aClosedClientRefusesEvenATeamKeptFromBefore() {
        Team team = client.team();
        client.close();
        assertThrows(IllegalStateException.class, client::team);
        assertThrows(IllegalStateException.class, team::creditBalance);
        assertThrows(IllegalStateException.class, () -> team.jobs().findFirst());
        assertThrows(IllegalStateException.class, () -> client.getJobCosts(JOB_ID));
        assertThrows(IllegalStateException.class, client::health);
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void readsAreRetriedUnderTheClientsPolicy() throws Exception {
        SaasLlmClient retrying = SaasLlmClient.builder().baseUrl(server.url("/").toString()).teamId(TEAM).virtualKey(KEY)
                .retryPolicy(RetryPolicy.builder().maxAttempts(2).initialDelay(java.time.Duration.ofMillis(1)).build()).build();
        try (retrying) {
            enqueueJson(503, "{\"detail\":\"busy\"}");
            enqueueJson(200, BALANCE_BODY);
            assertEquals(999, retrying.team().creditBalance().creditsRemaining());
            take("GET", "/api/credits/teams/acme-corp/balance");
            take("GET", "/api/credits/teams/acme-corp/balance");
        }
    }
}
