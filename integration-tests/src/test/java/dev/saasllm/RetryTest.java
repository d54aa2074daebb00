package dev.saasllm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.fixtures.Greeter;
import java.time.Duration;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which requests are sent again, how often, and that a retried call stays in its job. */
class RetryTest extends MockServerSupport {
    private static final String CALL_PATH = "/api/jobs/" + JOB_ID + "/llm-call";
    private static final String COMPLETE_PATH = "/api/jobs/" + JOB_ID + "/complete";
    private static final RetryPolicy FAST = RetryPolicy.builder().maxAttempts(3).initialDelay(Duration.ofMillis(1))
            .maxDelay(Duration.ofMillis(20)).build();

    private SaasLlmClient retrying(RetryPolicy policy) {
        client.close();
        client = SaasLlmClient.builder().baseUrl(server.url("/").toString()).teamId(TEAM).virtualKey(KEY)
                .createAndCall(CreateAndCall.NEVER)
                .timeout(Duration.ofSeconds(10)).defaultModel("DefaultModel").retryPolicy(policy).build();
        return client;
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 500, 502, 503, 504})
    void aFailedCallIsRetriedInTheSameJob(int status) throws Exception {
        retrying(FAST);
        enqueueJson(200, created(JOB_ID));
        enqueueJson(status, "{\"detail\":\"busy\"}");
        enqueueJson(200, callAnswer("Hello, Ada!"));
        enqueueJson(200, completion("COMPLETED"));

        assertEquals("Hello, Ada!", client.create(Greeter.class).greet("Ada"));

        take("POST", "/api/jobs/create");
        take("POST", CALL_PATH);
        take("POST", CALL_PATH);
        assertEquals("{\"status\":\"completed\"}", take("POST", COMPLETE_PATH).getBody().utf8());
        assertEquals(4, server.getRequestCount(), "one job, two calls, one complete");
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 422})
    void clientErrorsAreNeverRetried(int status) throws Exception {
        retrying(FAST);
        enqueueJson(200, created(JOB_ID));
        enqueueJson(status, "{\"detail\":\"no\"}");
        enqueueJson(200, completion("FAILED"));

        SaasLlmException e = assertThrows(SaasLlmException.class, () -> client.create(Greeter.class).greet("Ada"));
        assertEquals(status, e.statusCode());
        take("POST", "/api/jobs/create");
        take("POST", CALL_PATH);
        assertTrue(take("POST", COMPLETE_PATH).getBody().utf8().startsWith("{\"status\":\"failed\""));
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void exhaustedAttemptsThrowTheLastFailureWithTheEarlierOnesSuppressed() throws Exception {
        retrying(FAST);
        enqueueJson(200, created(JOB_ID));
        for (int i = 0; i < 3; i++) enqueueJson(503, "{\"detail\":\"down " + i + "\"}");
        enqueueJson(200, completion("FAILED"));

        ServerException e = assertThrows(ServerException.class, () -> client.create(Greeter.class).greet("Ada"));
        assertEquals("down 2", e.detail());
        // The last failure carries the one before, which carries the first.
        assertEquals("down 1", ((SaasLlmException) e.getSuppressed()[0]).detail());
        assertEquals(5, server.getRequestCount());
        assertNoKey(e);
    }

    @Test
    void retryAfterIsHonouredAndALongerWaitThanTheMaximumEndsTheRetries() throws Exception {
        retrying(FAST);
        enqueueJson(200, created(JOB_ID));
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "0").body("{\"detail\":\"slow down\"}").build());
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "60").body("{\"detail\":\"slow down\"}").build());
        enqueueJson(200, completion("FAILED"));

        RateLimitException e = assertThrows(RateLimitException.class, () -> client.create(Greeter.class).greet("Ada"));
        assertEquals(Duration.ofSeconds(60), e.retryAfter().orElseThrow());
        assertEquals(4, server.getRequestCount(), "create, call (429, retry after 0 s), call (429, 60 s > max delay), complete");
    }

    @Test
    void aCompleteThatMayHaveBeenAppliedIsCheckedBeforeItIsRepeated() throws Exception {
        retrying(FAST);
        enqueueJson(200, created(JOB_ID));
        enqueueJson(200, callAnswer("Hi"));
        enqueueJson(502, "{\"detail\":\"bad gateway\"}");
        enqueueJson(200, "{\"job_id\":\"" + JOB_ID + "\",\"team_id\":\"acme-corp\",\"job_type\":\"greeting\","
                + "\"status\":\"COMPLETED\",\"created_at\":\"2026-11-27T20:57:34Z\",\"completed_at\":\"2026-11-27T20:58:00Z\"}");

        assertEquals("Hi", client.create(Greeter.class).greet("Ada"));
        take("POST", "/api/jobs/create");
        take("POST", CALL_PATH);
        take("POST", COMPLETE_PATH);
        take("GET", "/api/jobs/" + JOB_ID);
        assertEquals(4, server.getRequestCount(), "the job was completed: no second complete, which would toggle the charge");
    }

    @Test
    void aCompleteThatDidNotApplyIsSentAgain() throws Exception {
        retrying(FAST);
        enqueueJson(200, created(JOB_ID));
        enqueueJson(200, callAnswer("Hi"));
        server.enqueue(disconnectAfterRequest());
        enqueueJson(200, "{\"job_id\":\"" + JOB_ID + "\",\"team_id\":\"acme-corp\",\"job_type\":\"greeting\","
                + "\"status\":\"IN_PROGRESS\",\"created_at\":\"2026-11-27T20:57:34Z\"}");
        enqueueJson(200, completion("COMPLETED"));

        assertEquals("Hi", client.create(Greeter.class).greet("Ada"));
        take("POST", "/api/jobs/create");
        take("POST", CALL_PATH);
        take("POST", COMPLETE_PATH);
        take("GET", "/api/jobs/" + JOB_ID);
        assertEquals("{\"status\":\"completed\"}", take("POST", COMPLETE_PATH).getBody().utf8());
        assertEquals(5, server.getRequestCount());
    }


    @Test
    void aOneRoundTripJobIsRepeatedOnlyWhenTheServerProvablyDidNothing() throws Exception {
        client.close();
        client = SaasLlmClient.builder().baseUrl(server.url("/").toString()).teamId(TEAM).virtualKey(KEY)
                .timeout(Duration.ofSeconds(10)).retryPolicy(FAST).build(); // one round trip for chat methods
        String oneCall = "{\"job_id\":\"" + JOB_ID + "\",\"status\":\"COMPLETED\","
                + "\"response\":{\"content\":\"Hi\",\"finish_reason\":\"stop\"},"
                + "\"metadata\":{\"tokens_used\":11,\"latency_ms\":900,\"model\":\"GreeterModel\"},"
                + "\"costs\":{\"total_calls\":1,\"successful_calls\":1,\"failed_calls\":0,\"total_tokens\":11,"
                + "\"total_cost_usd\":0.0,\"avg_latency_ms\":900,\"credit_applied\":true,\"credits_remaining\":999},"
                + "\"completed_at\":\"2026-11-27T20:58:00Z\"}";
        server.enqueue(new MockResponse.Builder().code(429).body("{\"detail\":\"slow down\"}").build());
        enqueueJson(200, oneCall);
        assertEquals("Hi", client.create(Greeter.class).greet("Ada"));
        take("POST", "/api/jobs/create-and-call");
        take("POST", "/api/jobs/create-and-call");
        assertEquals(2, server.getRequestCount());

        // A 502 may come after the server opened, called and completed (charged) the job.
        enqueueJson(502, "{\"detail\":\"bad gateway\"}");
        assertThrows(ServerException.class, () -> client.create(Greeter.class).greet("Ada"));
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void anAsyncCallIsRetriedInItsJobWithoutAWaitingThread() throws Exception {
        retrying(FAST);
        enqueueJson(200, created(JOB_ID));
        enqueueJson(503, "{\"detail\":\"busy\"}");
        enqueueJson(200, callAnswer("{\"label\":\"calm\",\"score\":0.5}"));
        enqueueJson(200, completion("COMPLETED"));

        JobResult<dev.saasllm.fixtures.Mood> result = client.create(dev.saasllm.fixtures.Analyzer.class).moodAsync("x")
                .get(5, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(new dev.saasllm.fixtures.Mood("calm", 0.5), result.value());
        take("POST", "/api/jobs/create");
        take("POST", CALL_PATH);
        take("POST", CALL_PATH);
        assertEquals("{\"status\":\"completed\"}", take("POST", COMPLETE_PATH).getBody().utf8());
        assertEquals(4, server.getRequestCount());
    }

    @Test
    void anAsyncCallOutOfAttemptsFailsItsJobWithTheLastFailure() throws Exception {
        retrying(FAST);
        enqueueJson(200, created(JOB_ID));
        for (int i = 0; i < 3; i++) enqueueJson(503, "{\"detail\":\"down " + i + "\"}");
        enqueueJson(200, completion("FAILED"));

        java.util.concurrent.ExecutionException e = assertThrows(java.util.concurrent.ExecutionException.class,
                () -> client.create(dev.saasllm.fixtures.Analyzer.class).moodAsync("x").get(5, java.util.concurrent.TimeUnit.SECONDS));
        ServerException last = assertInstanceOf(ServerException.class, e.getCause());
        assertEquals("down 2", last.detail());
        assertEquals("down 1", ((SaasLlmException) last.getSuppressed()[0]).detail());
        take("POST", "/api/jobs/create");
        for (int i = 0; i < 3; i++) take("POST", CALL_PATH);
        assertTrue(take("POST", COMPLETE_PATH).getBody().utf8().startsWith("{\"status\":\"failed\""));
    }

    @Test
    void cancellingAnAsyncCallWhileItWaitsToRetryFailsItsJob() throws Exception {
        // A second's wait: the cancel must land in it however slow the machine (300 ms raced the test thread).
        retrying(FAST.toBuilder().initialDelay(Duration.ofSeconds(1)).maxDelay(Duration.ofSeconds(1)).jitter(0).build());
        enqueueJson(200, created(JOB_ID));
        enqueueJson(503, "{\"detail\":\"busy\"}");
        enqueueJson(200, completion("FAILED"));

        java.util.concurrent.CompletableFuture<JobResult<dev.saasllm.fixtures.Mood>> future =
                client.create(dev.saasllm.fixtures.Analyzer.class).moodAsync("x");
        take("POST", "/api/jobs/create");
        take("POST", CALL_PATH);
        future.cancel(true); // during the 1 s wait before the second attempt
        assertTrue(take("POST", COMPLETE_PATH).getBody().utf8().startsWith("{\"status\":\"failed\""));
        assertTrue(future.isCancelled());
        Thread.sleep(1_500); // past the retry's due time: no second call may follow
        assertEquals(3, server.getRequestCount());
    }
}
