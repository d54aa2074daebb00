package dev.saasllm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

/**
 * The programmatic client's async calls: the same requests as the blocking ones, retried and settled
 * under the same rules. (Async methods of generated services: AsyncJobTest and AsyncReliabilityTest
 * in integration-tests.)
 */
class ClientAsyncTest extends MockServerSupport {
    private static final String CALL_PATH = "/api/jobs/" + JOB_ID + "/llm-call";
    private static final String COMPLETE_PATH = "/api/jobs/" + JOB_ID + "/complete";
    private static final RetryPolicy FAST = RetryPolicy.builder().maxAttempts(3).initialDelay(Duration.ofMillis(1))
            .maxDelay(Duration.ofMillis(20)).build();
    private static final String JOB_IN_PROGRESS = "{\"job_id\":\"" + JOB_ID + "\",\"team_id\":\"acme-corp\",\"job_type\":\"greeting\","
            + "\"status\":\"IN_PROGRESS\",\"created_at\":\"2026-11-27T20:57:34Z\"}";

    record Mood(String label, double score) {}

    private void retrying(RetryPolicy policy) {
        client.close();
        client = SaasLlmClient.builder().baseUrl(server.url("/").toString()).teamId(TEAM).virtualKey(KEY)
                .createAndCall(CreateAndCall.NEVER).timeout(Duration.ofSeconds(10)).defaultModel("DefaultModel")
                .retryPolicy(policy).build();
    }

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(10, TimeUnit.SECONDS);
    }

    @Test
    void typedClientAsyncVariants() throws Exception {
        enqueueJson(200, created(JOB_ID));
        enqueueJson(200, callAnswer("hello"));
        enqueueJson(200, callAnswer("{\"label\":\"calm\",\"score\":0.5}"));
        enqueueJson(200, completion("COMPLETED"));

        String jobId = client.createJobAsync("typed", null, null).get(5, TimeUnit.SECONDS);
        assertEquals("hello", client.chatAsync(jobId, List.of(ChatMessage.user("hi")), null).get(5, TimeUnit.SECONDS).content());
        assertEquals(new Mood("calm", 0.5),
                client.structuredOutputAsync(jobId, List.of(ChatMessage.user("mood")), Mood.class, null).get(5, TimeUnit.SECONDS));
        assertEquals(JobStatus.COMPLETED, client.completeJobAsync(jobId, JobStatus.COMPLETED, null, null).get(5, TimeUnit.SECONDS).status());
        assertEquals("{\"team_id\":\"acme-corp\",\"job_type\":\"typed\"}", take("POST", "/api/jobs/create").getBody().utf8());
    }

    @Test
    void theProgrammaticAsyncCallsFollowTheSameRules() throws Exception {
        retrying(FAST);
        server.enqueue(new MockResponse.Builder().code(429).body("{\"detail\":\"slow down\"}").build());
        enqueueJson(200, created(JOB_ID));
        enqueueJson(503, "{\"detail\":\"busy\"}");
        enqueueJson(200, callAnswer("hello"));
        server.enqueue(disconnectAfterRequest());
        enqueueJson(200, JOB_IN_PROGRESS);
        enqueueJson(200, completion("COMPLETED"));

        String jobId = await(client.createJobAsync("typed", null, null));
        assertEquals("hello", await(client.chatAsync(jobId, List.of(ChatMessage.user("hi")), null)).content());
        assertEquals(JobStatus.COMPLETED, await(client.completeJobAsync(jobId, JobStatus.COMPLETED, null, null)).status());
        take("POST", "/api/jobs/create");
        take("POST", "/api/jobs/create");
        take("POST", CALL_PATH);
        take("POST", CALL_PATH);
        take("POST", COMPLETE_PATH);
        take("GET", "/api/jobs/" + JOB_ID);
        take("POST", COMPLETE_PATH);
        assertEquals(7, server.getRequestCount());
    }
}
