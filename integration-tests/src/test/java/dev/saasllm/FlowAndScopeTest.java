package dev.saasllm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.fixtures.Analyzer;
import dev.saasllm.fixtures.SaasLlm_Analyzer;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Several calls in one job: flows and scopes open one job, complete it once, fail it on a throw. */
class FlowAndScopeTest extends MockServerSupport {
    private static final String CALL_PATH = "/api/jobs/" + JOB_ID + "/llm-call";
    private static final String COMPLETE_PATH = "/api/jobs/" + JOB_ID + "/complete";
    /** Flows and scopes carry the interface's fingerprint, not one method's. */
    private static final String SERVICE_FINGERPRINT = SaasLlm_Analyzer.SERVICE.fingerprint();

    @Test
    void aFlowMakesItsCallsInOneJob() throws Exception {
        enqueueJson(200, created(JOB_ID));
        enqueueJson(200, callAnswer("points"));
        enqueueJson(200, callAnswer("summary"));
        enqueueJson(200, completion("COMPLETED"));

        assertEquals("points | summary", client.create(Analyzer.class).analyze("doc"));

        assertEquals("{\"team_id\":\"acme-corp\",\"job_type\":\"analysis\",\"metadata\":{\"saasllm_method\":\"Analyzer.analyze\","
                + "\"saasllm_fingerprint\":\"" + SERVICE_FINGERPRINT + "\",\"team_area\":\"docs\"}}",
                take("POST", "/api/jobs/create").getBody().utf8());
        assertEquals("{\"model\":\"AnalysisModel\",\"model_group\":\"AnalysisModel\",\"messages\":[{\"role\":\"user\","
                + "\"content\":\"Key points: doc\"}],\"purpose\":\"keyPoints\"}", take("POST", CALL_PATH).getBody().utf8());
        assertTrue(take("POST", CALL_PATH).getBody().utf8().contains("\"purpose\":\"summary\""));
        assertEquals("{\"status\":\"completed\"}", take("POST", COMPLETE_PATH).getBody().utf8());
        assertEquals(4, server.getRequestCount());
    }

    @Test
    void aFlowCalledInAFlowJoinsTheOuterJob() throws Exception {
        enqueueJson(200, created(JOB_ID));
        for (int i = 0; i < 4; i++) enqueueJson(200, callAnswer("a" + i));
        enqueueJson(200, completion("COMPLETED"));

        assertEquals("a0 | a1 || a2 | a3", client.create(Analyzer.class).analyzeTwice("doc"));

        assertTrue(take("POST", "/api/jobs/create").getBody().utf8().contains("Analyzer.analyzeTwice"));
        for (int i = 0; i < 4; i++) take("POST", CALL_PATH);
        take("POST", COMPLETE_PATH);
        assertEquals(6, server.getRequestCount(), "one job, one complete");
    }

    @Test
    void aFlowThatThrowsFailsItsJobAndRethrows() throws Exception {
        enqueueJson(200, created(JOB_ID));
        enqueueJson(200, callAnswer("points"));
        enqueueJson(200, completion("FAILED"));

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> client.create(Analyzer.class).analyzeAndFail("doc"));
        assertEquals("flow gave up", e.getMessage());

        take("POST", "/api/jobs/create");
        take("POST", CALL_PATH);
        assertEquals("{\"status\":\"failed\",\"error_message\":\"IllegalStateException: flow gave up\"}",
                take("POST", COMPLETE_PATH).getBody().utf8());
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void aScopeCompletedByHandChargesOneJob() throws Exception {
        enqueueJson(200, created(JOB_ID));
        enqueueJson(200, callAnswer("points"));
        enqueueJson(200, callAnswer("summary"));
        enqueueJson(200, completion("COMPLETED"));

        try (JobScope<Analyzer> job = client.openJob(Analyzer.class)) {
            assertEquals(JOB_ID, job.jobId());
            assertEquals("points", job.service().keyPoints("doc"));
            JobResult<String> summary = job.service().summary("doc");
            assertEquals("summary", summary.value());
            assertEquals(JOB_ID, summary.jobId());
            assertEquals(2, summary.totalCalls());
            assertNull(summary.completion(), "the job is still open");
            assertEquals(999, job.complete().creditsRemaining());
        }

        assertEquals("{\"team_id\":\"acme-corp\",\"job_type\":\"analysis\",\"metadata\":{\"saasllm_method\":\"Analyzer\","
                + "\"saasllm_fingerprint\":\"" + SERVICE_FINGERPRINT + "\",\"team_area\":\"docs\"}}",
                take("POST", "/api/jobs/create").getBody().utf8());
        take("POST", CALL_PATH);
        take("POST", CALL_PATH);
        assertEquals("{\"status\":\"completed\"}", take("POST", COMPLETE_PATH).getBody().utf8());
        assertEquals(4, server.getRequestCount(), "close() after complete() sends nothing");
    }

