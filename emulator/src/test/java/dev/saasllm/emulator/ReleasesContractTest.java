package dev.saasllm.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.emulator.RawHttp.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What each release preset answers, read from the server's source at tags v1.0.0 and v0.2.0 and main. */
class ReleasesContractTest extends RawHttpTest {
    @RegisterExtension
    static final SaasLlmEmulatorExtension EMULATOR = new SaasLlmEmulatorExtension(b -> b.credits(10));

    private static final String CREATE = "{\"team_id\":\"acme-corp\",\"job_type\":\"t\"}";
    private static final String OLD_CALL = "{\"model_group\":\"ResumeAgent\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";


    @Test
    void theDefaultIsTheCurrentRelease() {
        EmulatorSettings s = emulator.settings();
        assertEquals(ServerRelease.CURRENT, s.release());
        assertEquals("PENDING", http.post("/api/jobs/create", CREATE).string("status"));
        assertEquals(ServerRelease.V1_0_0, ServerRelease.named("V1.0.0"));
        assertEquals("fixed", ServerRelease.FIXED.wireName());
        assertThrows(IllegalArgumentException.class, () -> ServerRelease.named("v2"));
    }

    // ---- v1.0.0 --------------------------------------------------------------------------------

    @Test
    void v100AnswersCreateAndCallWithTheGetRoutes405() {
        emulator.settings().release(ServerRelease.V1_0_0);
        Reply reply = http.post("/api/jobs/create-and-call",
                "{\"team_id\":\"acme-corp\",\"job_type\":\"t\",\"model\":\"m\",\"messages\":[]}");
        assertEquals(405, reply.status());
        assertEquals("{\"detail\":\"Method Not Allowed\"}", reply.body());
        assertEquals("GET", reply.headers().get("allow"));
        assertEquals(405, http.post("/api/jobs/create-and-call-stream", "not even json").status());
        assertEquals(0, emulator.jobs().size());
    }

    @Test
    void v100HasNoStreamNoMetadataPatchAndPlainStringMessages() {
        emulator.settings().release(ServerRelease.V1_0_0);
        String id = http.createJob();
        assertEquals("{\"detail\":\"Not Found\"}", http.post("/api/jobs/" + id + "/llm-call-stream", OLD_CALL).body());
        assertEquals(404, http.patch("/api/jobs/" + id + "/metadata", "{\"metadata\":{}}").status());
        // Dict[str, str] messages: content parts fail validation.
        Reply parts = http.post("/api/jobs/" + id + "/llm-call",
                "{\"model_group\":\"g\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"x\"}]}]}");
        assertEquals("{\"detail\":[{\"type\":\"string_type\",\"loc\":[\"body\",\"messages\",0,\"content\"],\"msg\":"
                + "\"Input should be a valid string\",\"input\":[{\"type\":\"text\",\"text\":\"x\"}]}]}", parts.body());
        // Options v1.0.0 does not declare are ignored, response_format included: the model answers prose.
        Reply answer = http.post("/api/jobs/" + id + "/llm-call", "{\"model_group\":\"g\",\"messages\":[{\"role\":\"user\","
                + "\"content\":\"hi\"}],\"stop\":5,\"response_format\":{\"type\":\"json_object\"}}");
        assertEquals(200, answer.status(), answer.body());
        assertTrue(RawHttp.normalize(answer.body()).matches("\\{\"call_id\":\"<id1>\",\"response\":\\{\"content\":\"Echo: hi\","
                + "\"finish_reason\":\"stop\"},\"metadata\":\\{\"tokens_used\":3,\"latency_ms\":\\d+,\"model_group\":\"g\"}}"),
                answer.body());
    }

    @Test
    void v100PricesCallsAsGpt35AndChargesOnlyJobsWithoutFailedCalls() {
        emulator.settings().release(ServerRelease.V1_0_0);
        String id = http.createJob();
        http.post("/api/jobs/" + id + "/llm-call", OLD_CALL);
        CallSnapshot call = emulator.callsFor(id).get(0);
        assertEquals(Billing.column(call.promptTokens() * 0.0005 / 1000 + call.completionTokens() * 0.0015 / 1000, 6),
                call.costUsd());
        Reply complete = http.complete(id, "completed");
        assertTrue(RawHttp.normalize(complete.body()).startsWith("{\"job_id\":\"<id1>\",\"status\":\"completed\","
                + "\"completed_at\":\"<iso>\",\"costs\":{\"total_calls\":1,\"successful_calls\":1,\"failed_calls\":0,"
                + "\"total_tokens\":3,\"total_cost_usd\":4e-06,"), complete.body());
        assertEquals(true, complete.map("costs").get("credit_applied"));
        assertEquals("Job test completed successfully", ((java.util.Map<?, ?>) http.get("/api/credits/teams/acme-corp/transactions")
                .list("transactions").get(0)).get("reason"));

        String failing = http.createJob();
        emulator.settings().errorRate(1.0);
        assertEquals(500, http.post("/api/jobs/" + failing + "/llm-call", OLD_CALL).status());
        emulator.settings().errorRate(0.0);
        http.post("/api/jobs/" + failing + "/llm-call", OLD_CALL);
        Reply notCharged = http.complete(failing, "completed");
        assertEquals(false, notCharged.map("costs").get("credit_applied"), "a failed call blocks the charge");
        assertEquals(9, emulator.creditsRemaining());
        // The error as it came (v1.0.0 called LiteLLM's proxy itself).
        assertEquals("Emulated provider error (error-rate fault)", emulator.callsFor(failing).get(0).error());
    }

