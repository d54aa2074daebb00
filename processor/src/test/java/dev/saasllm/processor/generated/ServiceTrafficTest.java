package dev.saasllm.processor.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.kitchen.Catalog.Priority;
import com.acme.kitchen.KitchenSink;
import com.acme.resume.Resume;
import com.acme.resume.ResumeParser;
import com.squareup.moshi.JsonReader;
import dev.saasllm.CallTimeoutException;
import dev.saasllm.CreateAndCall;
import dev.saasllm.InvalidOutputException;
import dev.saasllm.SaasLlmClient;
import dev.saasllm.SaasLlmException;
import dev.saasllm.ServerException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The generated classes through the real client against MockWebServer: the exact traffic of a
 * call, and that every failure once the job exists completes it {@code failed} and reaches the
 * caller as a typed exception.
 */
class ServiceTrafficTest {
    private static final String KEY = "sk-test-key-7c1e";
    private static final String JOB = "3f1c2b9a-8e7d-4c6b-a5f4-0123456789ab";
    private static final String RESUME_JSON = "{\"name\":\"Ada\",\"email\":\"ada@example.com\",\"phone\":\"1\","
            + "\"yearsExperience\":7,\"skills\":[\"Java\"],\"education\":\"BSc\"}";

    private MockWebServer server;
    private SaasLlmClient client;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        client = client(Duration.ZERO);
    }

    /** A client whose LLM calls time out after {@code callTimeout} (ZERO: none); every request's phases get 10 s. */
    private SaasLlmClient client(Duration callTimeout) {
        return SaasLlmClient.builder().baseUrl(server.url("/").toString()).teamId("acme").virtualKey(KEY)
                .timeout(Duration.ofSeconds(10)).callTimeout(callTimeout).defaultModel("DefaultModel")
                .createAndCall(CreateAndCall.NEVER) // the three-step traffic is what these tests pin
                .build();
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
        enqueue(200, "{\"job_id\":\"" + JOB + "\",\"status\":\"PENDING\",\"created_at\":\"2026-11-27T20:57:34.419921\"}");
    }

    private void enqueueAnswer(String content) {
        StringBuilder json = new StringBuilder();
        dev.saasllm.model.JsonSchemaWriter.string(content, json);
        enqueue(200, "{\"call_id\":\"c-1\",\"response\":{\"content\":" + json + ",\"finish_reason\":\"stop\"},"
                + "\"metadata\":{\"tokens_used\":450,\"latency_ms\":1250,\"model\":\"ResumeAgent\"}}");
    }

    private void enqueueCompleted(String status) {
        enqueue(200, "{\"job_id\":\"" + JOB + "\",\"status\":\"" + status + "\",\"completed_at\":\"2026-11-27T20:58:00Z\","
                + "\"costs\":{\"total_calls\":1,\"successful_calls\":1,\"failed_calls\":0,\"total_tokens\":450,"
                + "\"total_cost_usd\":0.0031,\"avg_latency_ms\":1250,\"credit_applied\":true,\"credits_remaining\":999},\"calls\":[]}");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> take(String path) throws Exception {
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertEquals("POST " + path, request.getMethod() + " " + request.getTarget());
        assertEquals("Bearer " + KEY, request.getHeaders().get("Authorization"));
        return (Map<String, Object>) parse(request.getBody().utf8());
    }

    private static Object parse(String json) throws IOException {
        return JsonReader.of(new Buffer().writeUtf8(json)).readJsonValue();
    }

    @Test
    void structuredCallCreatesCallsWithTheGeneratedSchemaAndCompletes() throws Exception {
        enqueueCreated();
        enqueueAnswer("Here you go:\n```json\n" + RESUME_JSON + "\n```");
        enqueueCompleted("COMPLETED");

        Resume resume = client.create(ResumeParser.class).parse("Ada Lovelace, ada@example.com");

        assertEquals(new Resume("Ada", "ada@example.com", "1", 7, List.of("Java"), "BSc"), resume);
        Map<String, Object> create = take("/api/jobs/create");
        assertEquals("acme", create.get("team_id"));
        assertEquals("resume_parsing", create.get("job_type"));
        Map<String, Object> call = take("/api/jobs/" + JOB + "/llm-call");
        assertEquals("ResumeAgent", call.get("model"));
        assertEquals(List.of(Map.of("role", "system", "content", "You extract data from resumes."),
                Map.of("role", "user", "content", "Extract structured data from this resume:\n\nAda Lovelace, ada@example.com")),
                call.get("messages"));
        assertEquals(Map.of("type", "json_schema", "json_schema", Map.of("name", "Resume", "strict", true,
                "schema", parse(GENERATED_RESUME_SCHEMA))), call.get("response_format"));
        assertEquals(Map.of("status", "completed"), take("/api/jobs/" + JOB + "/complete"));
        assertEquals(3, server.getRequestCount());
    }

    private static final String GENERATED_RESUME_SCHEMA = "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"},"
            + "\"email\":{\"type\":\"string\"},\"phone\":{\"type\":\"string\"},\"yearsExperience\":{\"type\":\"integer\"},"
            + "\"skills\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"education\":{\"type\":\"string\"}},"
            + "\"required\":[\"name\",\"email\",\"phone\",\"yearsExperience\",\"skills\",\"education\"],\"additionalProperties\":false}";

    @Test
    void chatCallHasNoResponseFormat() throws Exception {
        enqueueCreated();
        enqueueAnswer("Short.");
        enqueueCompleted("COMPLETED");

        assertEquals("Short.", client.create(ResumeParser.class).summarize("long"));

        take("/api/jobs/create");
        Map<String, Object> call = take("/api/jobs/" + JOB + "/llm-call");
        assertFalse(call.containsKey("response_format"));
        assertEquals(List.of(Map.of("role", "user", "content", "Summarize in 2-3 sentences:\n\nlong")), call.get("messages"));
        assertEquals(Map.of("status", "completed"), take("/api/jobs/" + JOB + "/complete"));
    }

    @Test
    void noModelInTheAnnotationsUsesTheClientsDefaultAndTheDefaultJobType() throws Exception {
        enqueueCreated();
        enqueueAnswer("{\"value\":\"LOW\"}");
        enqueueCompleted("COMPLETED");

        assertEquals(Priority.LOW, client.create(KitchenSink.class).classify("a ticket", "ops", 1));

        assertEquals("kitchen_sink", take("/api/jobs/create").get("job_type"));
        Map<String, Object> call = take("/api/jobs/" + JOB + "/llm-call");
        assertEquals("DefaultModel", call.get("model"));
        assertEquals("Priority", ((Map<?, ?>) ((Map<?, ?>) call.get("response_format")).get("json_schema")).get("name"));
    }

    /** Runs {@code call}, expecting {@code type}, and checks the job was completed failed exactly once. */
    private <E extends SaasLlmException> E assertFailedJob(Class<E> type, Runnable call, String errorContains) throws Exception {
        E e = assertThrows(type, call::run);
        assertEquals(JOB, e.jobId());
        take("/api/jobs/create");
        take("/api/jobs/" + JOB + "/llm-call");
        Map<String, Object> complete = take("/api/jobs/" + JOB + "/complete");
        assertEquals("failed", complete.get("status"));
        String error = (String) complete.get("error_message");
        assertTrue(error.contains(errorContains), error);
        assertFalse(error.contains(KEY));
        assertNull(server.takeRequest(100, TimeUnit.MILLISECONDS), "nothing after the failed completion");
        return e;
    }

    @Test
    void httpErrorOfTheCallFailsTheJob() throws Exception {
        enqueueCreated();
        enqueue(500, "{\"detail\":\"LLM call failed: provider down\"}");
        enqueueCompleted("FAILED");
        ServerException e = assertFailedJob(ServerException.class, () -> client.create(ResumeParser.class).parse("x"), "provider down");
        assertEquals(500, e.statusCode());
    }

    @Test
    void timeoutFailsTheJob() throws Exception {
        client.close();
        // Only the LLM call is bounded tightly: a 300 ms timeout of every request could also cut
        // the create or the complete short on a loaded machine.
        client = client(Duration.ofMillis(300));
        enqueueCreated();
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        enqueueCompleted("FAILED");
        assertFailedJob(CallTimeoutException.class, () -> client.create(ResumeParser.class).summarize("x"), "CallTimeoutException");
    }

    @Test
    void invalidJsonFailsTheJob() throws Exception {
        enqueueCreated();
        enqueueAnswer("Sorry, I cannot help with that.");
        enqueueCompleted("FAILED");
        InvalidOutputException e = assertFailedJob(InvalidOutputException.class,
                () -> client.create(ResumeParser.class).parse("x"), "InvalidOutputException");
        assertEquals("Sorry, I cannot help with that.", e.rawContent());
    }

    @Test
    void missingPropertyFailsTheJob() throws Exception {
        enqueueCreated();
        enqueueAnswer(RESUME_JSON.replace("\"education\":\"BSc\"", "\"school\":\"BSc\""));
        enqueueCompleted("FAILED");
        assertFailedJob(InvalidOutputException.class, () -> client.create(ResumeParser.class).parse("x"),
                "Required value 'education' missing");
    }

    @Test
    void throwingRecordConstructorFailsTheJob() throws Exception {
        enqueueCreated();
        enqueueAnswer("{\"customer\":{\"name\":\"A\",\"e_mail\":\"e\",\"phone\":null},\"lines\":[],\"priority\":\"LOW\","
                + "\"note\":null,\"counters\":[],\"seen\":[],\"placed\":\"2026-01-02\"}");
        enqueueCompleted("FAILED");
        assertFailedJob(InvalidOutputException.class, () -> client.create(KitchenSink.class).readOrder("mail", null),
                "an order has lines");
    }

    @Test
    void noModelAnywhereFailsBeforeAJobExists() throws Exception {
        try (SaasLlmClient noDefault = SaasLlmClient.builder().baseUrl(server.url("/").toString()).teamId("acme")
                .virtualKey(KEY).build()) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> noDefault.create(KitchenSink.class).classify("t", "ops", 1));
            assertTrue(e.getMessage().contains("@LlmJob(model = ...)"), e.getMessage());
        }
        assertEquals(0, server.getRequestCount());
    }
}
