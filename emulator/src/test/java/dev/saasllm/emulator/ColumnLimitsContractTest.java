package dev.saasllm.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.emulator.RawHttp.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The server's bounded columns: {@code job_type} VARCHAR(100), {@code user_id} 255, a call's {@code
 * purpose} 200, {@code error_message} and a call's {@code error} 1000. A longer value fails the
 * commit: a plain-text 500 and nothing written by that commit.
 */
class ColumnLimitsContractTest extends RawHttpTest {
    @RegisterExtension
    static final SaasLlmEmulatorExtension EMULATOR = new SaasLlmEmulatorExtension(b -> b.credits(10));

    private static void assertPlain500(Reply reply) {
        assertEquals(500, reply.status(), reply.body());
        assertEquals("Internal Server Error", reply.body());
        assertEquals("text/plain; charset=utf-8", reply.headers().get("content-type"));
    }

    private Reply create(String jobType, String userId) {
        return http.post("/api/jobs/create", RawHttp.write(userId == null
                ? Map.of("team_id", "acme-corp", "job_type", jobType)
                : Map.of("team_id", "acme-corp", "job_type", jobType, "user_id", userId)));
    }

    @Test
    void jobTypeAndUserIdMustFitTheirColumns() {
        assertEquals(200, create("t".repeat(100), "u".repeat(255)).status());
        assertPlain500(create("t".repeat(101), null));
        assertPlain500(create("t", "u".repeat(256)));
        assertEquals(1, emulator.jobs().size(), "nothing written by the failed commits");
    }

    /** PostgreSQL's VARCHAR(n) counts characters: 100 emoji fit a job type, though they are 200 UTF-16 units. */
    @Test
    void lengthsAreCountedInCharacters() {
        String emoji = "\uD83D\uDE00";
        assertEquals(200, create(emoji.repeat(100), emoji.repeat(255)).status());
        assertPlain500(create(emoji.repeat(101), null));
        assertPlain500(create("t", emoji.repeat(256)));
        assertEquals(1, emulator.jobs().size());
    }

    @Test
    void aLongErrorMessageFailsTheCompleteAndLeavesTheJobOpen() {
        String id = http.createJob();
        http.call(id, "x");
        assertPlain500(http.post("/api/jobs/" + id + "/complete",
                RawHttp.write(Map.of("status", "failed", "error_message", "e".repeat(1001)))));
        assertPlain500(http.post("/api/jobs/" + id + "/complete",
                RawHttp.write(Map.of("status", "completed", "error_message", "e".repeat(1001)))));
        JobSnapshot job = emulator.job(id).orElseThrow();
        assertEquals(JobStatus.IN_PROGRESS, job.status());
        assertEquals(0, job.completeCount());
        assertEquals(10, emulator.creditsRemaining());
        Reply fits = http.post("/api/jobs/" + id + "/complete",
                RawHttp.write(Map.of("status", "failed", "error_message", "e".repeat(1000))));
        assertEquals(200, fits.status());
        assertEquals("e".repeat(1000), emulator.job(id).orElseThrow().errorMessage());
    }

    @Test
    void aLongPurposeFailsTheCallAfterTheProviderAnswered() {
        String id = http.createJob();
        emulator.enqueueAnswer("paid for");
        Reply reply = http.post("/api/jobs/" + id + "/llm-call", RawHttp.write(Map.of("model", "m",
                "messages", List.of(Map.of("role", "user", "content", "x")), "purpose", "p".repeat(201),
                "call_metadata", Map.of("k", "v"))));
        assertPlain500(reply);
        JobSnapshot job = emulator.job(id).orElseThrow();
        assertEquals(JobStatus.IN_PROGRESS, job.status(), "the job had started");
        assertEquals(List.of("m"), job.modelGroupsUsed());
        assertEquals(List.of(), job.calls(), "neither the call nor its failure was recorded");
        assertEquals(Map.of(), job.metadata());
        assertEquals("Echo: x", http.call(id, "x").map("response").get("content"), "the scripted answer was used up");
    }