    @Test
    void aScopeClosedWithoutCompleteFailsItsJob() throws Exception {
        enqueueJson(200, created(JOB_ID));
        enqueueJson(200, callAnswer("points"));
        enqueueJson(200, completion("FAILED"));

        assertThrows(IllegalArgumentException.class, () -> {
            try (JobScope<Analyzer> job = client.openJob(Analyzer.class, "custom_type")) {
                job.service().keyPoints("doc");
                throw new IllegalArgumentException("the caller's bug");
            }
        });

        assertTrue(take("POST", "/api/jobs/create").getBody().utf8().contains("\"job_type\":\"custom_type\""));
        take("POST", CALL_PATH);
        assertEquals("{\"status\":\"failed\",\"error_message\":\"JobAbandonedException: abandoned: the JobScope was closed "
                + "without complete()\"}", take("POST", COMPLETE_PATH).getBody().utf8());
    }

    @Test
    void inJobCompletesOnReturnAndFailsOnThrow() throws Exception {
        enqueueJson(200, created(JOB_ID));
        enqueueJson(200, callAnswer("points"));
        enqueueJson(200, completion("COMPLETED"));
        assertEquals("points!", client.inJob(Analyzer.class, a -> a.keyPoints("doc") + "!"));
        take("POST", "/api/jobs/create");
        take("POST", CALL_PATH);
        assertEquals("{\"status\":\"completed\"}", take("POST", COMPLETE_PATH).getBody().utf8());

        enqueueJson(200, created(JOB_ID));
        enqueueJson(200, completion("FAILED"));
        RuntimeException thrown = new RuntimeException("boom");
        assertSame(thrown, assertThrows(RuntimeException.class, () -> client.inJob(Analyzer.class, a -> {
            throw thrown;
        })));
        take("POST", "/api/jobs/create");
        assertEquals("{\"status\":\"failed\",\"error_message\":\"RuntimeException: boom\"}",
                take("POST", COMPLETE_PATH).getBody().utf8(), "the lambda form names the real failure");
        assertEquals(5, server.getRequestCount());
    }

    @Test
    void aJobTypeGivenAtRunTimeOverTheServersColumnOpensNoJob() {
        String jobType = "analysis_" + "x".repeat(92); // 101 characters; jobs.job_type is VARCHAR(100)
        RequestValidationException e = assertThrows(RequestValidationException.class,
                () -> client.openJob(Analyzer.class, jobType));
        assertTrue(e.getMessage().startsWith("job_type is 101 characters long, over the server's limit of 100"), e.getMessage());
        assertThrows(RequestValidationException.class, () -> client.inJob(Analyzer.class, jobType, analyzer -> analyzer.keyPoints("doc")));
        assertEquals(0, server.getRequestCount(), "nothing sent");
        assertEquals(0, client.openJobs());
    }

    @Test
    void callsAfterTheScopeEndedAreRefusedAndNothingIsSent() throws Exception {
        enqueueJson(200, created(JOB_ID));
        enqueueJson(200, completion("COMPLETED"));
        Analyzer bound;
        try (JobScope<Analyzer> job = client.openJob(Analyzer.class)) {
            bound = job.service();
            job.complete();
            assertThrows(IllegalStateException.class, job::complete, "completed exactly once");
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> bound.keyPoints("late"));
        assertTrue(e.getMessage().contains("already settled"), e.getMessage());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void anAsyncCallStillRunningWhenTheScopeCompletesFailsTheJob() throws Exception {
        enqueueJson(200, created(JOB_ID));
        server.enqueue(noResponse());
        enqueueJson(200, completion("FAILED"));
        CompletableFuture<String> pending;
        try (JobScope<Analyzer> job = client.openJob(Analyzer.class)) {
            pending = job.service().keyPointsAsync("doc");
            take("POST", "/api/jobs/create");
            take("POST", CALL_PATH); // in flight now
            IllegalStateException e = assertThrows(IllegalStateException.class, job::complete);
            assertTrue(e.getMessage().contains("still running"), e.getMessage());
        }
        assertTrue(take("POST", COMPLETE_PATH).getBody().utf8().startsWith("{\"status\":\"failed\""));
        pending.cancel(true);
    }
}
