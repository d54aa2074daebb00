package dev.saasllm.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.emulator.RawHttp.Reply;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SaasLlmEmulatorExtension.class)
class ErrorContractTest extends RawHttpTest {
    private static final String CREATE = "{\"team_id\":\"acme-corp\",\"job_type\":\"t\"}";


    private Reply withAuthorization(String header, String path, String json) {
        Request.Builder b = new Request.Builder().url(emulator.baseUrl() + path)
                .post(RequestBody.create(json, RawHttp.JSON));
        if (header != null) b.header("Authorization", header);
        return http.execute(b.build());
    }

    @Test
    void missingAuthorizationIs401() {
        Reply reply = withAuthorization(null, "/api/jobs/create", CREATE);
        assertEquals(401, reply.status());
        assertEquals("Missing Authorization header. Expected: 'Authorization: Bearer sk-xxx...'", reply.detail());
        assertEquals("application/json", reply.headers().get("Content-Type"));
    }

    @Test
    void malformedAuthorizationIs401() {
        Reply reply = withAuthorization("Token abc", "/api/jobs/create", CREATE);
        assertEquals(401, reply.status());
        assertEquals("Invalid Authorization header format. Expected: 'Authorization: Bearer sk-xxx...'",
                reply.detail());
    }

    @Test
    void unknownKeyIs401() {
        Reply reply = withAuthorization("Bearer sk-wrong", "/api/jobs/create", CREATE);
        assertEquals(401, reply.status());
        assertEquals("Invalid API key", reply.detail());
    }

    @Test
    void everyJobEndpointNeedsTheKey() {
        String id = http.createJob();
        for (String path : List.of("/api/jobs/" + id, "/api/jobs/" + id + "/costs",
                "/api/teams/acme-corp/jobs", "/api/teams/acme-corp/usage")) {
            Reply reply = http.execute(new Request.Builder().url(emulator.baseUrl() + path).build());
            assertEquals(401, reply.status(), path);
        }
        for (String path : List.of("/api/jobs/" + id + "/llm-call", "/api/jobs/" + id + "/llm-call-stream",
                "/api/jobs/" + id + "/complete", "/api/jobs/create-and-call", "/api/jobs/create-and-call-stream")) {
            assertEquals(401, withAuthorization(null, path, "{}").status(), path);
        }
    }

    @Test
    void suspendedTeamIs403() {
        emulator.settings().teamSuspended(true);
        Reply reply = http.post("/api/jobs/create", CREATE);
        assertEquals(403, reply.status());
        assertEquals("Team access is suspended. Please contact support.", reply.detail());
        assertEquals(200, http.get("/health").status());
    }

    @Test
    void anotherTeamInTheBodyIs403() {
        Reply reply = http.post("/api/jobs/create", "{\"team_id\":\"globex\",\"job_type\":\"t\"}");
        assertEquals(403, reply.status());
        assertEquals("API key does not belong to team 'globex'", reply.detail());
        assertEquals(0, emulator.jobs().size());
    }

    @Test
    void modelNotAllowedIs403AfterTheJobStarted() {
        emulator.settings().allowedModels(java.util.Set.of("ResumeAgent"));
        String id = http.createJob();
        Reply reply = http.post("/api/jobs/" + id + "/llm-call", RawHttp.chat("gpt-4", "no"));
        assertEquals(403, reply.status());
        assertEquals("{\"detail\":\"Team 'acme-corp' does not have access to model group 'gpt-4'\"}", reply.body());
        // The server moves the job to in_progress before it resolves the model.
        JobSnapshot job = emulator.job(id).orElseThrow();
        assertEquals(JobStatus.IN_PROGRESS, job.status());
        assertEquals(List.of(), job.calls());
        assertEquals(List.of(), job.modelGroupsUsed());
        assertEquals(200, http.call(id, "ok").status());
    }

    @Test
    void unknownJobIs404() {
        String missing = UUID.randomUUID().toString();
        assertEquals("Job not found", http.get("/api/jobs/" + missing).detail());
        assertEquals(404, http.call(missing, "x").status());
        assertEquals(404, http.complete(missing, "completed").status());
        assertEquals(404, http.get("/api/jobs/" + missing + "/costs").status());
        assertEquals(404, http.patch("/api/jobs/" + missing + "/metadata", "{\"metadata\":{}}").status());
    }

