package dev.saasllm.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.emulator.RawHttp.Reply;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StreamingContractTest {
    @RegisterExtension
    static final SaasLlmEmulatorExtension EMULATOR = new SaasLlmEmulatorExtension(b -> b.credits(5));

    private static final Pattern ID = Pattern.compile("\"id\":\"(chatcmpl-[0-9a-f-]{36})\",");
    private static final Pattern CREATED = Pattern.compile("\"created\":(\\d+),");

    private SaasLlmEmulator emulator;
    private RawHttp http;

    @BeforeEach
    void setUp(SaasLlmEmulator emulator) {
        this.emulator = emulator;
        this.http = new RawHttp(emulator);
    }

    /** Replaces the generated id and time with placeholders, checking they are the same in every chunk. */
    private static String normalize(String body) {
        Matcher id = ID.matcher(body);
        if (id.find()) body = body.replace(id.group(1), "ID");
        Matcher created = CREATED.matcher(body);
        if (created.find()) body = body.replace("\"created\":" + created.group(1) + ",", "\"created\":0,");
        return body;
    }

    private static String chunk(String delta, String finish, String usage) {
        return "data: {\"id\":\"ID\",\"object\":\"chat.completion.chunk\",\"created\":0,\"model\":\"m\","
                + "\"choices\":[{\"index\":0,\"delta\":" + delta + ",\"finish_reason\":" + finish + "}]"
                + (usage == null ? "" : ",\"usage\":" + usage) + "}\n\n";
    }

    @Test
    void jobStreamFramingIsExact() {
        String id = http.createJob();
        emulator.enqueueAnswer("Hello world");
        Reply reply = http.post("/api/jobs/" + id + "/llm-call-stream", RawHttp.chat("m", "hi"));
        assertEquals(200, reply.status());
        assertTrue(reply.headers().get("Content-Type").startsWith("text/event-stream"));
        String expected = ": keepalive\n\n"
                + chunk("{\"role\":\"assistant\",\"content\":\"Hell\"}", "null", null)
                + chunk("{\"content\":\"o wo\"}", "null", null)
                + chunk("{\"content\":\"rld\"}", "\"stop\"",
                        "{\"prompt_tokens\":1,\"completion_tokens\":3,\"total_tokens\":4}")
                + "data: [DONE]\n\n";
        assertEquals(expected, normalize(reply.body()));
        JobSnapshot job = emulator.job(id).orElseThrow();
        assertEquals(JobStatus.IN_PROGRESS, job.status());
        CallSnapshot call = job.calls().get(0);
        assertTrue(call.streamed());
        assertEquals(4, call.totalTokens());
    }

    @Test
    void withoutUsageTheLastChunkHasNoneAndTheCallRecordsZeroTokens() {
        emulator.settings().streamUsage(false);
        String id = http.createJob();
        emulator.enqueueAnswer("Hi");
        String body = normalize(http.post("/api/jobs/" + id + "/llm-call-stream", RawHttp.chat("m", "x")).body());
        assertEquals(": keepalive\n\n"
                + chunk("{\"role\":\"assistant\",\"content\":\"Hi\"}", "\"stop\"", null)
                + "data: [DONE]\n\n", body);
        assertEquals(0, emulator.callsFor(id).get(0).totalTokens());
    }

    @Test
    void emptyAnswerStillSendsOneChunk() {
        String id = http.createJob();
        emulator.enqueueAnswer("");
        String body = normalize(http.post("/api/jobs/" + id + "/llm-call-stream", RawHttp.chat("m", "x")).body());
        assertTrue(body.contains("\"delta\":{\"role\":\"assistant\",\"content\":\"\"},\"finish_reason\":\"stop\""), body);
        assertTrue(body.endsWith("data: [DONE]\n\n"));
    }

    @Test
    void chunkSizeIsConfigurable() {
        emulator.settings().streamChunkSize(2);
        String id = http.createJob();
        emulator.enqueueAnswer("abcdef");
        String body = http.post("/api/jobs/" + id + "/llm-call-stream", RawHttp.chat("m", "x")).body();
        assertEquals(3, body.split("chat.completion.chunk").length - 1);
    }

    @Test
    void brokenJobStreamSendsOneErrorEventWithStatus200() {
        emulator.settings().brokenJobStream(true);
        String id = http.createJob();
        Reply reply = http.post("/api/jobs/" + id + "/llm-call-stream", RawHttp.chat("m", "x"));
        assertEquals(200, reply.status());
        assertEquals(": keepalive\n\ndata: {\"error\":\"'Response' object does not support the asynchronous "
                + "context manager protocol\"}\n\n", reply.body());
        JobSnapshot job = emulator.job(id).orElseThrow();
        assertEquals(JobStatus.IN_PROGRESS, job.status());
        assertFalse(job.calls().get(0).succeeded());
        // The one-call stream still works on the broken release.
        Reply oneCall = http.post("/api/jobs/create-and-call-stream",
                "{\"team_id\":\"acme-corp\",\"job_type\":\"t\",\"model\":\"m\",\"messages\":[]}");
        assertTrue(oneCall.body().endsWith("data: [DONE]\n\n"));
    }

    @Test
    void failureAfterTheStreamStartedIsAnErrorEvent() {
        emulator.answerWith(r -> {
            throw new IllegalStateException("provider timeout");
        });
        String id = http.createJob();
        Reply reply = http.post("/api/jobs/" + id + "/llm-call-stream", RawHttp.chat("m", "x"));
        assertEquals(200, reply.status());
        assertEquals(": keepalive\n\ndata: {\"error\":\"provider timeout\"}\n\n", reply.body());
        assertEquals("provider timeout", emulator.callsFor(id).get(0).error());
    }

    @Test
    void failuresBeforeTheStreamAreOrdinaryErrors() {
        String id = http.createJob();
        assertEquals(422, http.post("/api/jobs/" + id + "/llm-call-stream", "{}").status());
        assertEquals(404, http.post("/api/jobs/" + java.util.UUID.randomUUID() + "/llm-call-stream",
                RawHttp.chat("m", "x")).status());
        emulator.settings().teamSuspended(true);
        assertEquals(403, http.post("/api/jobs/" + id + "/llm-call-stream", RawHttp.chat("m", "x")).status());
    }

    @Test
    void droppedStreamEndsWithoutDone() {
        emulator.settings().dropStreamAfterChunks(1);
        String id = http.createJob();
        emulator.enqueueAnswer("Hello world");
        String body = normalize(http.post("/api/jobs/" + id + "/llm-call-stream", RawHttp.chat("m", "x")).body());
        assertEquals(": keepalive\n\n" + chunk("{\"role\":\"assistant\",\"content\":\"Hell\"}", "null", null), body);
    }

    @Test
    void createAndCallStreamSettlesTheJobBeforeDone() {
        emulator.enqueueAnswer("Done!");
        Reply reply = http.post("/api/jobs/create-and-call-stream",
                "{\"team_id\":\"acme-corp\",\"job_type\":\"t\",\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"go\"}]}");
        assertEquals(": keepalive\n\n"
                + chunk("{\"role\":\"assistant\",\"content\":\"Done\"}", "null", null)
                + chunk("{\"content\":\"!\"}", "\"stop\"",
                        "{\"prompt_tokens\":1,\"completion_tokens\":2,\"total_tokens\":3}")
                + "data: [DONE]\n\n", normalize(reply.body()));
        assertEquals(1, emulator.jobCount(JobStatus.COMPLETED));
        assertEquals(4, emulator.creditsRemaining());
    }

    @Test
    void createAndCallStreamFailureFailsTheJob() {
        emulator.settings().errorRate(1.0);
        Reply reply = http.post("/api/jobs/create-and-call-stream",
                "{\"team_id\":\"acme-corp\",\"job_type\":\"t\",\"model\":\"m\",\"messages\":[]}");
        assertEquals(200, reply.status());
        assertEquals(": keepalive\n\ndata: {\"error\":\"Emulated provider error (error-rate fault)\"}\n\n", reply.body());
        assertEquals(1, emulator.jobCount(JobStatus.FAILED));
        assertEquals(5, emulator.creditsRemaining());
    }

    @Test
    void createAndCallStreamCutShortLeavesAnOrphan() {
        emulator.settings().dropStreamAfterChunks(0);
        Reply reply = http.post("/api/jobs/create-and-call-stream",
                "{\"team_id\":\"acme-corp\",\"job_type\":\"t\",\"model\":\"m\",\"messages\":[]}");
        assertEquals(": keepalive\n\n", reply.body());
        assertEquals(1, emulator.openJobs());
        assertEquals(JobStatus.IN_PROGRESS, emulator.jobs().get(0).status());
    }

    @Test
    void structuredOutputArrivesInPiecesThatJoinToTheDocument() {
        String id = http.createJob();
        String request = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"name: Ada\"}],"
                + "\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"P\",\"strict\":true,"
                + "\"schema\":{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"}},"
                + "\"required\":[\"name\"],\"additionalProperties\":false}}}}";
        String body = http.post("/api/jobs/" + id + "/llm-call-stream", request).body();
        StringBuilder joined = new StringBuilder();
        Matcher m = Pattern.compile("\"content\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(body);
        while (m.find()) joined.append(m.group(1).replace("\\\"", "\""));
        assertEquals("{\"name\":\"Ada\"}", joined.toString());
    }
}
