package dev.saasllm.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.emulator.RawHttp.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The server generations and deployments a client must handle. */
class VariantsContractTest extends RawHttpTest {
    @RegisterExtension
    static final SaasLlmEmulatorExtension EMULATOR = new SaasLlmEmulatorExtension();

    @Test
    void lowerCaseStatusesEverywhere() {
        emulator.settings().lowerCaseStatuses(true);
        Reply created = http.post("/api/jobs/create", "{\"team_id\":\"acme-corp\",\"job_type\":\"t\"}");
        assertEquals("pending", created.string("status"));
        assertEquals(List.of("job_id", "status", "created_at"), List.copyOf(created.map().keySet()));
        String id = created.string("job_id");
        http.call(id, "x");
        assertEquals("in_progress", http.get("/api/jobs/" + id).string("status"));
        assertEquals("in_progress", http.get("/api/jobs/" + id + "/costs").string("status"));
        assertEquals("completed", http.complete(id, "completed").string("status"));
        Map<?, ?> listed = (Map<?, ?>) http.get("/api/teams/acme-corp/jobs?status=completed").list("jobs").get(0);
        assertEquals("completed", listed.get("status"));
        assertEquals(500, http.get("/api/teams/acme-corp/jobs?status=COMPLETED").status());
    }

    @Test
    void upperCaseIsTheDefault() {
        Reply created = http.post("/api/jobs/create", "{\"team_id\":\"acme-corp\",\"job_type\":\"t\"}");
        assertEquals("PENDING", created.string("status"));
        assertFalse(created.map().containsKey("team_id"));
    }

    @Test
    void openAiAnswerShape() {
        emulator.settings().openAiAnswerShape(true);
        String id = http.createJob();
        Reply reply = http.call(id, "hi");
        assertEquals(200, reply.status());
        assertEquals(List.of("id", "object", "created", "model", "choices", "usage"), List.copyOf(reply.map().keySet()));
        assertEquals("chat.completion", reply.string("object"));
        assertEquals("ResumeAgent", reply.string("model"));
        Map<?, ?> choice = (Map<?, ?>) reply.list("choices").get(0);
        assertEquals(0.0, choice.get("index"));
        assertEquals(Map.of("role", "assistant", "content", "Echo: hi"), choice.get("message"));
        assertEquals("stop", choice.get("finish_reason"));
        Map<String, Object> usage = reply.map("usage");
        assertEquals((double) emulator.callsFor(id).get(0).totalTokens(), usage.get("total_tokens"));
        assertEquals((Double) usage.get("prompt_tokens") + (Double) usage.get("completion_tokens"),
                usage.get("total_tokens"));
    }

    @Test
    void modelGroupGeneration() {
        emulator.settings().modelGroupField(true);
        String id = http.createJob();
        Reply modern = http.call(id, "x");
        assertEquals(422, modern.status());
        assertTrue(modern.body().contains("\"loc\":[\"body\",\"model_group\"]"), modern.body());
        Reply legacy = http.post("/api/jobs/" + id + "/llm-call",
                "{\"model_group\":\"ResumeAgent\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}");
        assertEquals(200, legacy.status());
        assertEquals("ResumeAgent", legacy.map("metadata").get("model_group"));
        assertFalse(legacy.map("metadata").containsKey("model"));
        Reply both = http.post("/api/jobs/" + id + "/llm-call",
                "{\"model\":\"A\",\"model_group\":\"B\",\"messages\":[]}");
        assertEquals("B", both.map("metadata").get("model_group"));
    }

    @Test
    void modernServerIgnoresModelGroup() {
        String id = http.createJob();
        Reply both = http.post("/api/jobs/" + id + "/llm-call",
                "{\"model\":\"A\",\"model_group\":\"B\",\"messages\":[]}");
        assertEquals("A", both.map("metadata").get("model"));
        assertEquals(422, http.post("/api/jobs/" + id + "/llm-call",
                "{\"model_group\":\"B\",\"messages\":[]}").status());
    }

    @Test
    void withoutCreateAndCallAPostThereMatchesTheGetOnlyJobRoute() {
        emulator.settings().createAndCallEndpoints(false);
        String body = "{\"team_id\":\"acme-corp\",\"job_type\":\"t\",\"model\":\"m\",\"messages\":[]}";
        for (String path : List.of("/api/jobs/create-and-call", "/api/jobs/create-and-call-stream")) {
            Reply reply = http.post(path, body);
            assertEquals(405, reply.status(), path);
            assertEquals("{\"detail\":\"Method Not Allowed\"}", reply.body());
            assertEquals("GET", reply.headers().get("allow"));
            assertEquals("application/json", reply.headers().get("content-type"));
        }
        assertEquals(0, emulator.jobs().size());
        assertEquals(200, http.post("/api/jobs/create", "{\"team_id\":\"acme-corp\",\"job_type\":\"t\"}").status());
    }

    @Test
    void rateLimitOnEveryRequest() {
        emulator.settings().rateLimitEveryRequest(true).rateLimitEvery(0, 7);
        Reply reply = http.post("/api/jobs/create", "{\"team_id\":\"acme-corp\",\"job_type\":\"t\"}");
        assertEquals(429, reply.status());
        assertEquals("7", reply.headers().get("Retry-After"));
        assertEquals(429, http.get("/api/teams/acme-corp/jobs").status());
        assertEquals(200, http.get("/health").status());
        assertEquals(0, emulator.jobs().size());
    }

    @Test
    void settingsAreRestoredByReset() {
        emulator.settings().lowerCaseStatuses(true).teamSuspended(true);
        emulator.reset();
        assertEquals("PENDING", http.post("/api/jobs/create", "{\"team_id\":\"acme-corp\",\"job_type\":\"t\"}")
                .string("status"));
    }
}
