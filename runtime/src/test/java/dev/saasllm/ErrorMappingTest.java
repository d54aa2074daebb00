package dev.saasllm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

/** Each failed exchange becomes its typed exception with detail, endpoint, job id, status and raw body. */
class ErrorMappingTest extends MockServerSupport {
    private static final String LLM_CALL = "POST /api/jobs/{job_id}/llm-call";

    private SaasLlmException callFailing(int status, String body) {
        enqueueJson(status, body);
        SaasLlmException e = assertThrows(SaasLlmException.class, () -> client.chat(JOB_ID, List.of(ChatMessage.user("x"))));
        assertEquals(status, e.statusCode());
        assertEquals(body, e.rawBody());
        assertEquals(LLM_CALL, e.endpoint());
        assertEquals(JOB_ID, e.jobId());
        assertNoKey(e);
        return e;
    }

    @Test
    void unauthorized() {
        SaasLlmException e = callFailing(401, "{\"detail\":\"Invalid API key\"}");
        assertInstanceOf(AuthenticationException.class, e);
        assertEquals("Invalid API key", e.detail());
        assertEquals("HTTP 401 Client Error from POST /api/jobs/{job_id}/llm-call for job " + JOB_ID + ": Invalid API key",
                e.getMessage());
    }

    @Test
    void forbidden() {
        SaasLlmException e = callFailing(403, "{\"detail\":\"Job does not belong to your team\"}");
        assertInstanceOf(PermissionDeniedException.class, e);
        assertEquals("Job does not belong to your team", e.detail());
    }

    @Test
    void notFound() {
        SaasLlmException e = callFailing(404, "{\"detail\":\"Job not found\"}");
        assertInstanceOf(NotFoundException.class, e);
        assertTrue(e.getMessage().endsWith(": Job not found"), e.getMessage());
    }

    @Test
    void validationErrorsCarryTheFieldErrors() {
        SaasLlmException e = callFailing(422, "{\"detail\":[{\"loc\":[\"body\",\"messages\",0,\"content\"],"
                + "\"msg\":\"Field required\",\"type\":\"missing\",\"input\":{}},"
                + "{\"loc\":[\"body\",\"model\"],\"msg\":\"Input should be a valid string\",\"type\":\"string_type\"}]}");
        RequestValidationException validation = assertInstanceOf(RequestValidationException.class, e);
        assertEquals(List.of(
                new RequestValidationException.FieldError(List.of("body", "messages", "0", "content"), "Field required", "missing"),
                new RequestValidationException.FieldError(List.of("body", "model"), "Input should be a valid string", "string_type")),
                validation.fieldErrors());
        assertEquals("body.messages.0.content: Field required (missing); body.model: Input should be a valid string (string_type)",
                e.detail());
        assertTrue(e.getMessage().contains(e.detail()), e.getMessage());
    }

    @Test
    void validationErrorWithAPlainDetail() {
        RequestValidationException e = assertInstanceOf(RequestValidationException.class,
                callFailing(422, "{\"detail\":\"Invalid status\"}"));
        assertEquals("Invalid status", e.detail());
        assertEquals(List.of(), e.fieldErrors());
    }

