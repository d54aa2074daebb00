package dev.saasllm.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.emulator.RawHttp.Reply;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The per-job and one-call streams of the current release (defects included) and of a fixed server,
 * in OpenAI's chunk format. {@link ProviderStreamsContractTest} covers Anthropic's and Gemini's.
 */
class StreamingContractTest extends RawHttpTest {
    @RegisterExtension
    static final SaasLlmEmulatorExtension EMULATOR = new SaasLlmEmulatorExtension(b -> b.credits(5));

    static final String CHAT = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
    static final String ONE_CALL = "{\"team_id\":\"acme-corp\",\"job_type\":\"t\",\"model\":\"m\","
            + "\"messages\":[{\"role\":\"user\",\"content\":\"go\"}]}";


    /** The generated chunk id and time replaced by placeholders, checking they are the same in every chunk. */
    static String normalize(String body) {
        String s = RawHttp.normalize(body);
        Matcher created = Pattern.compile("\"created\":(\\d+),").matcher(s);
        if (created.find()) s = s.replace("\"created\":" + created.group(1) + ",", "\"created\":0,");
        return s;
    }

    /** An OpenAI chunk as {@code data:} line, after {@link #normalize}. */
    static String chunk(String delta, String finish, boolean withUsage) {
        return "data: {\"id\":\"chatcmpl-<id1>\",\"object\":\"chat.completion.chunk\",\"created\":0,\"model\":\"m\","
                + "\"system_fingerprint\":\"fp_emulator\",\"choices\":[{\"index\":0,\"delta\":" + delta
                + ",\"logprobs\":null,\"finish_reason\":" + finish + "}]" + (withUsage ? ",\"usage\":null" : "") + "}\n\n";
    }

    static final String ROLE = "{\"role\":\"assistant\",\"content\":\"\",\"refusal\":null}";

    // ---- The current release ---------------------------------------------------------------------

    @Test
    void theCurrentPerJobStreamAnswersOneErrorEventAndRecordsAFailedCall() {
        String id = http.createJob();
        emulator.enqueueAnswer("kept for the next call");
        Reply reply = http.post("/api/jobs/" + id + "/llm-call-stream", RawHttp.chat("m", "x"));
        assertEquals(200, reply.status());
        assertEquals("text/event-stream; charset=utf-8", reply.headers().get("content-type"));
        assertEquals("no-cache", reply.headers().get("cache-control"));
        assertEquals("no", reply.headers().get("x-accel-buffering"));
        // No keepalive comment: the per-job generator yields nothing before the error.
        assertEquals("data: {\"error\": \"'Response' object does not support the asynchronous context manager "
                + "protocol\"}\n\n", reply.body());
        JobSnapshot job = emulator.job(id).orElseThrow();
        assertEquals(JobStatus.IN_PROGRESS, job.status());
        CallSnapshot call = job.calls().get(0);
        assertFalse(call.succeeded());
        assertTrue(call.streamed());
        assertEquals(null, call.latencyMs());
        assertEquals(List.of("m"), job.modelGroupsUsed());
        assertEquals("kept for the next call", http.call(id, "x").map("response").get("content"));
    }

    @Test
    void theCurrentOneCallStreamWorksWithoutUsageAndCostsNothing() {
        emulator.enqueueAnswer("Done!");
        Reply reply = http.post("/api/jobs/create-and-call-stream", ONE_CALL);
        assertEquals(200, reply.status());
        assertEquals("no", reply.headers().get("x-accel-buffering"));
        assertEquals(": keepalive\n\n"
                + chunk(ROLE, "null", false)
                + chunk("{\"content\":\"Done\"}", "null", false)
                + chunk("{\"content\":\"!\"}", "null", false)
                + chunk("{}", "\"stop\"", false)
                + "data: [DONE]\n\n", normalize(reply.body()));
        JobSnapshot job = emulator.jobs().get(0);
        assertEquals(JobStatus.COMPLETED, job.status());
        assertEquals(0, job.calls().get(0).totalTokens(), "no usage chunk: the server records 0 tokens");
        assertEquals(0.0, job.calls().get(0).billedUsd());
        assertTrue(job.creditApplied());
        assertEquals(4, emulator.creditsRemaining());
    }

