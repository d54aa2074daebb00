package dev.saasllm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

/**
 * Streams of every shape the server forwards. Its per-job stream passes each provider's own
 * {@code data:} lines on as {@code data: <line>\n\n} (dropping Anthropic's {@code event:} lines,
 * adding no {@code [DONE]} of its own), so these bodies are the providers' documented streams as
 * they leave the server.
 */
class ProviderStreamsTest extends MockServerSupport {
    private static final List<ChatMessage> HELLO = List.of(ChatMessage.user("Hello"));

    /** Anthropic's basic streaming example (Messages API, streaming docs), as the server forwards it. */
    static final String ANTHROPIC = ""
            + "data: {\"type\": \"message_start\", \"message\": {\"id\": \"msg_1nZdL29xx5MUA1yADyHTEsnR8uuvGzszyY\", \"type\": \"message\", "
            + "\"role\": \"assistant\", \"content\": [], \"model\": \"claude-3-5-sonnet-20241022\", \"stop_reason\": null, "
            + "\"stop_sequence\": null, \"usage\": {\"input_tokens\": 25, \"output_tokens\": 1}}}\n\n"
            + "data: {\"type\": \"content_block_start\", \"index\": 0, \"content_block\": {\"type\": \"text\", \"text\": \"\"}}\n\n"
            + "data: {\"type\": \"ping\"}\n\n"
            + "data: {\"type\": \"content_block_delta\", \"index\": 0, \"delta\": {\"type\": \"text_delta\", \"text\": \"Hello\"}}\n\n"
            + "data: {\"type\": \"content_block_delta\", \"index\": 0, \"delta\": {\"type\": \"text_delta\", \"text\": \"!\"}}\n\n"
            + "data: {\"type\": \"content_block_stop\", \"index\": 0}\n\n"
            + "data: {\"type\": \"message_delta\", \"delta\": {\"stop_reason\": \"end_turn\", \"stop_sequence\":null}, "
            + "\"usage\": {\"output_tokens\": 15}}\n\n"
            + "data: {\"type\": \"message_stop\"}\n\n";

    /** Gemini's {@code streamGenerateContent?alt=sse} objects, as the server forwards them. */
    static String gemini(String finishReason) {
        return "data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"Hello\"}],\"role\": \"model\"},\"index\": 0}],"
                + "\"usageMetadata\": {\"promptTokenCount\": 4,\"totalTokenCount\": 4,\"promptTokensDetails\": "
                + "[{\"modality\": \"TEXT\",\"tokenCount\": 4}]},\"modelVersion\": \"gemini-2.0-flash\","
                + "\"responseId\": \"3nAgaJvQE5GJ1dkPt-3TkQM\"}\n\n"
                + "data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": \" there!\"}],\"role\": \"model\"},"
                + "\"finishReason\": \"" + finishReason + "\",\"index\": 0}],\"usageMetadata\": {\"promptTokenCount\": 4,"
                + "\"candidatesTokenCount\": 3,\"totalTokenCount\": 7,\"promptTokensDetails\": [{\"modality\": \"TEXT\",\"tokenCount\": 4}],"
                + "\"candidatesTokensDetails\": [{\"modality\": \"TEXT\",\"tokenCount\": 3}]},\"modelVersion\": \"gemini-2.0-flash\","
                + "\"responseId\": \"3nAgaJvQE5GJ1dkPt-3TkQM\"}\n\n";
    }

