package dev.saasllm.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.emulator.RawHttp.Reply;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JobLifecycleContractTest extends RawHttpTest {
    @RegisterExtension
    static final SaasLlmEmulatorExtension EMULATOR = new SaasLlmEmulatorExtension(b -> b.credits(10));

    @Test
    void healthNeedsNoKey() {
        Reply reply = http.execute(new okhttp3.Request.Builder().url(emulator.baseUrl() + "/health").build());
        assertEquals(200, reply.status());
        assertEquals("{\"status\":\"healthy\",\"service\":\"saas-llm-api\"}", reply.body());
    }

    @Test
    void createAnswersPendingJobWithMicrosecondTimestampAndNoZone() {
        Reply reply = http.post("/api/jobs/create",
                "{\"team_id\":\"acme-corp\",\"job_type\":\"resume_parsing\",\"user_id\":\"u1\",\"metadata\":{\"source\":\"test\"}}");
        assertEquals(200, reply.status());
        assertEquals(List.of("job_id", "status", "created_at"), List.copyOf(reply.map().keySet()));
        UUID.fromString(reply.string("job_id"));
        assertEquals("PENDING", reply.string("status"));
        assertTrue(reply.string("created_at").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{6})?"),
                reply.string("created_at"));
        JobSnapshot job = emulator.job(reply.string("job_id")).orElseThrow();
        assertEquals(JobStatus.PENDING, job.status());
        assertEquals("u1", job.userId());
        assertEquals("resume_parsing", job.jobType());
        assertEquals(Map.of("source", "test"), job.metadata());
        assertEquals(1, emulator.openJobs());
    }

    @Test
    void callMovesJobToInProgressAndEchoesLastUserMessage() {
        String id = http.createJob();
        Reply reply = http.post("/api/jobs/" + id + "/llm-call",
                "{\"model\":\"ResumeAgent\",\"purpose\":\"parse\",\"temperature\":0.2,\"max_tokens\":500,"
                        + "\"stop\":[\"\\n\\n\"],\"messages\":[{\"role\":\"system\",\"content\":\"be brief\"},"
                        + "{\"role\":\"user\",\"content\":\"first\"},{\"role\":\"assistant\",\"content\":\"ok\"},"
                        + "{\"role\":\"user\",\"content\":\"Hello there\"}]}");
        assertEquals(200, reply.status(), reply.body());
        assertEquals(List.of("call_id", "response", "metadata"), List.copyOf(reply.map().keySet()));
        assertEquals("Echo: Hello there", reply.map("response").get("content"));
        assertEquals("stop", reply.map("response").get("finish_reason"));
        Map<String, Object> metadata = reply.map("metadata");
        assertEquals("ResumeAgent", metadata.get("model"));
        assertTrue(((Number) metadata.get("tokens_used")).intValue() > 0);
        assertNotNull(metadata.get("latency_ms"));
        JobSnapshot job = emulator.job(id).orElseThrow();
        assertEquals(JobStatus.IN_PROGRESS, job.status());
        assertNotNull(job.startedAt());
        assertEquals(1, emulator.callsFor(id).size());
        assertEquals("parse", emulator.callsFor(id).get(0).purpose());
        assertEquals(reply.string("call_id"), emulator.callsFor(id).get(0).callId());
    }

    @Test
    void echoIsCutAtTwoHundredCharacters() {
        String id = http.createJob();
        String content = (String) http.call(id, "x".repeat(500)).map("response").get("content");
        assertEquals("Echo: " + "x".repeat(200), content);
    }

    @Test
    void maxTokensCutsTheAnswerWithFinishReasonLength() {
        String id = http.createJob();
        Reply reply = http.post("/api/jobs/" + id + "/llm-call",
                "{\"model\":\"m\",\"max_tokens\":2,\"messages\":[{\"role\":\"user\",\"content\":\"a long question indeed\"}]}");
        assertEquals("length", reply.map("response").get("finish_reason"));
        assertEquals("Echo: a ", reply.map("response").get("content"));
    }

    @Test
    void completeChargesOneCreditAndListsCalls() {
        String id = http.createJob();
        http.post("/api/jobs/" + id + "/llm-call",
                "{\"model\":\"ResumeAgent\",\"purpose\":\"parse\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        http.call(id, "again");
        Reply reply = http.complete(id, "completed");
        assertEquals(200, reply.status());
        assertEquals(List.of("job_id", "status", "completed_at", "costs", "calls"), List.copyOf(reply.map().keySet()));
        assertEquals("COMPLETED", reply.string("status"));
        Map<String, Object> costs = reply.map("costs");
        assertEquals(2.0, costs.get("total_calls"));
        assertEquals(2.0, costs.get("successful_calls"));
        assertEquals(0.0, costs.get("failed_calls"));
        assertEquals(true, costs.get("credit_applied"));
        assertEquals(9.0, costs.get("credits_remaining"));
        assertTrue((Double) costs.get("total_cost_usd") > 0);
        long tokens = emulator.callsFor(id).stream().mapToLong(CallSnapshot::totalTokens).sum();
        assertEquals((double) tokens, costs.get("total_tokens"));
        @SuppressWarnings("unchecked")
        Map<String, Object> first = (Map<String, Object>) reply.list("calls").get(0);
        assertEquals(List.of("call_id", "purpose", "model_group", "tokens", "latency_ms", "error"),
                List.copyOf(first.keySet()));
        assertEquals("parse", first.get("purpose"));
        assertEquals("ResumeAgent", first.get("model_group"));
        assertNull(first.get("error"));
        assertEquals(9, emulator.creditsRemaining());
        assertEquals(0, emulator.openJobs());
        assertEquals(1, emulator.jobCount(JobStatus.COMPLETED));
    }

    @Test
    void failedJobIsNeverCharged() {
        String id = http.createJob();
        http.call(id, "hi");
        Reply reply = http.post("/api/jobs/" + id + "/complete",
                "{\"status\":\"failed\",\"error_message\":\"parse error\"}");
        assertEquals("FAILED", reply.string("status"));
        assertEquals(false, reply.map("costs").get("credit_applied"));
        assertEquals(10.0, reply.map("costs").get("credits_remaining"));
        assertEquals(10, emulator.creditsRemaining());
        assertEquals("parse error", emulator.job(id).orElseThrow().errorMessage());
        assertEquals(1, emulator.jobCount(JobStatus.FAILED));
    }

    @Test
    void repeatedCompleteTogglesTheChargeLikeTheCurrentServer() {
        String id = http.createJob();
        assertEquals(true, http.complete(id, "completed").map("costs").get("credit_applied"));
        assertEquals(9, emulator.creditsRemaining());
        Reply second = http.complete(id, "completed");
        assertEquals(false, second.map("costs").get("credit_applied"));
        assertEquals(9, emulator.creditsRemaining());
        assertEquals(true, http.complete(id, "completed").map("costs").get("credit_applied"));
        assertEquals(8, emulator.creditsRemaining());
        assertEquals(3, emulator.job(id).orElseThrow().completeCount());
    }

    @Test
    void completeWithoutCallsIsAllowed() {
        String id = http.createJob();
        Reply reply = http.complete(id, "completed");
        assertEquals(0.0, reply.map("costs").get("total_calls"));
        assertEquals(0.0, reply.map("costs").get("avg_latency_ms"));
        assertEquals(List.of(), reply.list("calls"));
    }

    @Test
    void callsAreAcceptedOnACompletedJob() {
        String id = http.createJob();
        http.complete(id, "completed");
        assertEquals(200, http.call(id, "late").status());
        assertEquals(JobStatus.COMPLETED, emulator.job(id).orElseThrow().status());
        assertEquals(1, emulator.callsFor(id).size());
    }

    @Test
    void metadataMergesCreateCallAndPatchButDropsComplete() {
        Reply created = http.post("/api/jobs/create",
                "{\"team_id\":\"acme-corp\",\"job_type\":\"t\",\"metadata\":{\"a\":1,\"b\":\"x\"}}");
        String id = created.string("job_id");
        http.post("/api/jobs/" + id + "/llm-call",
                "{\"model\":\"m\",\"messages\":[],\"call_metadata\":{\"b\":\"y\",\"c\":true}}");
        Reply patched = http.patch("/api/jobs/" + id + "/metadata", "{\"metadata\":{\"d\":[1,2]}}");
        assertEquals(200, patched.status());
        assertEquals(List.of("job_id", "metadata", "updated_at"), List.copyOf(patched.map().keySet()));
        http.post("/api/jobs/" + id + "/complete", "{\"status\":\"completed\",\"metadata\":{\"e\":5}}");
        Reply job = http.get("/api/jobs/" + id);
        assertEquals(RawHttp.write(Map.of()).length(), 2);
        assertTrue(job.body().contains("\"metadata\":{\"a\":1,\"b\":\"y\",\"c\":true,\"d\":[1,2]}"), job.body());
    }

    @Test
    void getJobShowsEveryField() {
        String id = http.createJob();
        http.call(id, "hi");
        http.post("/api/jobs/" + id + "/llm-call", RawHttp.chat("Other", "x"));
        http.call(id, "again");
        http.complete(id, "completed");
        Reply reply = http.get("/api/jobs/" + id);
        assertEquals(200, reply.status());
        assertEquals(List.of("job_id", "team_id", "user_id", "job_type", "status", "created_at", "started_at",
                "completed_at", "metadata", "error_message", "organization_id", "external_task_id",
                "credit_applied", "model_groups_used"), List.copyOf(reply.map().keySet()));
        assertEquals("acme-corp", reply.string("team_id"));
        assertEquals("COMPLETED", reply.string("status"));
        assertEquals(true, reply.map().get("credit_applied"));
        // The server appends to the stored array in place, which is never saved: the first model stays alone.
        assertEquals(List.of("ResumeAgent"), reply.list("model_groups_used"));
        assertTrue(reply.string("completed_at").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"),
                reply.string("completed_at"));
    }

    @Test
    void costsBreakDownEveryCall() {
        String id = http.createJob();
        http.post("/api/jobs/" + id + "/llm-call",
                "{\"model\":\"m\",\"purpose\":\"p\",\"messages\":[{\"role\":\"user\",\"content\":\"hello\"}]}");
        Reply reply = http.get("/api/jobs/" + id + "/costs");
        assertEquals(200, reply.status());
        assertEquals(List.of("job_id", "team_id", "job_type", "status", "costs"), List.copyOf(reply.map().keySet()));
        assertEquals("IN_PROGRESS", reply.string("status"));
        @SuppressWarnings("unchecked")
        Map<String, Object> line = (Map<String, Object>) ((List<Object>) reply.map("costs").get("breakdown")).get(0);
        assertEquals(List.of("call_id", "model", "purpose", "prompt_tokens", "completion_tokens", "cost_usd",
                "created_at"), List.copyOf(line.keySet()));
        CallSnapshot call = emulator.callsFor(id).get(0);
        assertEquals((double) call.promptTokens(), line.get("prompt_tokens"));
        assertEquals((double) call.completionTokens(), line.get("completion_tokens"));
        assertEquals(call.costUsd(), line.get("cost_usd"));
        assertEquals(call.costUsd(), reply.map("costs").get("total_cost_usd"));
    }

    @Test
    void teamJobsPagesAndFiltersNewestFirst() {
        String a = http.createJob();
        String b = http.createJob();
        String c = http.createJob();
        http.complete(b, "completed");
        http.complete(c, "failed");
        Reply all = http.get("/api/teams/acme-corp/jobs");
        assertEquals(3.0, all.map().get("total"));
        assertEquals(List.of(c, b, a), all.list("jobs").stream().map(j -> ((Map<?, ?>) j).get("job_id")).toList());
        Reply page = http.get("/api/teams/acme-corp/jobs?limit=1&offset=1");
        assertEquals(1.0, page.map().get("total"), "total is the size of the page");
        assertEquals(b, ((Map<?, ?>) page.list("jobs").get(0)).get("job_id"));
        Reply completed = http.get("/api/teams/acme-corp/jobs?status=COMPLETED");
        assertEquals(1.0, completed.map().get("total"));
        assertEquals(b, ((Map<?, ?>) completed.list("jobs").get(0)).get("job_id"));
        assertEquals(a, ((Map<?, ?>) http.get("/api/teams/acme-corp/jobs?status=PENDING").list("jobs").get(0)).get("job_id"));
        assertEquals(3.0, http.get("/api/teams/acme-corp/jobs?status=").map().get("total"), "an empty status filters nothing");
        // JobStatus("completed") is a ValueError on current servers: an unhandled 500.
        Reply lower = http.get("/api/teams/acme-corp/jobs?status=completed");
        assertEquals(500, lower.status());
        assertEquals("Internal Server Error", lower.body());
        Reply bad = http.get("/api/teams/acme-corp/jobs?limit=many&offset=1.5");
        assertEquals("{\"detail\":[{\"type\":\"int_parsing\",\"loc\":[\"query\",\"limit\"],\"msg\":\"Input should be a valid "
                + "integer, unable to parse string as an integer\",\"input\":\"many\"},{\"type\":\"int_parsing\",\"loc\":"
                + "[\"query\",\"offset\"],\"msg\":\"Input should be a valid integer, unable to parse string as an integer\","
                + "\"input\":\"1.5\"}]}", bad.body());
        assertEquals(500, http.get("/api/teams/acme-corp/jobs?limit=-1").status(), "Postgres refuses a negative LIMIT");
        assertEquals(1.0, http.get("/api/teams/acme-corp/jobs?limit=9&limit=1").map().get("total"), "the last value wins");
        Reply other = http.get("/api/teams/other-team/jobs");
        assertEquals(403, other.status());
        assertEquals("Cannot access jobs for a different team", other.detail());
    }

    @Test
    void usageSummarisesTheMonth() {
        String a = http.createJob();
        http.call(a, "hi");
        http.complete(a, "completed");
        String b = http.createJob();
        http.complete(b, "failed");
        http.createJob(); // never completed: counted, but it has no cost summary
        String period = YearMonth.now(ZoneOffset.UTC).toString();
        Reply reply = http.get("/api/teams/acme-corp/usage?period=" + period);
        assertEquals(200, reply.status());
        CallSnapshot call = emulator.callsFor(a).get(0);
        assertEquals("{\"team_id\":\"acme-corp\",\"period\":\"" + period + "\",\"summary\":{\"total_jobs\":3,"
                + "\"successful_jobs\":1,\"failed_jobs\":1,\"total_cost_usd\":0.0,\"total_tokens\":" + call.totalTokens()
                + ",\"avg_cost_per_job\":0.0},\"job_types\":{\"test\":{\"count\":3,\"cost_usd\":" + Json.floatRepr(call.billedUsd())
                + "}}}", reply.body());
        // The server matches to_char(created_at, 'YYYY-MM') LIKE '<period>%': a day never matches,
        // and with no job at all Python's sum() is the int 0.
        String day = java.time.LocalDate.now(ZoneOffset.UTC).toString();
        assertEquals("{\"team_id\":\"acme-corp\",\"period\":\"" + day + "\",\"summary\":{\"total_jobs\":0,"
                + "\"successful_jobs\":0,\"failed_jobs\":0,\"total_cost_usd\":0,\"total_tokens\":0,\"avg_cost_per_job\":0.0},"
                + "\"job_types\":{}}", http.get("/api/teams/acme-corp/usage?period=" + day).body());
        assertEquals(0.0, http.get("/api/teams/acme-corp/usage?period=1999-01").map("summary").get("total_jobs"));
        assertEquals(3.0, http.get("/api/teams/acme-corp/usage?period=" + period.substring(0, 4)).map("summary")
                .get("total_jobs"), "a year is a prefix of every month in it");
        Reply missing = http.get("/api/teams/acme-corp/usage");
        assertEquals(422, missing.status());
        assertEquals("{\"detail\":[{\"type\":\"missing\",\"loc\":[\"query\",\"period\"],\"msg\":\"Field required\","
                + "\"input\":null}]}", missing.body());
        Reply other = http.get("/api/teams/globex/usage?period=" + period);
        assertEquals("Cannot access usage data for a different team", other.detail());
    }

    @Test
    void createAndCallSettlesTheJobInOneRoundTrip() {
        Reply reply = http.post("/api/jobs/create-and-call",
                "{\"team_id\":\"acme-corp\",\"job_type\":\"quick\",\"model\":\"m\",\"purpose\":\"one\","
                        + "\"job_metadata\":{\"k\":\"v\"},\"messages\":[{\"role\":\"user\",\"content\":\"ping\"}]}");
        assertEquals(200, reply.status(), reply.body());
        assertEquals(List.of("job_id", "status", "response", "metadata", "costs", "completed_at"),
                List.copyOf(reply.map().keySet()));
        assertEquals("COMPLETED", reply.string("status"));
        assertEquals("Echo: ping", reply.map("response").get("content"));
        Map<String, Object> costs = reply.map("costs");
        assertEquals(0.0, costs.get("total_cost_usd"));
        assertEquals(1.0, costs.get("total_calls"));
        assertEquals(true, costs.get("credit_applied"));
        assertEquals(9.0, costs.get("credits_remaining"));
        JobSnapshot job = emulator.job(reply.string("job_id")).orElseThrow();
        assertEquals(JobStatus.COMPLETED, job.status());
        assertEquals(Map.of("k", "v"), job.metadata());
        assertEquals("one", job.calls().get(0).purpose());
    }

    @Test
    void createAndCallFailureFailsTheJobItself() {
        emulator.answerWith(request -> {
            throw new IllegalStateException("provider down");
        });
        Reply reply = http.post("/api/jobs/create-and-call",
                "{\"team_id\":\"acme-corp\",\"job_type\":\"quick\",\"model\":\"m\",\"messages\":[]}");
        assertEquals(500, reply.status());
        assertEquals("LLM call failed: 500: Failed to call provider API: provider down", reply.detail());
        assertEquals(1, emulator.jobCount(JobStatus.FAILED));
        assertEquals("500: Failed to call provider API: provider down", emulator.jobs().get(0).errorMessage());
        assertEquals(10, emulator.creditsRemaining());
        assertEquals(0, emulator.openJobs());
    }

    @Test
    void aTeamWithoutCreditsStillGetsItsJobsCompletedUncharged() {
        for (int i = 0; i < 10; i++) http.complete(http.createJob(), "completed");
        assertEquals(0, emulator.creditsRemaining());
        String id = http.createJob();
        assertEquals(200, http.call(id, "still served").status());
        Reply complete = http.complete(id, "completed");
        assertEquals(200, complete.status());
        assertEquals("COMPLETED", complete.string("status"));
        assertEquals(false, complete.map("costs").get("credit_applied"));
        assertEquals(0.0, complete.map("costs").get("credits_remaining"));
        assertEquals(JobStatus.COMPLETED, emulator.job(id).orElseThrow().status());
    }
}
