package dev.saasllm.processor.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.jobs.DocumentDesk;
import com.acme.jobs.Verdict;
import com.squareup.moshi.JsonReader;
import dev.saasllm.CallOptions;
import dev.saasllm.ChatMessage;
import dev.saasllm.CreateAndCall;
import dev.saasllm.JobResult;
import dev.saasllm.SaasLlmClient;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The generated DocumentDesk on the wire: options, metadata, user id, history, flows, JobResult, async. */
class JobFeaturesTrafficTest {
    private static final String KEY = "sk-test-key-7c1e";
    private static final String JOB = "3f1c2b9a-8e7d-4c6b-a5f4-0123456789ab";
    private static final String CALL = "/api/jobs/" + JOB + "/llm-call";
    private static final String COMPLETE = "/api/jobs/" + JOB + "/complete";

    private MockWebServer server;
    private SaasLlmClient client;
    private DocumentDesk desk;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        client = SaasLlmClient.builder().baseUrl(server.url("/").toString()).teamId("acme").virtualKey(KEY)
                .timeout(Duration.ofSeconds(10)).createAndCall(CreateAndCall.NEVER).build();
        desk = client.create(DocumentDesk.class);
    }

    @AfterEach
    void stop() throws IOException {
        client.close();
        server.close();
    }

    private void enqueue(String body) {
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json").body(body).build());
    }

    private void created() {
        enqueue("{\"job_id\":\"" + JOB + "\",\"status\":\"PENDING\"}");
    }

    private void answer(String content) {
        StringBuilder json = new StringBuilder();
        dev.saasllm.model.JsonSchemaWriter.string(content, json);
        enqueue("{\"call_id\":\"c\",\"response\":{\"content\":" + json + ",\"finish_reason\":\"stop\"},"
                + "\"metadata\":{\"tokens_used\":10,\"latency_ms\":5,\"model\":\"DeskModel\"}}");
    }

    private void completed(String status) {
        enqueue("{\"job_id\":\"" + JOB + "\",\"status\":\"" + status + "\",\"costs\":{\"total_calls\":2,\"successful_calls\":2,"
                + "\"failed_calls\":0,\"total_tokens\":20,\"total_cost_usd\":0.002,\"avg_latency_ms\":5,\"credit_applied\":true,"
                + "\"credits_remaining\":41}}");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> take(String path) throws Exception {
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertEquals(path, request.getTarget());
        return (Map<String, Object>) JsonReader.of(new Buffer().writeUtf8(request.getBody().utf8())).readJsonValue();
    }

    @Test
    void methodOptionsWinOverTheInterfacesAndConstantMetadataGoesOnTheJob() throws Exception {
        created();
        answer("points");
        completed("COMPLETED");

        assertEquals("points", desk.keyPoints("doc"));

        Map<String, Object> create = take("/api/jobs/create");
        Map<String, Object> metadata = (Map<String, Object>) create.get("metadata");
        assertEquals("DocumentDesk.keyPoints", metadata.get("saasllm_method"));
        assertEquals(16, ((String) metadata.get("saasllm_fingerprint")).length());
        assertEquals("desk", metadata.get("product"));
        assertEquals("gold", metadata.get("tier"));
        Map<String, Object> call = take(CALL);
        assertEquals(0.3, call.get("temperature"));   // the method's, not the interface's 0.2
        assertEquals(500.0, call.get("max_tokens"));
        assertEquals("key_points", call.get("purpose"));
        take(COMPLETE);
    }

    @Test
    void userIdMetadataParametersAndPerCallOptions() throws Exception {
        created();
        answer("{\"approved\":true,\"reason\":\"fine\"}");
        completed("COMPLETED");

        Verdict verdict = desk.review("doc", "user-42", DocumentDesk.Priority.HIGH, 3,
                CallOptions.builder().temperature(1.1).metadata(Map.of("trace", "t-1")).build());

        assertEquals(new Verdict(true, "fine"), verdict);
        Map<String, Object> create = take("/api/jobs/create");
        assertEquals("user-42", create.get("user_id"));
        Map<String, Object> metadata = (Map<String, Object>) create.get("metadata");
        assertEquals("HIGH", metadata.get("priority"));
        assertEquals(3.0, metadata.get("attempt"));
        Map<String, Object> call = take(CALL);
        assertEquals(1.1, call.get("temperature"), "the call's options win over the annotations");
        assertEquals(800.0, call.get("max_tokens"), "the interface's option where neither sets one");
        assertEquals(Map.of("trace", "t-1"), call.get("call_metadata"));
        take(COMPLETE);
    }

    @Test
    void historyGoesBetweenTheSystemPromptAndTheTemplatedMessage() throws Exception {
        created();
        answer("Paris, again");
        completed("COMPLETED");

        desk.chat(List.of(ChatMessage.user("Capital of France?"), ChatMessage.assistant("Paris")), "And again?");

        take("/api/jobs/create");
        assertEquals(List.of(
                Map.of("role", "system", "content", "You are a helpful assistant."),
                Map.of("role", "user", "content", "Capital of France?"),
                Map.of("role", "assistant", "content", "Paris"),
                Map.of("role", "user", "content", "And again?")), take(CALL).get("messages"));
        take(COMPLETE);
    }

    @Test
    void aFlowAndTheFlowsItCallsShareOneJobAndOneComplete() throws Exception {
        created();
        for (int i = 0; i < 4; i++) answer("a" + i);
        completed("COMPLETED");

        assertEquals(List.of("a0\na1", "a2\na3"), desk.analyzeTwice("doc", "user-7"));

        Map<String, Object> create = take("/api/jobs/create");
        assertEquals("double_analysis", create.get("job_type"));
        assertEquals("user-7", create.get("user_id"));
        Map<String, Object> metadata = (Map<String, Object>) create.get("metadata");
        assertEquals("DocumentDesk.analyzeTwice", metadata.get("saasllm_method"));
        assertEquals("twice", metadata.get("flow"));
        assertEquals("key_points", take(CALL).get("purpose"), "the method's own purpose");
        assertEquals("summary", take(CALL).get("purpose"), "else the method's name tells the calls apart");
        take(CALL);
        take(CALL);
        assertEquals(Map.of("status", "completed"), take(COMPLETE));
        assertEquals(6, server.getRequestCount());
    }

    @Test
    void aVoidFlowFailsItsJobWhenACallFails() throws Exception {
        created();
        answer("one");
        server.enqueue(new MockResponse.Builder().code(500).body("{\"detail\":\"LLM call failed: down\"}").build());
        completed("FAILED");

        assertThrows(dev.saasllm.ServerException.class, () -> desk.warmUp("a", "b", "c"));

        take("/api/jobs/create");
        take(CALL);
        take(CALL);
        Map<String, Object> complete = take(COMPLETE);
        assertEquals("failed", complete.get("status"));
        assertTrue(((String) complete.get("error_message")).contains("LLM call failed: down"));
        assertEquals(4, server.getRequestCount(), "the third call is never made");
    }

    @Test
    void jobResultAndAsyncReturns() throws Exception {
        created();
        answer("summary");
        completed("COMPLETED");
        JobResult<String> summary = desk.summary("doc");
        assertEquals("summary", summary.value());
        assertEquals(JOB, summary.jobId());
        assertEquals(41, summary.creditsRemaining());
        assertEquals(20, summary.tokens());
        Map<String, Object> create = take("/api/jobs/create");
        assertEquals("platinum", ((Map<String, Object>) create.get("metadata")).get("tier"), "the method's @Metadata wins");
        Map<String, Object> call = take(CALL);
        assertEquals(List.of("\n\n", "END"), call.get("stop"));
        assertEquals(0.9, call.get("top_p"));
        assertEquals(0.5, call.get("frequency_penalty"));
        assertEquals(-0.5, call.get("presence_penalty"));
        take(COMPLETE);

        created();
        answer("{\"approved\":false,\"reason\":\"typos\"}");
        completed("COMPLETED");
        JobResult<Verdict> review = desk.reviewAsync("doc").get(5, TimeUnit.SECONDS);
        assertEquals(new Verdict(false, "typos"), review.value());
        assertFalse(review.latency().isNegative());
    }
}