    @Test
    void aOneCallStreamFailureIsAnErrorEventAndFailsTheJob() {
        emulator.answerWith(r -> {
            throw new IllegalStateException("café closed \"now\"");
        });
        Reply reply = http.post("/api/jobs/create-and-call-stream", ONE_CALL);
        assertEquals(200, reply.status());
        // json.dumps with its defaults: ", " and ": ", every non-ASCII character escaped.
        assertEquals(": keepalive\n\ndata: {\"error\": \"500: Failed to call provider API: caf\\u00e9 closed \\\"now\\\"\"}\n\n",
                reply.body());
        JobSnapshot job = emulator.jobs().get(0);
        assertEquals(JobStatus.FAILED, job.status());
        assertEquals("500: Failed to call provider API: café closed \"now\"", job.errorMessage());
        assertEquals(5, emulator.creditsRemaining());
    }

    @Test
    void aDeltaWithNullContentEndsTheCurrentStream() {
        // OpenAI streams a refusal with content null; the server's "accumulated += content" fails on it.
        emulator.enqueue(ModelReply.refusal("I can't help with that."));
        Reply reply = http.post("/api/jobs/create-and-call-stream", ONE_CALL);
        assertEquals(": keepalive\n\ndata: {\"error\": \"can only concatenate str (not \\\"NoneType\\\") to str\"}\n\n",
                reply.body());
        JobSnapshot job = emulator.jobs().get(0);
        assertEquals(JobStatus.FAILED, job.status());
        assertEquals("can only concatenate str (not \"NoneType\") to str", job.calls().get(0).error());
    }

    @Test
    void aOneCallStreamCutShortLeavesAnOrphan() {
        emulator.settings().dropStreamAfterChunks(1);
        Reply reply = http.post("/api/jobs/create-and-call-stream", ONE_CALL);
        assertEquals(": keepalive\n\n" + chunk(ROLE, "null", false) + chunk("{\"content\":\"Echo\"}", "null", false),
                normalize(reply.body()));
        assertEquals(1, emulator.openJobs());
        assertEquals(JobStatus.IN_PROGRESS, emulator.jobs().get(0).status());
    }

    @Test
    void failuresBeforeTheStreamAreOrdinaryErrors() {
        String id = http.createJob();
        assertEquals(422, http.post("/api/jobs/" + id + "/llm-call-stream", "{}").status());
        assertEquals(404, http.post("/api/jobs/" + java.util.UUID.randomUUID() + "/llm-call-stream", CHAT).status());
        emulator.settings().allowedModels(java.util.Set.of("other"));
        Reply refused = http.post("/api/jobs/create-and-call-stream", ONE_CALL);
        assertEquals(403, refused.status());
        assertEquals("Team 'acme-corp' does not have access to model group 'm'", refused.detail());
        // The one-call job was opened before the model check, and failed by it.
        JobSnapshot failed = emulator.jobs().get(0);
        assertEquals(JobStatus.FAILED, failed.status());
        assertEquals("Team 'acme-corp' does not have access to model group 'm'", failed.errorMessage());
        emulator.settings().teamSuspended(true);
        assertEquals(403, http.post("/api/jobs/" + id + "/llm-call-stream", CHAT).status());
    }

    // ---- A fixed server ----------------------------------------------------------------------------

    @Test
    void aFixedPerJobStreamForwardsEveryChunkThenUsageThenDone() {
        emulator.settings().release(ServerRelease.FIXED);
        String id = http.createJob();
        emulator.enqueueAnswer("Hello world");
        Reply reply = http.post("/api/jobs/" + id + "/llm-call-stream", CHAT);
        assertEquals(200, reply.status());
        // stream_options.include_usage: "usage": null on each chunk, then a chunk of usage alone.
        assertEquals(chunk(ROLE, "null", true)
                + chunk("{\"content\":\"Hell\"}", "null", true)
                + chunk("{\"content\":\"o wo\"}", "null", true)
                + chunk("{\"content\":\"rld\"}", "null", true)
                + chunk("{}", "\"stop\"", true)
                + "data: {\"id\":\"chatcmpl-<id1>\",\"object\":\"chat.completion.chunk\",\"created\":0,\"model\":\"m\","
                + "\"system_fingerprint\":\"fp_emulator\",\"choices\":[],\"usage\":{\"prompt_tokens\":1,"
                + "\"completion_tokens\":3,\"total_tokens\":4}}\n\n"
                + "data: [DONE]\n\n", normalize(reply.body()));
        CallSnapshot call = emulator.callsFor(id).get(0);
        assertTrue(call.streamed());
        assertEquals(4, call.totalTokens());
        assertEquals(8.0e-6, call.billedUsd());
        assertEquals(JobStatus.IN_PROGRESS, emulator.job(id).orElseThrow().status());
    }

