package dev.saasllm.processor.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.reliable.ReliableService;
import com.acme.reliable.ReliableService.Score;
import dev.saasllm.CallTimeoutException;
import dev.saasllm.InvalidOutputException;
import dev.saasllm.OutputRejectedException;
import dev.saasllm.SaasLlmClient;
import dev.saasllm.ServerException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code @Retry}, {@code @Reask} and {@code @Timeout} in generated code, on a client that itself
 * neither retries nor re-asks and waits 10 s: only the annotations can explain what happens.
 */
class ReliabilityGeneratedTest {
    private static final String JOB = "3f1c2b9a-8e7d-4c6b-a5f4-0123456789ab";
    private MockWebServer server;
    private SaasLlmClient client;
    private ReliableService service;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        client = SaasLlmClient.builder().baseUrl(server.url("/").toString()).teamId("acme").virtualKey("sk-k")
                .timeout(Duration.ofSeconds(10)).build();
        service = client.create(ReliableService.class);
    }

    @AfterEach
    void stop() throws IOException {
        client.close();
        server.close();
    }

    private void enqueue(int status, String body) {
        server.enqueue(new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json").body(body).build());
    }

    private void enqueueCreated() {
        enqueue(200, "{\"job_id\":\"" + JOB + "\",\"status\":\"PENDING\",\"created_at\":\"2026-11-27T20:57:34\"}");
    }

    private void enqueueAnswer(String content) {
        StringBuilder json = new StringBuilder();
        dev.saasllm.model.JsonSchemaWriter.string(content, json);
        enqueue(200, "{\"call_id\":\"c\",\"response\":{\"content\":" + json + ",\"finish_reason\":\"stop\"},\"metadata\":{}}");
    }

    private void enqueueCompleted(String status) {
        enqueue(200, "{\"job_id\":\"" + JOB + "\",\"status\":\"" + status + "\",\"completed_at\":\"2026-11-27T20:58:00Z\"}");
    }

    private String path() throws InterruptedException {
        var request = server.takeRequest(5, TimeUnit.SECONDS);
        return request.getMethod() + " " + request.getTarget().replace(JOB, "{id}");
    }

    @Test
    void theInterfacesRetryAndReaskApply() throws Exception {
        enqueueCreated();
        enqueue(503, "{\"detail\":\"busy\"}");
        enqueueAnswer("{\"label\":\"good\"}");
        enqueueAnswer("{\"label\":\"good\",\"value\":3}");
        enqueueCompleted("COMPLETED");

        assertEquals(new Score("good", 3), service.score("x"));
        assertEquals("POST /api/jobs/create", path());
        for (int i = 0; i < 3; i++) assertEquals("POST /api/jobs/{id}/llm-call", path());
        assertEquals("POST /api/jobs/{id}/complete", path());
        assertEquals(5, server.getRequestCount());
    }

    @Test
    void theInterfacesReaskLimitEndsInOutputRejected() {
        enqueueCreated();
        enqueueAnswer("nope");
        enqueueAnswer("still nope");
        enqueueCompleted("FAILED");
        OutputRejectedException e = assertThrows(OutputRejectedException.class, () -> service.score("x"));
        assertEquals(2, e.rawAnswers().size());
    }

    @Test
    void aMethodsAnnotationsOverrideTheInterfaces() {
        enqueueCreated();
        enqueue(503, "{\"detail\":\"busy\"}");
        enqueueCompleted("FAILED");
        assertThrows(ServerException.class, () -> service.scoreOnce("x"));
        assertEquals(3, server.getRequestCount(), "@Retry(maxAttempts = 1): no retry");

        enqueueCreated();
        enqueueAnswer("nope");
        enqueueCompleted("FAILED");
        InvalidOutputException invalid = assertThrows(InvalidOutputException.class, () -> service.scoreOnce("x"));
        assertTrue(!(invalid instanceof OutputRejectedException), "@Reask(0): no re-ask");
        assertEquals(6, server.getRequestCount());

        enqueueCreated();
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        enqueueCompleted("FAILED");
        assertThrows(CallTimeoutException.class, () -> service.scoreOnce("x"), "@Timeout(200 ms) under a 10 s client");
        assertEquals(9, server.getRequestCount());
    }

    @Test
    void aBrokenConstraintIsReaskedWithTheProblem() throws Exception {
        enqueueCreated();
        enqueueAnswer("{\"quantity\":12,\"code\":\"AB\",\"name\":\"Ada\",\"tags\":[\"x\"],\"price\":null,\"note\":null}");
        enqueueAnswer("{\"quantity\":2,\"code\":\"AB\",\"name\":\"Ada\",\"tags\":[\"x\"],\"price\":1.5,\"note\":\"ok\"}");
        enqueueCompleted("COMPLETED");

        ReliableService.Order order = service.order("x");
        assertEquals(2, order.quantity());
        assertEquals(java.util.Optional.of("ok"), order.note());
        path();
        String first = server.takeRequest(5, TimeUnit.SECONDS).getBody().utf8();
        assertTrue(first.contains("\"quantity\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":10}"), first);
        String second = server.takeRequest(5, TimeUnit.SECONDS).getBody().utf8();
        assertTrue(second.contains("Value 12 is above the maximum 10 at $.quantity"), second);
    }

    @Test
    void generatedReadersCheckEveryConstraint() {
        String[][] cases = {
                {"\"quantity\":0", "Value 0 is below the minimum 1 at $.quantity"},
                {"\"code\":\"ab\"", "Value \"ab\" does not match the pattern ^[A-Z]+$ at $.code"},
                {"\"code\":\"ABCDEF\"", "Value \"ABCDEF\" has 6 characters, more than the maximum 5 at $.code"},
                {"\"name\":\" \"", "Value \" \" is blank; text is required at $.name"},
                {"\"tags\":[\"a\",\"b\",\"c\",\"d\"]", "4 items, more than the maximum 3 at $.tags"},
                {"\"price\":0.1", "Value 0.1 is below the minimum 0.5 at $.price"},
                {"\"note\":\"long\"", "Value \"long\" has 4 characters, more than the maximum 3 at $.note"},
        };
        String valid = "{\"quantity\":2,\"code\":\"AB\",\"name\":\"Ada\",\"tags\":[\"x\"],\"price\":null,\"note\":null}";
        for (String[] c : cases) {
            String property = c[0].substring(0, c[0].indexOf(':'));
            String json = valid.replaceFirst(java.util.regex.Pattern.quote(property) + ":(\\[[^]]*]|\"[^\"]*\"|[^,}]*)",
                    java.util.regex.Matcher.quoteReplacement(c[0]));
            enqueueCreated();
            enqueueAnswer(json);
            enqueueAnswer(json);
            enqueueCompleted("FAILED");
            OutputRejectedException e = assertThrows(OutputRejectedException.class, () -> service.order("x"), json);
            assertEquals(c[1], e.problem(), json);
        }
    }

    @Test
    void anUnknownEnumValueIsReadAsTheFallbackConstant() {
        enqueueCreated();
        enqueueAnswer("{\"mood\":\"ecstatic\",\"why\":\"sun\"}");
        enqueueCompleted("COMPLETED");
        assertEquals(new ReliableService.Feeling(ReliableService.Mood.UNKNOWN, "sun"), service.feel("x"));
        assertEquals(3, server.getRequestCount(), "no re-ask: the value was usable");
    }
}