    @Test
    void nonUuidJobIdIsAPlainText500() {
        for (Reply reply : List.of(http.get("/api/jobs/not-a-uuid"), http.call("123", "x"),
                http.complete("abc", "completed"))) {
            assertEquals(500, reply.status());
            assertEquals("Internal Server Error", reply.body());
            assertTrue(reply.headers().get("Content-Type").startsWith("text/plain"));
        }
    }

    @Test
    void missingFieldsAre422WithEveryErrorInDeclarationOrder() {
        Reply reply = http.post("/api/jobs/create", "{\"user_id\":7}");
        assertEquals(422, reply.status());
        // pydantic 2.12 through FastAPI 0.115: fields in the model's order, no "url".
        assertEquals("{\"detail\":[{\"type\":\"missing\",\"loc\":[\"body\",\"team_id\"],\"msg\":\"Field required\","
                + "\"input\":{\"user_id\":7}},{\"type\":\"string_type\",\"loc\":[\"body\",\"user_id\"],"
                + "\"msg\":\"Input should be a valid string\",\"input\":7},{\"type\":\"missing\",\"loc\":[\"body\",\"job_type\"],"
                + "\"msg\":\"Field required\",\"input\":{\"user_id\":7}}]}", reply.body());
    }

    @Test
    void callNeedsModelAndMessages() {
        String id = http.createJob();
        Reply reply = http.post("/api/jobs/" + id + "/llm-call", "{\"messages\":\"hi\",\"stop\":[1]}");
        assertEquals(422, reply.status());
        String body = reply.body();
        assertTrue(body.contains("\"loc\":[\"body\",\"model\"]"), body);
        assertTrue(body.contains("\"loc\":[\"body\",\"messages\"],\"msg\":\"Input should be a valid list\""), body);
        assertTrue(body.contains("\"loc\":[\"body\",\"stop\",0]"), body);
        assertEquals(JobStatus.PENDING, emulator.job(id).orElseThrow().status());
    }

    @Test
    void completeStatusMustBeCompletedOrFailed() {
        String id = http.createJob();
        for (String status : List.of("COMPLETED", "done", "cancelled")) {
            Reply reply = http.complete(id, status);
            assertEquals(422, reply.status(), status);
            assertTrue(reply.body().contains("Input should be 'completed' or 'failed'"), reply.body());
        }
        assertEquals(422, http.post("/api/jobs/" + id + "/complete", "{}").status());
        assertEquals(JobStatus.PENDING, emulator.job(id).orElseThrow().status());
    }

    @Test
    void patchNeedsMetadataObject() {
        String id = http.createJob();
        assertEquals(422, http.patch("/api/jobs/" + id + "/metadata", "{\"metadata\":[1]}").status());
        assertEquals(422, http.patch("/api/jobs/" + id + "/metadata", "{}").status());
    }

    @Test
    void malformedJsonIs422BeforeAuthentication() {
        Reply reply = withAuthorization(null, "/api/jobs/create", "{not json");
        assertEquals(422, reply.status());
        assertEquals("{\"detail\":[{\"type\":\"json_invalid\",\"loc\":[\"body\",1],\"msg\":\"JSON decode error\","
                + "\"input\":{},\"ctx\":{\"error\":\"Expecting property name enclosed in double quotes\"}}]}", reply.body());
    }

    @Test
    void undecodableBodyIs400() {
        Request request = http.request("/api/jobs/create")
                .post(RequestBody.create(new byte[] {(byte) 0xff, (byte) 0xfe, '{'}, RawHttp.JSON)).build();
        Reply reply = http.execute(request);
        assertEquals(400, reply.status());
        assertEquals("There was an error parsing the body", reply.detail());
    }

    @Test
    void authenticationComesBeforeFieldValidation() {
        assertEquals(401, withAuthorization(null, "/api/jobs/create", "{}").status());
        assertEquals(401, withAuthorization("Bearer nope", "/api/jobs/create", "[]").status());
    }