    @Test
    void withoutUsageAFixedStreamRecordsZeroTokens() {
        emulator.settings().release(ServerRelease.FIXED).streamUsage(false);
        String id = http.createJob();
        emulator.enqueueAnswer("Hi");
        assertEquals(chunk(ROLE, "null", false) + chunk("{\"content\":\"Hi\"}", "null", false)
                + chunk("{}", "\"stop\"", false) + "data: [DONE]\n\n",
                normalize(http.post("/api/jobs/" + id + "/llm-call-stream", CHAT).body()));
        assertEquals(0, emulator.callsFor(id).get(0).totalTokens());
    }

    @Test
    void truncationAndRefusalInOpenAiChunks() {
        emulator.settings().release(ServerRelease.FIXED).streamUsage(false);
        String id = http.createJob();
        emulator.enqueue(ModelReply.truncated("Hal"));
        assertEquals(chunk(ROLE, "null", false) + chunk("{\"content\":\"Hal\"}", "null", false)
                + chunk("{}", "\"length\"", false) + "data: [DONE]\n\n",
                normalize(http.post("/api/jobs/" + id + "/llm-call-stream", CHAT).body()));
        emulator.enqueue(ModelReply.refusal("No."));
        assertEquals(chunk("{\"role\":\"assistant\",\"content\":null,\"refusal\":\"\"}", "null", false)
                + chunk("{\"refusal\":\"No.\"}", "null", false)
                + chunk("{}", "\"stop\"", false) + "data: [DONE]\n\n",
                normalize(http.post("/api/jobs/" + id + "/llm-call-stream", CHAT).body()));
    }

    @Test
    void aFixedOneCallStreamCountsItsUsage() {
        emulator.settings().release(ServerRelease.FIXED);
        emulator.enqueueAnswer("Done!");
        Reply reply = http.post("/api/jobs/create-and-call-stream", ONE_CALL);
        assertTrue(normalize(reply.body()).startsWith(": keepalive\n\n" + chunk(ROLE, "null", true)), reply.body());
        assertTrue(reply.body().endsWith(",\"choices\":[],\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":2,"
                + "\"total_tokens\":3}}\n\ndata: [DONE]\n\n"), reply.body());
        JobSnapshot job = emulator.jobs().get(0);
        assertEquals(JobStatus.COMPLETED, job.status());
        assertEquals(3, job.calls().get(0).totalTokens());
    }

    @Test
    void emptyAnswerStillHasItsRoleAndFinishChunks() {
        emulator.settings().release(ServerRelease.FIXED).streamUsage(false);
        String id = http.createJob();
        emulator.enqueueAnswer("");
        assertEquals(chunk(ROLE, "null", false) + chunk("{}", "\"stop\"", false) + "data: [DONE]\n\n",
                normalize(http.post("/api/jobs/" + id + "/llm-call-stream", CHAT).body()));
    }

    @Test
    void chunkSizeIsConfigurable() {
        emulator.settings().release(ServerRelease.FIXED).streamChunkSize(2);
        String id = http.createJob();
        emulator.enqueueAnswer("abcdef");
        String body = http.post("/api/jobs/" + id + "/llm-call-stream", CHAT).body();
        assertEquals(3, body.split("\"delta\":\\{\"content\":\"", -1).length - 1, body);
    }

    @Test
    void droppedStreamEndsWithoutDone() {
        emulator.settings().release(ServerRelease.FIXED).streamUsage(false).dropStreamAfterChunks(2);
        String id = http.createJob();
        emulator.enqueueAnswer("Hello world");
        assertEquals(chunk(ROLE, "null", false) + chunk("{\"content\":\"Hell\"}", "null", false)
                + chunk("{\"content\":\"o wo\"}", "null", false),
                normalize(http.post("/api/jobs/" + id + "/llm-call-stream", CHAT).body()));
    }

    @Test
    void structuredOutputArrivesInPiecesThatJoinToTheDocument() {
        emulator.settings().release(ServerRelease.FIXED);
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
