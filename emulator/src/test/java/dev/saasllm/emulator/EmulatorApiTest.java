package dev.saasllm.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.emulator.RawHttp.Reply;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The Java API: lifecycle, scripted answers, inspection and reset. */
class EmulatorApiTest {

    @Test
    void startsOnAFreeLoopbackPortAndStops() {
        SaasLlmEmulator emulator = SaasLlmEmulator.builder().teamId("globex").virtualKey("sk-secret-1").start();
        RawHttp http = new RawHttp(emulator);
        assertTrue(emulator.baseUrl().startsWith("http://127.0.0.1:"), emulator.baseUrl());
        assertEquals(emulator.baseUrl(), "http://127.0.0.1:" + emulator.port());
        assertEquals("globex", emulator.teamId());
        assertEquals("sk-secret-1", emulator.virtualKey());
        assertFalse(emulator.toString().contains("sk-secret-1"));
        assertEquals(200, http.post("/api/jobs/create", "{\"team_id\":\"globex\",\"job_type\":\"t\"}").status());
        emulator.close();
        assertThrows(UncheckedIOException.class, () -> http.get("/health"));
    }

    @Test
    void twoEmulatorsRunSideBySide() {
        try (SaasLlmEmulator a = SaasLlmEmulator.start(); SaasLlmEmulator b = SaasLlmEmulator.start()) {
            assertNotEquals(a.baseUrl(), b.baseUrl());
            new RawHttp(a).createJob();
            assertEquals(1, a.jobs().size());
            assertEquals(0, b.jobs().size());
        }
    }

    @Test
    void scriptedAnswersComeFirstThenTheFunctionThenTheModel() {
        try (SaasLlmEmulator emulator = SaasLlmEmulator.start()) {
            RawHttp http = new RawHttp(emulator);
            AtomicReference<LlmRequest> seen = new AtomicReference<>();
            emulator.enqueueAnswer("one").enqueueAnswer("two").answerWith(request -> {
                seen.set(request);
                return request.lastUserMessage().startsWith("fn") ? "from function" : null;
            });
            String id = http.createJob();
            assertEquals("one", http.call(id, "fn").map("response").get("content"));
            assertEquals("two", http.call(id, "fn").map("response").get("content"));
            assertEquals("from function", http.call(id, "fn please").map("response").get("content"));
            assertEquals("Echo: plain", http.call(id, "plain").map("response").get("content"));
            LlmRequest request = seen.get();
            assertEquals(id, request.jobId());
            assertEquals("ResumeAgent", request.model());
            assertEquals(List.of(new LlmRequest.Message("user", "plain")), request.messages());
            assertFalse(request.isStructured());
            assertNull(request.schema());
        }
    }

    @Test
    void jsonObjectModeAnswersAJsonObject() {
        try (SaasLlmEmulator emulator = SaasLlmEmulator.start()) {
            RawHttp http = new RawHttp(emulator);
            String id = http.createJob();
            Reply reply = http.post("/api/jobs/" + id + "/llm-call", "{\"model\":\"m\",\"response_format\":"
                    + "{\"type\":\"json_object\"},\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
            assertEquals("{\"answer\":\"Echo: hi\"}", reply.map("response").get("content"));
        }
    }

    @Test
    void structuredCallAnswersTheSchemaFilledFromThePrompt() {
        try (SaasLlmEmulator emulator = SaasLlmEmulator.start()) {
            RawHttp http = new RawHttp(emulator);
            String id = http.createJob();
            Reply reply = http.post("/api/jobs/" + id + "/llm-call", "{\"model\":\"m\",\"messages\":["
                    + "{\"role\":\"system\",\"content\":\"Extract.\"},"
                    + "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"name: Ada\\nage: 36\"}]}],"
                    + "\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"P\",\"strict\":true,"
                    + "\"schema\":{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"},"
                    + "\"age\":{\"type\":\"integer\"}},\"required\":[\"name\",\"age\"],\"additionalProperties\":false}}}}");
            assertEquals("{\"name\":\"Ada\",\"age\":36}", reply.map("response").get("content"));
        }
    }

    @Test
    void requestsAreRecordedWithTheKeyRedacted() {
        try (SaasLlmEmulator emulator = SaasLlmEmulator.builder().virtualKey("sk-do-not-log").start()) {
            RawHttp http = new RawHttp(emulator);
            String id = http.createJob();
            http.get("/api/jobs/" + id + "?x=1");
            List<RecordedRequest> requests = emulator.requests();
            assertEquals(2, requests.size());
            RecordedRequest create = requests.get(0);
            assertEquals("POST", create.method());
            assertEquals("/api/jobs/create", create.path());
            assertEquals("{\"team_id\":\"acme-corp\",\"job_type\":\"test\"}", create.body());
            assertEquals("<redacted>", create.header("Authorization"));
            assertTrue(create.header("content-type").startsWith("application/json"));
            assertEquals("x=1", requests.get(1).query());
            assertFalse(requests.toString().contains("sk-do-not-log"));
        }
    }

    @Test
    void resetForgetsEverythingButTheAddress() {
        try (SaasLlmEmulator emulator = SaasLlmEmulator.builder().credits(3).start()) {
            RawHttp http = new RawHttp(emulator);
            String url = emulator.baseUrl();
            http.complete(http.createJob(), "completed");
            http.createJob();
            emulator.enqueueAnswer("scripted");
            emulator.settings().rateLimitEvery(100, 1);
            assertEquals(2, emulator.creditsRemaining());
            assertEquals(1, emulator.openJobs());
            emulator.reset();
            assertEquals(url, emulator.baseUrl());
            assertEquals(3, emulator.creditsRemaining());
            assertEquals(0, emulator.jobs().size());
            assertEquals(0, emulator.requests().size());
            assertEquals("Echo: x", http.call(http.createJob(), "x").map("response").get("content"));
        }
    }

    @Test
    void snapshotsCountByStatus() {
        try (SaasLlmEmulator emulator = SaasLlmEmulator.start()) {
            RawHttp http = new RawHttp(emulator);
            http.createJob();
            http.call(http.createJob(), "x");
            http.complete(http.createJob(), "completed");
            http.complete(http.createJob(), "failed");
            assertEquals(1, emulator.jobCount(JobStatus.PENDING));
            assertEquals(1, emulator.jobCount(JobStatus.IN_PROGRESS));
            assertEquals(1, emulator.jobCount(JobStatus.COMPLETED));
            assertEquals(1, emulator.jobCount(JobStatus.FAILED));
            assertEquals(2, emulator.openJobs());
            assertTrue(emulator.job("not-a-uuid").isEmpty());
            assertEquals(List.of(), emulator.callsFor("not-a-uuid"));
        }
    }

    @Test
    void builderRejectsBadValues() {
        assertThrows(IllegalArgumentException.class, () -> SaasLlmEmulator.builder().port(70000));
        assertThrows(IllegalArgumentException.class, () -> SaasLlmEmulator.builder().teamId(" "));
        assertThrows(NullPointerException.class, () -> SaasLlmEmulator.builder().virtualKey(null));
    }
}