    @Test
    void aModelNameLongerThanItsColumnFailsTheCallRecord() {
        String id = http.createJob();
        String model = "m".repeat(101);
        assertPlain500(http.post("/api/jobs/" + id + "/llm-call", RawHttp.chat(model, "x")));
        JobSnapshot job = emulator.job(id).orElseThrow();
        assertEquals(List.of(model), job.modelGroupsUsed(), "model_groups_used is an unbounded array");
        assertEquals(List.of(), job.calls(), "model_group_used is VARCHAR(100)");
        assertEquals(200, http.post("/api/jobs/" + id + "/llm-call", RawHttp.chat("m".repeat(100), "x")).status());
    }

    @Test
    void aLongProviderErrorFailsTheRecordOfTheFailedCall() {
        String id = http.createJob();
        emulator.answerWith(r -> {
            throw new IllegalStateException("x".repeat(1000));
        });
        assertPlain500(http.call(id, "x"));
        assertEquals(List.of(), emulator.callsFor(id));
    }

    @Test
    void aOneCallJobWithALongJobTypeIsNeverOpenedAndOneWithALongPurposeIsOrphaned() {
        assertPlain500(http.post("/api/jobs/create-and-call", RawHttp.write(Map.of("team_id", "acme-corp",
                "job_type", "t".repeat(101), "model", "m", "messages", List.of()))));
        assertEquals(0, emulator.jobs().size());
        assertPlain500(http.post("/api/jobs/create-and-call", RawHttp.write(Map.of("team_id", "acme-corp",
                "job_type", "t", "model", "m", "messages", List.of(), "purpose", "p".repeat(201)))));
        assertEquals(1, emulator.openJobs(), "opened in progress, then left there");
        assertEquals(10, emulator.creditsRemaining());
    }

    @Test
    void aLongPurposeCutsAOneCallStreamAfterItsLastChunk() throws java.io.IOException {
        String body = RawHttp.write(Map.of("team_id", "acme-corp", "job_type", "t", "model", "m",
                "messages", List.of(Map.of("role", "user", "content", "x")), "purpose", "p".repeat(201)));
        // [DONE] went out before the record failed; the generator then raised and uvicorn cut the
        // connection: the client reads the whole stream, then a body that never ends properly.
        StringBuilder received = new StringBuilder();
        assertThrows(java.io.IOException.class, () -> readStream(body, received));
        assertTrue(received.toString().endsWith("data: [DONE]\n\n"), received.toString());
        assertEquals(1, emulator.openJobs());
        assertEquals(JobStatus.IN_PROGRESS, emulator.jobs().get(0).status());
        // The same stream with a purpose that fits ends cleanly.
        StringBuilder clean = new StringBuilder();
        readStream(body.replace("p".repeat(201), "p"), clean);
        assertTrue(clean.toString().endsWith("data: [DONE]\n\n"), clean.toString());
    }

    /** Reads a one-call stream line by line until its body ends; throws when the body is cut. */
    private void readStream(String body, StringBuilder received) throws java.io.IOException {
        okhttp3.Request request = http.request("/api/jobs/create-and-call-stream")
                .post(okhttp3.RequestBody.create(body, RawHttp.JSON)).build();
        try (okhttp3.Response response = RawHttp.SHARED.newCall(request).execute()) {
            assertEquals(200, response.code());
            okio.BufferedSource source = response.body().source();
            while (!source.exhausted()) received.append(source.readUtf8Line()).append('\n');
        }
    }

    @Test
    void completeMetadataOnAJobCreatedWithNullMetadataFails() {
        String id = http.post("/api/jobs/create", "{\"team_id\":\"acme-corp\",\"job_type\":\"t\",\"metadata\":null}")
                .string("job_id");
        assertEquals(null, http.get("/api/jobs/" + id).map().get("metadata"));
        // job.job_metadata.update(...) on None: AttributeError.
        assertPlain500(http.post("/api/jobs/" + id + "/complete", "{\"status\":\"completed\",\"metadata\":{\"k\":1}}"));
        assertEquals(200, http.post("/api/jobs/" + id + "/complete", "{\"status\":\"completed\",\"metadata\":{}}").status());
    }
}
