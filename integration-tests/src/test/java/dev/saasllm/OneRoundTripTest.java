package dev.saasllm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.fixtures.Analyzer;
import dev.saasllm.fixtures.Greeter;
import dev.saasllm.fixtures.Mood;
import dev.saasllm.fixtures.SaasLlm_Analyzer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

/** One-call jobs through create-and-call, the fallback to three steps, and what the server settles itself. */
class OneRoundTripTest extends MockServerSupport {
    private final List<String> events = new ArrayList<>();

    private SaasLlmClient client(CreateAndCall mode) {
        client.close();
        client = SaasLlmClient.builder().baseUrl(server.url("/").toString()).teamId(TEAM).virtualKey(KEY)
                .timeout(Duration.ofSeconds(10)).createAndCall(mode)
                .listener(new JobListener() {
                    @Override public void jobCreated(JobInfo job) { events.add("created " + job.jobId()); }
                    @Override public void callFinished(JobInfo job, ChatResponse r) { events.add("call " + r.content()); }
                    @Override public void jobCompleted(JobInfo job, JobCompletion c) { events.add("completed " + c.status()); }
                    @Override public void jobFailed(JobInfo job, Throwable cause, JobCompletion c) {
                        events.add("failed " + cause.getClass().getSimpleName());
                    }
                }).build();
        return client;
    }

    static String oneCall(String content) {
        return "{\"job_id\":\"" + JOB_ID + "\",\"status\":\"COMPLETED\",\"response\":{\"content\":" + json(content)
                + ",\"finish_reason\":\"stop\"},\"metadata\":{\"tokens_used\":11,\"latency_ms\":900,\"model\":\"AnalysisModel\"},"
                + "\"costs\":{\"total_calls\":1,\"successful_calls\":1,\"failed_calls\":0,\"total_tokens\":11,"
                + "\"total_cost_usd\":0.0,\"avg_latency_ms\":900,\"credit_applied\":true,\"credits_remaining\":998},"
                + "\"completed_at\":\"2026-11-27T20:58:00.123456\"}";
    }

    @Test
    void aTextMethodTakesOneRoundTrip() throws Exception {
        enqueueJson(200, oneCall("points"));

        JobResult<String> result = client(CreateAndCall.TEXT_ONLY).create(Analyzer.class).summary("doc");

        assertEquals("points", result.value());
        assertEquals(JOB_ID, result.jobId());
        assertEquals(11, result.tokens());
        assertEquals(998, result.creditsRemaining());
        assertEquals(1, result.totalCalls());
        assertEquals(JobStatus.COMPLETED, result.completion().status());
        assertEquals("{\"team_id\":\"acme-corp\",\"job_type\":\"analysis\",\"job_metadata\":{\"saasllm_method\":\"Analyzer.summary\","
                + "\"saasllm_fingerprint\":\"" + Fingerprints.ofMethod(SaasLlm_Analyzer.class, "summary") + "\",\"team_area\":\"docs\"},"
                + "\"model\":\"AnalysisModel\",\"model_group\":\"AnalysisModel\","
                + "\"messages\":[{\"role\":\"user\",\"content\":\"Summary: doc\"}]}",
                take("POST", "/api/jobs/create-and-call").getBody().utf8());
        assertEquals(1, server.getRequestCount());
        assertEquals(List.of("created " + JOB_ID, "call points", "completed COMPLETED"), events);
    }

    @Test
    void aServerWithoutTheEndpointIsRememberedAndServedInThreeSteps() throws Exception {
        client(CreateAndCall.TEXT_ONLY);
        enqueueJson(404, "{\"detail\":\"Not Found\"}");
        enqueueJson(200, created(JOB_ID));
        enqueueJson(200, callAnswer("first"));
        enqueueJson(200, completion("COMPLETED"));
        enqueueJson(200, created(JOB_ID));
        enqueueJson(200, callAnswer("second"));
        enqueueJson(200, completion("COMPLETED"));

        Analyzer analyzer = client.create(Analyzer.class);
        assertEquals("first", analyzer.keyPoints("doc"));
        assertEquals("second", analyzer.keyPoints("doc"));

        take("POST", "/api/jobs/create-and-call");
        assertEquals("{\"team_id\":\"acme-corp\",\"job_type\":\"analysis\",\"metadata\":{\"saasllm_method\":\"Analyzer.keyPoints\","
                + "\"saasllm_fingerprint\":\"" + Fingerprints.ofMethod(SaasLlm_Analyzer.class, "keyPoints") + "\",\"team_area\":\"docs\"}}",
                take("POST", "/api/jobs/create").getBody().utf8());
        take("POST", "/api/jobs/" + JOB_ID + "/llm-call");
        take("POST", "/api/jobs/" + JOB_ID + "/complete");
        take("POST", "/api/jobs/create"); // remembered: no second create-and-call
        assertEquals(7, server.getRequestCount());
    }

