package dev.saasllm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.fixtures.Analyzer;
import dev.saasllm.fixtures.Mood;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The asynchronous paths retry and re-ask under the same rules as the blocking ones (RetryTest, ReaskTest). */
class AsyncReliabilityTest extends MockServerSupport {
    private static final String CALL_PATH = "/api/jobs/" + JOB_ID + "/llm-call";
    private static final String COMPLETE_PATH = "/api/jobs/" + JOB_ID + "/complete";
    private static final RetryPolicy FAST = RetryPolicy.builder().maxAttempts(3).initialDelay(Duration.ofMillis(1))
            .maxDelay(Duration.ofMillis(20)).build();
    private static final String JOB_IN_PROGRESS = "{\"job_id\":\"" + JOB_ID + "\",\"team_id\":\"acme-corp\",\"job_type\":\"greeting\","
            + "\"status\":\"IN_PROGRESS\",\"created_at\":\"2026-11-27T20:57:34Z\"}";
    private static final String JOB_COMPLETED = "{\"job_id\":\"" + JOB_ID + "\",\"team_id\":\"acme-corp\",\"job_type\":\"greeting\","
            + "\"status\":\"COMPLETED\",\"created_at\":\"2026-11-27T20:57:34Z\",\"completed_at\":\"2026-11-27T20:58:00Z\"}";

    private Analyzer analyzer(RetryPolicy policy, int reasks) {
        client.close();
        client = SaasLlmClient.builder().baseUrl(server.url("/").toString()).teamId(TEAM).virtualKey(KEY)
                .createAndCall(CreateAndCall.NEVER).timeout(Duration.ofSeconds(10)).defaultModel("DefaultModel")
                .retryPolicy(policy).maxReasks(reasks).build();
        return client.create(Analyzer.class);
    }

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aRateLimitedCreateIsSentAgain() throws Exception {
        Analyzer analyzer = analyzer(FAST, 0);
        server.enqueue(new MockResponse.Builder().code(429).body("{\"detail\":\"slow down\"}").build());
        enqueueJson(200, created(JOB_ID));
        enqueueJson(200, callAnswer("points"));
        enqueueJson(200, completion("COMPLETED"));

        assertEquals("points", await(analyzer.keyPointsAsync("doc")));
        take("POST", "/api/jobs/create");
        take("POST", "/api/jobs/create");
        take("POST", CALL_PATH);
        assertEquals("{\"status\":\"completed\"}", take("POST", COMPLETE_PATH).getBody().utf8());
        assertEquals(4, server.getRequestCount());
    }

    @Test
    void aCreateThatFailedWith500IsNotSentAgain() throws Exception {
        Analyzer analyzer = analyzer(FAST, 0);
        enqueueJson(500, "{\"detail\":\"db timeout\"}");
        enqueueJson(200, created(JOB_ID)); // would open a second job if the create were repeated

        ExecutionException e = assertThrows(ExecutionException.class, () -> await(analyzer.keyPointsAsync("doc")));
        assertInstanceOf(ServerException.class, e.getCause());
        assertEquals(1, server.getRequestCount(), "a 500 may have opened a job: never repeated into a duplicate");
        assertNoKey(e.getCause());
    }

    @Test
    void aCompleteLostToAResetIsReadThenSentAgainWhenTheJobIsStillOpen() throws Exception {
        Analyzer analyzer = analyzer(FAST, 0);
        enqueueJson(200, created(JOB_ID));
        enqueueJson(200, callAnswer("points"));
        server.enqueue(disconnectAfterRequest());
        enqueueJson(200, JOB_IN_PROGRESS);
        enqueueJson(200, completion("COMPLETED"));

        assertEquals("points", await(analyzer.keyPointsAsync("doc")));
        take("POST", "/api/jobs/create");
        take("POST", CALL_PATH);
        take("POST", COMPLETE_PATH);
        take("GET", "/api/jobs/" + JOB_ID);
        assertEquals("{\"status\":\"completed\"}", take("POST", COMPLETE_PATH).getBody().utf8());
        assertEquals(5, server.getRequestCount());
    }

    @Test
    void aCompleteThatWasAppliedIsNotSentAgain() throws Exception {
        Analyzer analyzer = analyzer(FAST, 0);
        enqueueJson(200, created(JOB_ID));
        enqueueJson(200, callAnswer("points"));
        enqueueJson(502, "{\"detail\":\"bad gateway\"}");
        enqueueJson(200, JOB_COMPLETED);

        assertEquals("points", await(analyzer.keyPointsAsync("doc")));
        take("POST", "/api/jobs/create");
        take("POST", CALL_PATH);
        take("POST", COMPLETE_PATH);
        take("GET", "/api/jobs/" + JOB_ID);
        assertEquals(4, server.getRequestCount(), "the job was completed: a second complete would toggle the charge");
    }

