package dev.saasllm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

/**
 * Which requests of the programmatic client are sent again, and the policy's own rules. (Retries of
 * generated services, in their jobs: RetryTest in integration-tests.)
 */
class ClientRetryTest extends MockServerSupport {
    private static final RetryPolicy FAST = RetryPolicy.builder().maxAttempts(3).initialDelay(Duration.ofMillis(1))
            .maxDelay(Duration.ofMillis(20)).build();

    private SaasLlmClient retrying(RetryPolicy policy) {
        client.close();
        client = SaasLlmClient.builder().baseUrl(server.url("/").toString()).teamId(TEAM).virtualKey(KEY)
                .createAndCall(CreateAndCall.NEVER)
                .timeout(Duration.ofSeconds(10)).defaultModel("DefaultModel").retryPolicy(policy).build();
        return client;
    }

    @Test
    void thePolicyRefusesToRetryClientErrors() {
        for (int status : List.of(400, 401, 403, 404, 422)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> RetryPolicy.builder().retryStatuses(Set.of(503, status)));
            assertTrue(e.getMessage().startsWith("HTTP " + status + " cannot be retried"), e.getMessage());
        }
    }

    @Test
    void creatingAJobIsRetriedOnlyWhenTheServerProvablyDidNothing() throws Exception {
        retrying(FAST);
        server.enqueue(new MockResponse.Builder().code(429).body("{\"detail\":\"slow down\"}").build());
        enqueueJson(200, created(JOB_ID));
        assertEquals(JOB_ID, client.createJob("t"));
        assertEquals(2, server.getRequestCount());

        // A 500 may come after the job was stored: another create could open a second job.
        enqueueJson(500, "{\"detail\":\"db timeout\"}");
        assertThrows(ServerException.class, () -> client.createJob("t"));
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void aRefusedConnectionIsRetriedEvenForCreate() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (SaasLlmClient refused = SaasLlmClient.builder().baseUrl("http://127.0.0.1:" + closedPort).teamId(TEAM)
                .virtualKey(KEY).retryPolicy(FAST).build()) {
            TransportException e = assertThrows(TransportException.class, () -> refused.createJob("t"));
            assertEquals(1, e.getSuppressed().length, "attempt 3 carries attempt 2");
            assertEquals(1, e.getSuppressed()[0].getSuppressed().length, "attempt 2 carries attempt 1");
            assertNoKey(e);
        }
    }

    @Test
    void aTimedOutCallIsRetriedWithinThePerCallTimeout() throws Exception {
        retrying(FAST);
        server.enqueue(noResponse());
        enqueueJson(200, callAnswer("late but here"));

        // Each attempt gets its own second: the first must time out, the second must not (200 ms could
        // run out on a loaded machine before the waiting answer was read).
        CallOptions options = CallOptions.builder().timeout(Duration.ofSeconds(1)).build();
        assertEquals("late but here", client.chat(JOB_ID, List.of(ChatMessage.user("x")), options).content());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void withoutAPolicyNothingIsRetried() throws Exception {
        enqueueJson(503, "{\"detail\":\"busy\"}");
        assertThrows(ServerException.class, () -> client.chat(JOB_ID, List.of(ChatMessage.user("x"))));
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void aCallsOwnPolicyOverridesTheClients() throws Exception {
        retrying(FAST);
        enqueueJson(503, "{\"detail\":\"busy\"}");
        CallOptions once = CallOptions.builder().retryPolicy(RetryPolicy.NONE).build();
        assertThrows(ServerException.class, () -> client.chat(JOB_ID, List.of(ChatMessage.user("x")), once));
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void interruptsAndTimeoutsAreClassified() {
        RetryPolicy noTimeouts = RetryPolicy.builder().retryOnTimeout(false).build();
        CallTimeoutException timeout = new CallTimeoutException("t", "e", null, new java.net.SocketTimeoutException());
        assertTrue(RetryPolicy.defaults().retries(timeout));
        assertEquals(false, noTimeouts.retries(timeout));
        assertInstanceOf(RetryPolicy.class, RetryPolicy.NONE);
        assertEquals(1, RetryPolicy.NONE.maxAttempts());
    }
}
