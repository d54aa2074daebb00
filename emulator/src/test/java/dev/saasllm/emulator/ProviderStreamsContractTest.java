package dev.saasllm.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.saasllm.emulator.RawHttp.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each provider's answers as the server forwards them: Anthropic's events and Gemini's objects, with
 * no {@code [DONE]}; each one's finish reasons; refusals. The provider follows the model's name.
 */
class ProviderStreamsContractTest extends RawHttpTest {
    @RegisterExtension
    static final SaasLlmEmulatorExtension EMULATOR =
            new SaasLlmEmulatorExtension(b -> b.release(ServerRelease.FIXED).streamUsage(false));

    private static final String CLAUDE = "claude-3-5-sonnet";
    private static final String GEMINI = "gemini-1.5-flash";


    private String stream(String model, int maxTokens) {
        String id = http.createJob();
        String body = "{\"model\":\"" + model + "\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]"
                + (maxTokens > 0 ? ",\"max_tokens\":" + maxTokens : "") + "}";
        Reply reply = http.post("/api/jobs/" + id + "/llm-call-stream", body);
        assertEquals(200, reply.status());
        return reply.body().replaceAll("msg_[0-9a-f]{32}", "msg_ID");
    }

    private Reply call(String model, int maxTokens) {
        String id = http.createJob();
        return http.post("/api/jobs/" + id + "/llm-call", "{\"model\":\"" + model + "\",\"messages\":[{\"role\":\"user\","
                + "\"content\":\"hi\"}]" + (maxTokens > 0 ? ",\"max_tokens\":" + maxTokens : "") + "}");
    }

    private static String anthropic(String model, String blocks, String stopReason, int outputTokens) {
        return "data: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_ID\",\"type\":\"message\",\"role\":\"assistant\","
                + "\"content\":[],\"model\":\"" + model + "\",\"stop_reason\":null,\"stop_sequence\":null,\"usage\":"
                + "{\"input_tokens\":1,\"output_tokens\":1}}}\n\n"
                + blocks
                + "data: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"" + stopReason + "\",\"stop_sequence\":null},"
                + "\"usage\":{\"output_tokens\":" + outputTokens + "}}\n\n"
                + "data: {\"type\":\"message_stop\"}\n\n";
    }

    private static String textDelta(String text) {
        return "data: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"" + text + "\"}}\n\n";
    }

    private static final String BLOCK_START = "data: {\"type\":\"content_block_start\",\"index\":0,"
            + "\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n\ndata: {\"type\": \"ping\"}\n\n";
    private static final String BLOCK_STOP = "data: {\"type\":\"content_block_stop\",\"index\":0}\n\n";

    @Test
    void anthropicModelsStreamAnthropicsEventsWithoutDone() {
        emulator.enqueueAnswer("Hello there");
        assertEquals(anthropic(CLAUDE, BLOCK_START + textDelta("Hell") + textDelta("o th") + textDelta("ere") + BLOCK_STOP,
                "end_turn", 3), stream(CLAUDE, 0));
        // max_tokens: the answer is cut and the stop reason says so.
        assertEquals(anthropic(CLAUDE, BLOCK_START + textDelta("Echo") + BLOCK_STOP, "max_tokens", 1), stream(CLAUDE, 1));
        emulator.enqueue(ModelReply.refusal("No."));
        assertEquals(anthropic(CLAUDE, "", "refusal", 1), stream(CLAUDE, 0));
    }

    private static String gemini(String text, String finish, int prompt, int candidates, String model) {
        return "data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"" + text + "\"}],\"role\": \"model\"},"
                + (finish == null ? "" : "\"finishReason\": \"" + finish + "\",") + "\"index\": 0}],\"usageMetadata\": "
                + "{\"promptTokenCount\": " + prompt + ",\"candidatesTokenCount\": " + candidates + ",\"totalTokenCount\": "
                + (prompt + candidates) + "},\"modelVersion\": \"" + model + "\"}\n\n";
    }