    @Test
    void v100CompleteTakesAnyLowerCaseStatusAndFailsOnOthers() {
        emulator.settings().release(ServerRelease.V1_0_0);
        String id = http.createJob();
        Reply upper = http.complete(id, "COMPLETED");
        assertEquals(500, upper.status(), "JobStatus('COMPLETED') is a ValueError on v1.0.0");
        assertEquals("Internal Server Error", upper.body());
        assertEquals(JobStatus.PENDING, emulator.job(id).orElseThrow().status());
        Reply cancelled = http.complete(id, "cancelled");
        assertEquals("cancelled", cancelled.string("status"));
        assertEquals(JobStatus.CANCELLED, emulator.job(id).orElseThrow().status());
        assertFalse(JobStatus.CANCELLED.isOpen());
    }

    @Test
    void v100HasNoTeamStatusOrBudgetModesAndNoZuluTimestamps() {
        emulator.settings().release(ServerRelease.V1_0_0).teamSuspended(true);
        String id = http.createJob();
        Reply job = http.get("/api/jobs/" + id);
        assertTrue(job.string("created_at").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{6})?"), job.body());
        Reply balance = http.get("/api/credits/teams/acme-corp/balance");
        assertEquals(List.of("team_id", "organization_id", "credits_allocated", "credits_used", "credits_remaining",
                "credit_limit", "auto_refill", "refill_amount", "refill_period", "last_refill_at", "created_at",
                "updated_at"), List.copyOf(balance.map().keySet()));
    }

    // ---- v0.2.0 --------------------------------------------------------------------------------

    @Test
    void v020CanNeverCompleteAJobNorStreamOne() {
        emulator.settings().release(ServerRelease.V0_2_0);
        String id = http.createJob();
        Reply call = http.post("/api/jobs/" + id + "/llm-call",
                "{\"model_group\":\"g\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"x\"}]}]}");
        assertEquals(200, call.status(), "v0.2.0 takes any message content");
        assertEquals(405, http.post("/api/jobs/create-and-call", "{}").status());
        // TeamCredits is read before the handler imports it: UnboundLocalError, an unhandled 500.
        Reply complete = http.complete(id, "completed");
        assertEquals(500, complete.status());
        assertEquals("Internal Server Error", complete.body());
        Reply stream = http.post("/api/jobs/" + id + "/llm-call-stream", OLD_CALL);
        assertEquals(500, stream.status());
        assertEquals(JobStatus.IN_PROGRESS, emulator.job(id).orElseThrow().status());
        assertEquals(1, emulator.callsFor(id).size());
        // The checks before the crash still answer first.
        assertEquals(404, http.complete(java.util.UUID.randomUUID().toString(), "completed").status());
        assertEquals(422, http.post("/api/jobs/" + id + "/complete", "{}").status());
    }

    @Test
    void v020SuspendsTeamsAndReportsBudgetModes() {
        emulator.settings().release(ServerRelease.V0_2_0);
        Reply balance = http.get("/api/credits/teams/acme-corp/balance");
        assertEquals(List.of("team_id", "organization_id", "credits_allocated", "credits_used", "credits_remaining",
                "credit_limit", "auto_refill", "refill_amount", "refill_period", "last_refill_at", "budget_mode",
                "credits_per_dollar", "status", "created_at", "updated_at"), List.copyOf(balance.map().keySet()));
        emulator.settings().team("acme-corp").status("paused");
        Reply paused = http.post("/api/jobs/create", CREATE);
        assertEquals(403, paused.status());
        assertEquals("Team access is paused. Please contact support.", paused.detail());
    }

    // ---- fixed ---------------------------------------------------------------------------------

    @Test
    void aFixedServerKeepsEveryModelMergesCompleteMetadataAndChargesOnce() {
        emulator.settings().release(ServerRelease.FIXED);
        String id = http.createJob();
        http.post("/api/jobs/" + id + "/llm-call", RawHttp.chat("a", "x"));
        http.post("/api/jobs/" + id + "/llm-call", RawHttp.chat("b", "x"));
        http.post("/api/jobs/" + id + "/complete", "{\"status\":\"completed\",\"metadata\":{\"k\":1}}");
        assertEquals(true, http.complete(id, "completed").map("costs").get("credit_applied"));
        JobSnapshot job = emulator.job(id).orElseThrow();
        assertEquals(List.of("a", "b"), job.modelGroupsUsed());
        assertEquals(1L, job.metadata().get("k"));
        assertEquals(9, emulator.creditsRemaining(), "charged once however often it is completed");
        Reply oneCall = http.post("/api/jobs/create-and-call",
                "{\"team_id\":\"acme-corp\",\"job_type\":\"t\",\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        assertTrue((Double) oneCall.map("costs").get("total_cost_usd") > 0, "one-call jobs are billed");
    }

    @Test
    void releaseAppliesItsSwitchesAndResetRestoresThem() {
        EmulatorSettings s = emulator.settings();
        s.release(ServerRelease.V0_2_0);
        assertEquals(ServerRelease.V0_2_0, s.release());
        assertEquals("pending", http.post("/api/jobs/create", CREATE).string("status"));
        s.release(ServerRelease.FIXED).lowerCaseStatuses(true);
        assertEquals("pending", http.post("/api/jobs/create", CREATE).string("status"), "a switch flipped after the preset");
        emulator.reset();
        assertEquals(ServerRelease.CURRENT, s.release());
        assertEquals("PENDING", http.post("/api/jobs/create", CREATE).string("status"));
    }
}