    private void enqueueStream(String body) {
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "text/event-stream; charset=utf-8")
                .setHeader("X-Accel-Buffering", "no").body(body).build());
    }

    private static List<ChatChunk> drain(ChatStream stream) {
        List<ChatChunk> chunks = new ArrayList<>();
        for (ChatChunk chunk; (chunk = stream.next()) != null; ) chunks.add(chunk);
        return chunks;
    }

    // ---------------------------------------------------------------- OpenAI

    @Test
    void openAiChunksWithNullContentAndAUsageChunk() {
        // With stream_options.include_usage every chunk has "usage":null and a last one, without choices, has the usage.
        enqueueStream("data: {\"id\":\"chatcmpl-B9\",\"object\":\"chat.completion.chunk\",\"created\":1730000000,"
                + "\"model\":\"gpt-4o-mini-2024-07-18\",\"system_fingerprint\":\"fp_0ba0d124f1\",\"choices\":[{\"index\":0,"
                + "\"delta\":{\"role\":\"assistant\",\"content\":\"\",\"refusal\":null},\"logprobs\":null,\"finish_reason\":null}],\"usage\":null}\n\n"
                + "data: {\"id\":\"chatcmpl-B9\",\"object\":\"chat.completion.chunk\",\"created\":1730000000,"
                + "\"model\":\"gpt-4o-mini-2024-07-18\",\"choices\":[{\"index\":0,\"delta\":{\"content\":null,\"tool_calls\":[{\"index\":0,"
                + "\"id\":\"call_DdmO9pD3xa9XTPNJ32zg2hcA\",\"type\":\"function\",\"function\":{\"name\":\"lookup\",\"arguments\":\"\"}}]},"
                + "\"logprobs\":null,\"finish_reason\":null}],\"usage\":null}\n\n"
                + "data: {\"id\":\"chatcmpl-B9\",\"object\":\"chat.completion.chunk\",\"created\":1730000000,"
                + "\"model\":\"gpt-4o-mini-2024-07-18\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"},\"logprobs\":null,"
                + "\"finish_reason\":null}],\"usage\":null}\n\n"
                + "data: {\"id\":\"chatcmpl-B9\",\"object\":\"chat.completion.chunk\",\"created\":1730000000,"
                + "\"model\":\"gpt-4o-mini-2024-07-18\",\"choices\":[{\"index\":0,\"delta\":{},\"logprobs\":null,\"finish_reason\":\"length\"}],"
                + "\"usage\":null}\n\n"
                + "data: {\"id\":\"chatcmpl-B9\",\"object\":\"chat.completion.chunk\",\"created\":1730000000,"
                + "\"model\":\"gpt-4o-mini-2024-07-18\",\"choices\":[],\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":1,"
                + "\"total_tokens\":10,\"prompt_tokens_details\":{\"cached_tokens\":0}}}\n\n"
                + "data: [DONE]\n\n");
        try (ChatStream stream = client.chatStream(JOB_ID, HELLO)) {
            List<ChatChunk> chunks = drain(stream);
            assertEquals(List.of(new ChatChunk("", null, null, null, null), new ChatChunk("", null, null, null, null),
                    new ChatChunk("Hi", null, null, null, null), new ChatChunk("", "length", null, null, null),
                    new ChatChunk("", null, 9, 1, 10)), chunks);
            assertTrue(chunks.get(3).truncated());
            assertTrue(stream.isDone());
        }
    }

    @Test
    void anOpenAiStreamEndingAfterItsFinishReasonWithoutDoneIsStillInterrupted() {
        enqueueStream(SseSupport.chunk("Hel", null) + SseSupport.chunk("lo", "stop"));
        try (ChatStream stream = client.chatStream(JOB_ID, HELLO)) {
            assertEquals("Hel", stream.next().content());
            assertEquals("stop", stream.next().finishReason());
            StreamInterruptedException e = assertThrows(StreamInterruptedException.class, stream::next);
            assertTrue(e.getMessage().contains("ended without [DONE]"), e.getMessage());
        }
    }

    @Test
    void theCurrentServersFailureOnANullDeltaIsAStreamFailure() {
        // The current release adds each delta's content to a str: a null one raises TypeError, which
        // its stream turns into an error event instead of forwarding the chunk.
        enqueueStream(SseSupport.chunk("Hel", null) + "data: {\"error\": \"can only concatenate str (not \\\"NoneType\\\") to str\"}\n\n");
        try (ChatStream stream = client.chatStream(JOB_ID, HELLO)) {
            assertEquals("Hel", stream.next().content());
            assertEquals("can only concatenate str (not \"NoneType\") to str",
                    assertThrows(StreamFailedException.class, stream::next).detail());
        }
    }

    // ---------------------------------------------------------------- Anthropic

    @Test
    void anthropicEventsEndAtMessageStop() throws Exception {
        enqueueStream(ANTHROPIC);
        try (ChatStream stream = client.chatStream(JOB_ID, HELLO)) {
            assertEquals(List.of(new ChatChunk("Hello", null, null, null, null), new ChatChunk("!", null, null, null, null),
                    new ChatChunk("", "end_turn", 25, 15, 40)), drain(stream), "ping, block start and stop carry nothing");
            assertTrue(stream.isDone());
            assertNull(stream.next(), "stays at the end");
        }
        take("POST", "/api/jobs/" + JOB_ID + "/llm-call-stream");
    }

    @Test
    void anAnthropicStreamEndingAfterItsStopReasonHasEnded() {
        enqueueStream(ANTHROPIC.substring(0, ANTHROPIC.indexOf("data: {\"type\": \"message_stop\"}")));
        try (ChatStream stream = client.chatStream(JOB_ID, HELLO)) {
            assertEquals("Hello!", stream.tokens().reduce("", String::concat));
            assertTrue(stream.isDone());
        }
    }

    @Test
    void anAnthropicStreamCutOffMidAnswerIsInterrupted() {
        enqueueStream(ANTHROPIC.substring(0, ANTHROPIC.indexOf("data: {\"type\": \"content_block_stop\"")));
        try (ChatStream stream = client.chatStream(JOB_ID, HELLO)) {
            assertEquals("Hello", stream.next().content());
            assertEquals("!", stream.next().content());
            StreamInterruptedException e = assertThrows(StreamInterruptedException.class, stream::next);
            assertTrue(e.getMessage().contains("ended without message_stop"), e.getMessage());
            assertFalse(stream.isDone());
        }
    }

    @Test
    void anAnthropicMaxTokensStopIsTruncation() {
        enqueueStream(ANTHROPIC.replace("\"stop_reason\": \"end_turn\"", "\"stop_reason\": \"max_tokens\""));
        try (ChatStream stream = client.chatStream(JOB_ID, HELLO)) {
            ChatChunk last = drain(stream).get(2);
            assertEquals("max_tokens", last.finishReason());
            assertTrue(last.truncated());
        }
    }

    @Test
    void anAnthropicErrorEventIsAStreamFailure() {
        String error = "data: {\"type\": \"error\", \"error\": {\"type\": \"overloaded_error\", \"message\": \"Overloaded\"}}";
        enqueueStream(ANTHROPIC.substring(0, ANTHROPIC.indexOf("data: {\"type\": \"content_block_delta\", \"index\": 0, "
                + "\"delta\": {\"type\": \"text_delta\", \"text\": \"!\"")) + error + "\n\n");
        try (ChatStream stream = client.chatStream(JOB_ID, HELLO)) {
            assertEquals("Hello", stream.next().content());
            StreamFailedException e = assertThrows(StreamFailedException.class, stream::next);
            assertEquals("Overloaded", e.detail());
            assertEquals(error.substring("data: ".length()), e.rawBody());
        }
    }

    @Test
    void anAnthropicToolInputDeltaIsNotText() {
        enqueueStream("data: {\"type\": \"content_block_delta\", \"index\": 1, \"delta\": {\"type\": \"input_json_delta\", "
                + "\"partial_json\": \"{\\\"location\\\": \\\"San Fra\"}}\n\n"
                + "data: {\"type\": \"message_delta\", \"delta\": {\"stop_reason\": \"tool_use\", \"stop_sequence\":null}, "
                + "\"usage\": {\"output_tokens\": 89}}\n\n"
                + "data: {\"type\": \"message_stop\"}\n\n");
        try (ChatStream stream = client.chatStream(JOB_ID, HELLO)) {
            assertEquals(List.of(new ChatChunk("", "tool_use", null, 89, null)), drain(stream));
        }
    }

    // ---------------------------------------------------------------- Gemini

    @Test
    void geminiObjectsEndWithTheBodyAfterTheirFinishReason() {
        enqueueStream(gemini("STOP"));
        try (ChatStream stream = client.chatStream(JOB_ID, HELLO)) {
            assertEquals(List.of(new ChatChunk("Hello", null, 4, null, 4), new ChatChunk(" there!", "STOP", 4, 3, 7)), drain(stream));
            assertTrue(stream.isDone());
        }
    }

    @Test
    void aGeminiStreamCutOffBeforeItsFinishReasonIsInterrupted() {
        String whole = gemini("STOP");
        enqueueStream(whole.substring(0, whole.indexOf("\n\n") + 2));
        try (ChatStream stream = client.chatStream(JOB_ID, HELLO)) {
            assertEquals("Hello", stream.next().content());
            StreamInterruptedException e = assertThrows(StreamInterruptedException.class, stream::next);
            assertTrue(e.getMessage().contains("ended without a finishReason"), e.getMessage());
        }
    }

    @Test
    void aGeminiMaxTokensFinishIsTruncationAndThoughtPartsAreNotText() {
        enqueueStream("data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"Weighing it up\",\"thought\": true},"
                + "{\"text\": \"Hel\"},{\"text\": \"lo\"}],\"role\": \"model\"},\"finishReason\": \"MAX_TOKENS\",\"index\": 0}],"
                + "\"usageMetadata\": {\"promptTokenCount\": 4,\"candidatesTokenCount\": 2,\"totalTokenCount\": 6},"
                + "\"modelVersion\": \"gemini-2.5-flash\"}\n\n");
        try (ChatStream stream = client.chatStream(JOB_ID, HELLO)) {
            ChatChunk chunk = stream.next();
            assertEquals("Hello", chunk.content());
            assertTrue(chunk.truncated());
            assertNull(stream.next());
        }
    }

    @Test
    void aStructuredAnswerStreamedByGeminiIsReadAtTheEnd() {
        record Point(int x, int y) {}
        enqueueStream("data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"{\\\"x\\\": 1,\"}],\"role\": \"model\"},\"index\": 0}]}\n\n"
                + "data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": \" \\\"y\\\": 2}\"}],\"role\": \"model\"},"
                + "\"finishReason\": \"STOP\",\"index\": 0}]}\n\n");
        try (StructuredStream<Point> stream = client.structuredOutputStream(JOB_ID, HELLO, Point.class, CallOptions.NONE)) {
            assertEquals(new Point(1, 2), stream.result());
        }
    }
}