    @Test
    void rateLimitedWithRetryAfterSeconds() {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "7")
                .body("{\"detail\":\"Rate limit exceeded\"}").build());
        RateLimitException e = assertThrows(RateLimitException.class, () -> client.chat(JOB_ID, List.of(ChatMessage.user("x"))));
        assertEquals(Optional.of(Duration.ofSeconds(7)), e.retryAfter());
        assertEquals("Rate limit exceeded", e.detail());
        assertEquals(429, e.statusCode());
    }

    @Test
    void rateLimitedWithoutRetryAfter() {
        RateLimitException e = assertInstanceOf(RateLimitException.class, callFailing(429, "Too Many Requests"));
        assertEquals(Optional.empty(), e.retryAfter());
        assertEquals("Too Many Requests", e.detail());
    }

    @Test
    void serverErrorWithJsonDetail() {
        SaasLlmException e = callFailing(500, "{\"detail\":\"LLM call failed: upstream timeout\"}");
        assertInstanceOf(ServerException.class, e);
        assertEquals("LLM call failed: upstream timeout", e.detail());
    }

    @Test
    void serverErrorAsPlainTextKeepsTheText() {
        server.enqueue(new MockResponse.Builder().code(500).setHeader("Content-Type", "text/plain")
                .body("Internal Server Error").build());
        ServerException e = assertThrows(ServerException.class, () -> client.getJob("not-a-uuid"));
        assertEquals("Internal Server Error", e.detail());
        assertEquals("Internal Server Error", e.rawBody());
        assertEquals("GET /api/jobs/{job_id}", e.endpoint());
        assertEquals("not-a-uuid", e.jobId());
        assertEquals("HTTP 500 Server Error from GET /api/jobs/{job_id} for job not-a-uuid: Internal Server Error", e.getMessage());
    }

    @Test
    void badGatewayWithAnHtmlPage() {
        SaasLlmException e = callFailing(502, "<html><body>502 Bad Gateway</body></html>");
        assertInstanceOf(ServerException.class, e);
        assertEquals("<html><body>502 Bad Gateway</body></html>", e.detail());
    }

    @Test
    void otherStatusesAreUnexpected() {
        SaasLlmException e = callFailing(400, "{\"detail\":\"There was an error parsing the body\"}");
        assertInstanceOf(UnexpectedStatusException.class, e);
        assertEquals("There was an error parsing the body", e.detail());
    }

    @Test
    void errorsOfCreateHaveNoJob() {
        enqueueJson(401, "{\"detail\":\"Missing Authorization header. Expected: 'Authorization: Bearer sk-xxx...'\"}");
        AuthenticationException e = assertThrows(AuthenticationException.class, () -> client.createJob("t"));
        assertEquals("POST /api/jobs/create", e.endpoint());
        assertNull(e.jobId());
        assertEquals("HTTP 401 Client Error from POST /api/jobs/create: Missing Authorization header. Expected: "
                + "'Authorization: Bearer sk-xxx...'", e.getMessage());
    }

    @Test
    void errorsOfCompleteNameTheEndpoint() {
        enqueueJson(422, "{\"detail\":[{\"loc\":[\"body\",\"status\"],\"msg\":\"Input should be 'completed' or 'failed'\","
                + "\"type\":\"enum\"}]}");
        RequestValidationException e = assertThrows(RequestValidationException.class,
                () -> client.completeJob(JOB_ID, JobStatus.COMPLETED));
        assertEquals("POST /api/jobs/{job_id}/complete", e.endpoint());
        assertEquals("body.status", String.join(".", e.fieldErrors().get(0).loc()));
    }

    @Test
    void anEchoedKeyIsRedacted() {
        enqueueJson(401, "{\"detail\":\"Invalid API key " + KEY + "\"}");
        SaasLlmException e = assertThrows(AuthenticationException.class, () -> client.createJob("t"));
        assertEquals("Invalid API key [virtual key]", e.detail());
        assertNoKey(e);
    }

    @Test
    void aBodyNeverAnsweredTimesOut() {
        SaasLlmClient fast = newClient(Duration.ofMillis(300));
        try (fast) {
            server.enqueue(noResponse());
            CallTimeoutException e = assertThrows(CallTimeoutException.class, () -> fast.chat(JOB_ID, List.of(ChatMessage.user("x"))));
            assertEquals(LLM_CALL, e.endpoint());
            assertEquals(JOB_ID, e.jobId());
            assertEquals(0, e.statusCode());
            assertTrue(e.getMessage().startsWith("Timed out waiting for POST /api/jobs/{job_id}/llm-call for job " + JOB_ID), e.getMessage());
            assertNoKey(e);
        }
    }

    @Test
    void aBodyTooSlowTimesOut() {
        SaasLlmClient fast = newClient(Duration.ofMillis(300));
        try (fast) {
            server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
                    .body(callAnswer("slow")).throttleBody(8, 1, java.util.concurrent.TimeUnit.SECONDS).build());
            assertThrows(CallTimeoutException.class, () -> fast.chat(JOB_ID, List.of(ChatMessage.user("x"))));
        }
    }

    @Test
    void aRefusedConnectionIsATransportFailure() throws IOException {
        String url = server.url("/").toString();
        server.close();
        SaasLlmClient offline = SaasLlmClient.builder().baseUrl(url).teamId(TEAM).virtualKey(KEY).build();
        try (offline) {
            TransportException e = assertThrows(TransportException.class, () -> offline.createJob("t"));
            assertEquals(TransportException.class, e.getClass());
            assertTrue(e.getMessage().startsWith("Could not reach the server for POST /api/jobs/create: "), e.getMessage());
            assertNoKey(e);
        }
    }

    @Test
    void anInterruptedCallIsATransportFailureAndKeepsTheInterrupt() {
        enqueueJson(200, created(JOB_ID));
        Thread.currentThread().interrupt();
        try {
            TransportException e = assertThrows(TransportException.class, () -> client.createJob("t"));
            assertEquals(TransportException.class, e.getClass());
            assertEquals("Interrupted during POST /api/jobs/create", e.getMessage());
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aJsonBodyWithoutDetailIsTheDetailItself() {
        assertEquals("{\"error\":\"quota\"}", callFailing(403, "{\"error\":\"quota\"}").detail());
        assertEquals("{\"detail\":null}", callFailing(500, "{\"detail\":null}").detail());
    }
}