    @Test
    void aCallInsideAScopeIsRetriedInItsJob() throws Exception {
        analyzer(FAST, 0);
        enqueueJson(200, created(JOB_ID));
        enqueueJson(503, "{\"detail\":\"busy\"}");
        enqueueJson(200, callAnswer("points"));
        enqueueJson(200, completion("COMPLETED"));

        try (JobScope<Analyzer> job = client.openJob(Analyzer.class)) {
            assertEquals("points", await(job.service().keyPointsAsync("doc")));
            job.complete();
        }
        take("POST", "/api/jobs/create");
        take("POST", CALL_PATH);
        take("POST", CALL_PATH);
        assertEquals("{\"status\":\"completed\"}", take("POST", COMPLETE_PATH).getBody().utf8());
        assertEquals(4, server.getRequestCount(), "one job, two attempts of the call, one complete");
    }

    @Test
    void anInvalidAnswerIsAskedForAgainInTheSameJob() throws Exception {
        Analyzer analyzer = analyzer(RetryPolicy.NONE, 2);
        enqueueJson(200, created(JOB_ID));
        enqueueJson(200, callAnswer("{\"label\":\"happy\"}"));
        enqueueJson(200, callAnswer("{\"label\":\"happy\",\"score\":0.9}"));
        enqueueJson(200, completion("COMPLETED"));

        JobResult<Mood> result = await(analyzer.moodAsync("What a day!"));
        assertEquals(new Mood("happy", 0.9), result.value());
        assertEquals(JOB_ID, result.jobId());
        take("POST", "/api/jobs/create");
        take("POST", CALL_PATH);
        String second = take("POST", CALL_PATH).getBody().utf8();
        assertTrue(second.contains("{\"role\":\"assistant\",\"content\":\"{\\\"label\\\":\\\"happy\\\"}\"},"
                + "{\"role\":\"user\",\"content\":\"Your previous answer could not be used: "), second);
        assertTrue(second.contains("score"), "the problem names the missing property: " + second);
        assertEquals("{\"status\":\"completed\"}", take("POST", COMPLETE_PATH).getBody().utf8());
        assertEquals(4, server.getRequestCount(), "one job");
    }

    @Test
    void afterTheLastReaskTheJobFailsWithEveryAnswer() throws Exception {
        Analyzer analyzer = analyzer(RetryPolicy.NONE, 2);
        enqueueJson(200, created(JOB_ID));
        enqueueJson(200, callAnswer("not json"));
        enqueueJson(200, callAnswer("{\"label\":\"happy\"}"));
        enqueueJson(200, callAnswer("{\"label\":\"sad\",\"score\":\"high\"}"));
        enqueueJson(200, completion("FAILED"));

        ExecutionException e = assertThrows(ExecutionException.class, () -> await(analyzer.moodAsync("x")));
        OutputRejectedException rejected = assertInstanceOf(OutputRejectedException.class, e.getCause());
        assertEquals(List.of("not json", "{\"label\":\"happy\"}", "{\"label\":\"sad\",\"score\":\"high\"}"), rejected.rawAnswers());
        assertEquals(3, rejected.problems().size());
        assertEquals(JOB_ID, rejected.jobId());
        take("POST", "/api/jobs/create");
        for (int i = 0; i < 3; i++) take("POST", CALL_PATH);
        String body = take("POST", COMPLETE_PATH).getBody().utf8();
        assertTrue(body.startsWith("{\"status\":\"failed\",\"error_message\":\"OutputRejectedException: "), body);
        assertEquals(5, server.getRequestCount());
        assertNoKey(rejected);
    }

    @Test
    void cancellingDuringARetryWaitFailsTheJobAtOnce() throws Exception {
        // A wait far longer than the test may take: the job can only fail in time if the cancel ends it.
        RetryPolicy slow = RetryPolicy.builder().maxAttempts(3).initialDelay(Duration.ofSeconds(60))
                .maxDelay(Duration.ofSeconds(60)).jitter(0).build();
        Analyzer analyzer = analyzer(slow, 0);
        enqueueJson(200, created(JOB_ID));
        enqueueJson(503, "{\"detail\":\"busy\"}");
        enqueueJson(200, completion("FAILED"));
        CountDownLatch waiting = new CountDownLatch(1);
        Logger log = Logger.getLogger("dev.saasllm.retries");
        Level previous = log.getLevel();
        Handler spy = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getMessage() != null && record.getMessage().startsWith("Retrying")) waiting.countDown();
            }
            @Override public void flush() {}
            @Override public void close() {}
        };
        log.setLevel(Level.FINE);
        log.addHandler(spy);
        try {
            CompletableFuture<String> future = analyzer.keyPointsAsync("doc");
            assertTrue(waiting.await(10, TimeUnit.SECONDS), "the 503 was not scheduled for a retry");
            assertTrue(future.cancel(true));
        } finally {
            log.removeHandler(spy);
            log.setLevel(previous);
        }
        take("POST", "/api/jobs/create");
        take("POST", CALL_PATH);
        RecordedRequest complete = take("POST", COMPLETE_PATH);
        assertEquals("{\"status\":\"failed\",\"error_message\":\"CancellationException: Cancelled by the caller\"}",
                complete.getBody().utf8());
        assertEquals(3, server.getRequestCount(), "no second attempt after the cancel");
    }
}