    @Test
    void geminiModelsStreamGeminisObjectsWithoutDone() {
        emulator.enqueueAnswer("Hello there");
        assertEquals(gemini("Hell", null, 1, 1, GEMINI) + gemini("o th", null, 1, 2, GEMINI)
                + gemini("ere", "STOP", 1, 3, GEMINI), stream(GEMINI, 0));
        assertEquals(gemini("Echo", "MAX_TOKENS", 1, 1, GEMINI), stream(GEMINI, 1));
        emulator.enqueue(ModelReply.refusal("No."));
        assertEquals("data: {\"candidates\": [{\"finishReason\": \"SAFETY\",\"index\": 0}],\"usageMetadata\": "
                + "{\"promptTokenCount\": 1,\"totalTokenCount\": 1},\"modelVersion\": \"" + GEMINI + "\"}\n\n", stream(GEMINI, 0));
    }

    @Test
    void theFormatFollowsTheServersProviderDetectionOrASwitch() {
        // "gpt-" wins over "claude" in the server's detection order.
        emulator.enqueueAnswer("x");
        assertEquals(true, stream("gpt-4-claude", 0).endsWith("data: [DONE]\n\n"));
        emulator.settings().streamFormat(StreamFormat.ANTHROPIC);
        emulator.enqueueAnswer("x");
        assertEquals(anthropic("ResumeAgent", BLOCK_START + textDelta("x") + BLOCK_STOP, "end_turn", 1),
                stream("ResumeAgent", 0));
        emulator.settings().streamFormat(StreamFormat.GEMINI);
        emulator.enqueueAnswer("x");
        assertEquals(gemini("x", "STOP", 1, 1, "ResumeAgent"), stream("ResumeAgent", 0));
    }

    @Test
    void aCurrentServerRecordsNoTokensForAnthropicOrGeminiStreams() {
        emulator.settings().release(ServerRelease.CURRENT).brokenJobStream(false);
        for (String model : new String[] {CLAUDE, GEMINI}) {
            String id = http.createJob();
            http.post("/api/jobs/" + id + "/llm-call-stream", RawHttp.chat(model, "hi"));
            // It reads "usage" and "prompt_tokens": Anthropic sends input_tokens, Gemini usageMetadata.
            assertEquals(0, emulator.callsFor(id).get(0).totalTokens(), model);
        }
    }

    @Test
    void nonStreamedAnswersCarryEachProvidersFinishReason() {
        assertEquals(true, call("gpt-4o", 0).body().contains("\"response\":{\"content\":\"Echo: hi\",\"finish_reason\":\"stop\"}"));
        assertEquals("length", call("gpt-4o", 1).map("response").get("finish_reason"));
        assertEquals("end_turn", call(CLAUDE, 0).map("response").get("finish_reason"));
        assertEquals("max_tokens", call(CLAUDE, 1).map("response").get("finish_reason"));
        // Gemini's finishReason lower-cased by the server.
        assertEquals("stop", call(GEMINI, 0).map("response").get("finish_reason"));
        assertEquals("max_tokens", call(GEMINI, 1).map("response").get("finish_reason"));
        emulator.enqueue(ModelReply.truncated("half an ans"));
        assertEquals("length", call("m", 0).map("response").get("finish_reason"));
    }

    @Test
    void aRefusalIsNullContentFromOpenAiAndEmptyTextFromTheOthers() {
        emulator.enqueue(ModelReply.refusal("I can't help with that."));
        Reply openAi = call("gpt-4o", 0);
        assertEquals(true, openAi.body().contains("\"response\":{\"content\":null,\"finish_reason\":\"stop\"}"), openAi.body());
        emulator.enqueue(ModelReply.refusal("I can't help with that."));
        assertEquals(true, call(CLAUDE, 0).body().contains("\"response\":{\"content\":\"\",\"finish_reason\":\"refusal\"}"));
        emulator.enqueue(ModelReply.refusal("I can't help with that."));
        assertEquals(true, call(GEMINI, 0).body().contains("\"response\":{\"content\":\"\",\"finish_reason\":\"safety\"}"));
        emulator.enqueue(ModelReply.refusal("I can't help with that."));
        Reply oneCall = http.post("/api/jobs/create-and-call",
                "{\"team_id\":\"acme-corp\",\"job_type\":\"t\",\"model\":\"gpt-4o\",\"messages\":[]}");
        assertEquals(true, oneCall.body().contains("\"response\":{\"content\":null,\"finish_reason\":\"stop\"}"), oneCall.body());
    }
}