    @Test
    void anOlderReleasesMethodNotAllowedIsRememberedAndServedInThreeSteps() throws Exception {
        client(CreateAndCall.TEXT_ONLY);
        // v1.0.0 and v0.2.0: POST /api/jobs/create-and-call matches the GET-only route /api/jobs/{job_id};
        // Starlette raises 405 with the route's methods in Allow, FastAPI's handler renders it as JSON.
        server.enqueue(new MockResponse.Builder().status("HTTP/1.1 405 Method Not Allowed")
                .setHeader("server", "uvicorn").setHeader("allow", "GET")
                .setHeader("content-type", "application/json").body("{\"detail\":\"Method Not Allowed\"}").build());
        enqueueJson(200, created(JOB_ID));
        enqueueJson(200, callAnswer("first"));
        enqueueJson(200, completion("COMPLETED"));
        enqueueJson(200, created(JOB_ID));
        enqueueJson(200, callAnswer("second"));
        enqueueJson(200, completion("COMPLETED"));

        Analyzer analyzer = client.create(Analyzer.class);
        assertEquals("first", analyzer.keyPoints("doc"));
        assertEquals("second", analyzer.keyPoints("doc"));

        take("POST", "/api/jobs/create-and-call");
        take("POST", "/api/jobs/create");
        take("POST", "/api/jobs/" + JOB_ID + "/llm-call");
        take("POST", "/api/jobs/" + JOB_ID + "/complete");
        take("POST", "/api/jobs/create"); // remembered: no second create-and-call
        assertEquals(7, server.getRequestCount());
        assertEquals(List.of("created " + JOB_ID, "call first", "completed COMPLETED",
                "created " + JOB_ID, "call second", "completed COMPLETED"), events, "the refused round trip opened no job");
    }

    @Test
    void aNotFoundAboutTheTeamIsThrownNotFallenBackFrom() {
        enqueueJson(404, "{\"detail\":\"Team 'acme-corp' not found\"}");
        assertThrows(NotFoundException.class, () -> client(CreateAndCall.TEXT_ONLY).create(Analyzer.class).keyPoints("doc"));
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void anLlmFailureIsSettledByTheServerNotCompletedAgain() {
        enqueueJson(500, "{\"detail\":\"LLM call failed: provider down\"}");
        ServerException e = assertThrows(ServerException.class,
                () -> client(CreateAndCall.TEXT_ONLY).create(Analyzer.class).keyPoints("doc"));
        assertTrue(e.getMessage().contains("provider down"), e.getMessage());
        assertEquals(1, server.getRequestCount(), "the server failed the job itself; no complete is sent");
        assertEquals(List.of("failed ServerException"), events);
    }

    @Test
    void structuredMethodsTakeThreeStepsByDefaultSoABadAnswerIsNotCharged() throws Exception {
        enqueueJson(200, created(JOB_ID));
        enqueueJson(200, callAnswer("not json"));
        enqueueJson(200, completion("FAILED"));
        assertThrows(InvalidOutputException.class, () -> client(CreateAndCall.TEXT_ONLY).create(Analyzer.class).mood("x"));
        take("POST", "/api/jobs/create");
        take("POST", "/api/jobs/" + JOB_ID + "/llm-call");
        assertTrue(take("POST", "/api/jobs/" + JOB_ID + "/complete").getBody().utf8().startsWith("{\"status\":\"failed\""));
    }

    @Test
    void withAlwaysABadStructuredAnswerIsThrownForAJobAlreadyCompleted() throws Exception {
        enqueueJson(200, oneCall("not json"));
        InvalidOutputException e = assertThrows(InvalidOutputException.class,
                () -> client(CreateAndCall.ALWAYS).create(Analyzer.class).mood("x"));
        assertEquals(JOB_ID, e.jobId());
        assertEquals("not json", e.rawContent());
        String body = take("POST", "/api/jobs/create-and-call").getBody().utf8();
        assertTrue(body.contains("\"response_format\":{\"type\":\"json_schema\""), body);
        assertEquals(1, server.getRequestCount(), "a completed job cannot be failed");
        assertEquals(List.of("created " + JOB_ID, "call not json", "completed COMPLETED"), events);
    }

    @Test
    void withAlwaysAStructuredMethodTakesOneRoundTrip() {
        enqueueJson(200, oneCall("{\"label\":\"calm\",\"score\":0.5}"));
        assertEquals(new Mood("calm", 0.5), client(CreateAndCall.ALWAYS).create(Analyzer.class).mood("x"));
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void neverKeepsThreeSteps() throws Exception {
        enqueueJson(200, created(JOB_ID));
        enqueueJson(200, callAnswer("hi"));
        enqueueJson(200, completion("COMPLETED"));
        assertEquals("hi", client(CreateAndCall.NEVER).create(Greeter.class).greet("Ada"));
        take("POST", "/api/jobs/create");
    }
}