    @Test
    void bodyMustBeAnObject() {
        assertEquals(422, http.post("/api/jobs/create", "[1,2]").status());
        Reply empty = http.execute(http.request("/api/jobs/create").post(RequestBody.create(new byte[0])).build());
        assertEquals(422, empty.status());
        assertTrue(empty.body().contains("\"loc\":[\"body\"]"), empty.body());
    }

    @Test
    void validationComesBeforeTheJobLookup() {
        assertEquals(422, http.post("/api/jobs/not-a-uuid/complete", "{\"status\":\"x\"}").status());
        assertEquals(422, http.post("/api/jobs/" + UUID.randomUUID() + "/llm-call", "{}").status());
    }

    @Test
    void unknownPathsAre404AndWrongMethods405() {
        assertEquals(404, http.get("/api/nothing").status());
        assertEquals("Not Found", http.get("/api/nothing").detail());
        assertEquals(404, http.get("/api/jobs/" + UUID.randomUUID() + "/other").status());
        Reply wrong = http.get("/api/jobs/" + UUID.randomUUID() + "/complete");
        assertEquals(405, wrong.status());
        assertEquals("Method Not Allowed", wrong.detail());
    }

    @Test
    void failedCallIs500RecordedAndLeavesTheJobInProgress() {
        String id = http.createJob();
        emulator.answerWith(r -> {
            throw new IllegalStateException("context window exceeded");
        });
        Reply reply = http.call(id, "x");
        assertEquals(500, reply.status());
        // call_litellm re-raises provider failures as HTTPException(500, "Failed to call provider
        // API: ..."), and the handler puts str() of that in its detail.
        assertEquals("{\"detail\":\"LLM call failed: 500: Failed to call provider API: context window exceeded\"}",
                reply.body());
        JobSnapshot job = emulator.job(id).orElseThrow();
        assertEquals(JobStatus.IN_PROGRESS, job.status());
        assertEquals("500: Failed to call provider API: context window exceeded", job.calls().get(0).error());
        assertEquals(null, job.calls().get(0).latencyMs());
        emulator.answerWith(null);
        Reply complete = http.complete(id, "completed");
        assertEquals(1.0, complete.map("costs").get("failed_calls"));
        assertEquals(true, complete.map("costs").get("credit_applied"));
        assertTrue(RawHttp.normalize(complete.body()).endsWith("\"calls\":[{\"call_id\":\"<id2>\",\"purpose\":null,"
                + "\"model_group\":\"ResumeAgent\",\"tokens\":0,\"latency_ms\":null,"
                + "\"error\":\"500: Failed to call provider API: context window exceeded\"}]}"), complete.body());
    }

    @Test
    void explicitNullIsATypeErrorAndNumericStringsPassLikePydantic() {
        Reply reply = http.post("/api/jobs/create", "{\"team_id\":null,\"job_type\":\"t\"}");
        assertEquals(422, reply.status());
        assertTrue(reply.body().contains("\"type\":\"string_type\",\"loc\":[\"body\",\"team_id\"]"), reply.body());
        String id = http.createJob();
        assertEquals(200, http.post("/api/jobs/" + id + "/llm-call",
                "{\"model\":\"m\",\"messages\":[],\"temperature\":\"0.5\",\"max_tokens\":\"50\"}").status());
        Reply bad = http.post("/api/jobs/" + id + "/llm-call",
                "{\"model\":\"m\",\"messages\":[],\"temperature\":\"hot\",\"max_tokens\":2.5}");
        assertEquals(422, bad.status());
        assertEquals("{\"detail\":[{\"type\":\"float_parsing\",\"loc\":[\"body\",\"temperature\"],"
                + "\"msg\":\"Input should be a valid number, unable to parse string as a number\",\"input\":\"hot\"},"
                + "{\"type\":\"int_from_float\",\"loc\":[\"body\",\"max_tokens\"],"
                + "\"msg\":\"Input should be a valid integer, got a number with a fractional part\",\"input\":2.5}]}",
                bad.body());
    }
}
