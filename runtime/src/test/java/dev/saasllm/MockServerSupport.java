package dev.saasllm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A MockWebServer and a client pointed at it, with a key distinctive enough to search for. */
abstract class MockServerSupport {
    static final String KEY = "sk-SECRET-KEY-4f9d2c7e";
    static final String TEAM = "acme-corp";
    static final String JOB_ID = "3f1c2b9a-8e7d-4c6b-a5f4-0123456789ab";

    MockWebServer server;
    SaasLlmClient client;

    @BeforeEach
    void startServer() throws IOException {
        server = new MockWebServer();
        server.start();
        client = newClient(Duration.ofSeconds(10));
    }

    SaasLlmClient newClient(Duration timeout) {
        return SaasLlmClient.builder()
                .baseUrl(server.url("/").toString())
                .teamId(TEAM)
                .virtualKey(KEY)
                .timeout(timeout)
                .defaultModel("DefaultModel")
                // These tests pin the three-step traffic; OneRoundTripTest covers create-and-call.
                .createAndCall(CreateAndCall.NEVER)
                .build();
    }

    @AfterEach
    void stopServer() throws IOException {
        client.close();
        server.close();
    }

    void enqueueJson(int status, String body) {
        server.enqueue(new MockResponse.Builder().code(status)
                .setHeader("Content-Type", "application/json").body(body).build());
    }

    /** A 200 server-sent event stream; the caller may add throttling or a fault before building it. */
    static MockResponse.Builder eventStream(String body) {
        return new MockResponse.Builder().setHeader("Content-Type", "text/event-stream").body(body);
    }

    /** Reads the request, then never answers (the old SocketPolicy.NO_RESPONSE). */
    static MockResponse noResponse() {
        return new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build();
    }

    /** Reads the request, then closes the connection without a response (the old DISCONNECT_AFTER_REQUEST). */
    static MockResponse disconnectAfterRequest() {
        return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
    }

    /** Cuts the connection halfway through the response body (the old DISCONNECT_DURING_RESPONSE_BODY). */
    static MockResponse.Builder cutMidBody(MockResponse.Builder response) {
        return response.onResponseBody(new SocketEffect.CloseSocket());
    }

    static String created(String jobId) {
        return "{\"job_id\":\"" + jobId + "\",\"status\":\"PENDING\",\"created_at\":\"2026-11-27T20:57:34.419921\"}";
    }

    static String callAnswer(String content) {
        return "{\"call_id\":\"c-1\",\"response\":{\"content\":" + json(content) + ",\"finish_reason\":\"stop\"},"
                + "\"metadata\":{\"tokens_used\":450,\"latency_ms\":1250,\"model\":\"ResumeAgent\"}}";
    }

    static String completion(String status) {
        return "{\"job_id\":\"" + JOB_ID + "\",\"status\":\"" + status + "\",\"completed_at\":\"2026-11-27T20:58:00Z\","
                + "\"costs\":{\"total_calls\":1,\"successful_calls\":1,\"failed_calls\":0,\"total_tokens\":450,"
                + "\"total_cost_usd\":0.0031,\"avg_latency_ms\":1250,\"credit_applied\":true,\"credits_remaining\":999},"
                + "\"calls\":[{\"call_id\":\"c-1\",\"purpose\":\"parse\",\"model_group\":\"ResumeAgent\",\"tokens\":450,"
                + "\"latency_ms\":1250,\"error\":null}]}";
    }

    static String json(String text) {
        StringBuilder out = new StringBuilder();
        dev.saasllm.model.JsonSchemaWriter.string(text, out);
        return out.toString();
    }

    /** Takes the next request, checking the auth header every request must carry. */
    RecordedRequest take(String method, String path) throws InterruptedException {
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertEquals(method + " " + path, request.getMethod() + " " + request.getTarget());
        assertEquals("Bearer " + KEY, request.getHeaders().get("Authorization"));
        assertFalse(utf8Body(request).contains(KEY), "the key goes only into the Authorization header");
        return request;
    }

    /** The request's body as text; "" when it has none (a GET's body is null in mockwebserver3). */
    static String utf8Body(RecordedRequest request) {
        return request.getBody() == null ? "" : request.getBody().utf8();
    }

    static void assertNoKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains(KEY), "key in message: " + t.getClass());
            assertFalse(t.toString().contains(KEY));
            if (t instanceof SaasLlmException s) {
                assertFalse(String.valueOf(s.detail()).contains(KEY));
                assertFalse(String.valueOf(s.rawBody()).contains(KEY));
            }
            for (Throwable suppressed : t.getSuppressed()) assertNoKey(suppressed);
        }
    }
}
