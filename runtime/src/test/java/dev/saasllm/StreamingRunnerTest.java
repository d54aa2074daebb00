package dev.saasllm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.internal.AnswerReader;
import dev.saasllm.internal.PromptMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The streamed job runner against MockWebServer: the exact traffic of each ending. */
class StreamingRunnerTest extends MockServerSupport {
    private static final PromptMethod<String> CHAT = PromptMethod.chat("com.acme.Chat", "talk", "chat", CallOptions.NONE);
    private static final List<ChatMessage> HELLO = List.of(ChatMessage.user("Hello"));

    private void enqueueStream(String body) {
        server.enqueue(eventStream(body).build());
    }

    private dev.saasllm.internal.JobRunner runner() {
        return client.runner();
    }

    private String completeBody() throws InterruptedException {
        return take("POST", "/api/jobs/" + JOB_ID + "/complete").getBody().utf8();
    }

    @Test
    void callbackGetsEachTokenThenTheJobCompletes() throws Exception {
        enqueueJson(200, created(JOB_ID));
        enqueueStream(SseSupport.stream(List.of("Hel", "lo ", "there")));
        enqueueJson(200, completion("COMPLETED"));
        List<String> tokens = new ArrayList<>();
        assertEquals("Hello there", runner().runStreaming(CHAT, dev.saasllm.internal.Invocation.of(HELLO), tokens::add));
        assertEquals(List.of("Hel", "lo ", "there"), tokens);
        take("POST", "/api/jobs/create");
        take("POST", "/api/jobs/" + JOB_ID + "/llm-call-stream");
        assertEquals("{\"status\":\"completed\"}", completeBody());
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void aConsumerThatThrowsFailsTheJobOnceAndItsExceptionIsRethrown() throws Exception {
        enqueueJson(200, created(JOB_ID));
        enqueueStream(SseSupport.stream(List.of("a", "b", "c")));
        enqueueJson(200, completion("FAILED"));
        IllegalStateException mine = new IllegalStateException("consumer gave up");
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> runner().runStreaming(CHAT, dev.saasllm.internal.Invocation.of(HELLO), token -> { if (token.equals("b")) throw mine; }));
        assertSame(mine, thrown);
        take("POST", "/api/jobs/create");
        take("POST", "/api/jobs/" + JOB_ID + "/llm-call-stream");
        String body = completeBody();
        assertTrue(body.contains("\"status\":\"failed\"") && body.contains("consumer gave up"), body);
        assertEquals(3, server.getRequestCount(), "complete exactly once");
    }

    @Test
    void anErrorEventFailsTheJob() throws Exception {
        enqueueJson(200, created(JOB_ID));
        enqueueStream(SseSupport.chunk("Hel", null) + "data: {\"error\": \"LLM call failed: overloaded\"}\n\n");
        enqueueJson(200, completion("FAILED"));
        StreamFailedException e = assertThrows(StreamFailedException.class, () -> runner().runStreaming(CHAT, dev.saasllm.internal.Invocation.of(HELLO), t -> {}));
        assertEquals("LLM call failed: overloaded", e.detail());
        take("POST", "/api/jobs/create");
        take("POST", "/api/jobs/" + JOB_ID + "/llm-call-stream");
        assertTrue(completeBody().contains("\"status\":\"failed\""));
    }

    @Test
    void aStreamCutOffFailsTheJob() throws Exception {
        enqueueJson(200, created(JOB_ID));
        enqueueStream(SseSupport.chunk("Hel", null));
        enqueueJson(200, completion("FAILED"));
        assertThrows(StreamInterruptedException.class, () -> runner().runStreaming(CHAT, dev.saasllm.internal.Invocation.of(HELLO), t -> {}));
        take("POST", "/api/jobs/create");
        take("POST", "/api/jobs/" + JOB_ID + "/llm-call-stream");
        assertTrue(completeBody().contains("StreamInterruptedException"));
    }

    @Test
    void anHttpErrorBeforeTheStreamFailsTheJob() throws Exception {
        enqueueJson(200, created(JOB_ID));
        enqueueJson(403, "{\"detail\":\"Model not allowed\"}");
        enqueueJson(200, completion("FAILED"));
        assertThrows(PermissionDeniedException.class, () -> runner().runStreaming(CHAT, dev.saasllm.internal.Invocation.of(HELLO), t -> {}));
        take("POST", "/api/jobs/create");
        take("POST", "/api/jobs/" + JOB_ID + "/llm-call-stream");
        assertTrue(completeBody().contains("\"status\":\"failed\""));
    }

    @Test
    void theServersKnownStreamDefectFallsBackToOneCallInTheSameJobAndIsRemembered() throws Exception {
        enqueueJson(200, created(JOB_ID));
        enqueueStream(": keepalive\n\ndata: {\"error\": \"'Response' object does not support the asynchronous context manager protocol\"}\n\n");
        enqueueJson(200, callAnswer("Echo: Hello"));
        enqueueJson(200, completion("COMPLETED"));
        List<String> tokens = new ArrayList<>();
        dev.saasllm.internal.JobRunner runner = runner();
        assertEquals("Echo: Hello", runner.runStreaming(CHAT, dev.saasllm.internal.Invocation.of(HELLO), tokens::add));
        assertEquals(List.of("Echo: Hello"), tokens);
        take("POST", "/api/jobs/create");
        take("POST", "/api/jobs/" + JOB_ID + "/llm-call-stream");
        take("POST", "/api/jobs/" + JOB_ID + "/llm-call");
        assertTrue(completeBody().contains("\"status\":\"completed\""));
        // The next call skips the broken stream.
        enqueueJson(200, created(JOB_ID));
        enqueueJson(200, callAnswer("Echo: again"));
        enqueueJson(200, completion("COMPLETED"));
        assertEquals("Echo: again", runner.runStreaming(CHAT, dev.saasllm.internal.Invocation.of(HELLO), t -> {}));
        take("POST", "/api/jobs/create");
        take("POST", "/api/jobs/" + JOB_ID + "/llm-call");
        assertTrue(completeBody().contains("\"status\":\"completed\""));
    }

    @Test
    void structuredAnswersAreParsedStrictlyWhenTheStreamEndsAndAnInvalidOneFailsTheJob() throws Exception {
        record Point(int x, int y) {}
        PromptMethod<Point> point = PromptMethod.structured("com.acme.Geo", "point", "geo", CallOptions.NONE, "Point",
                "{\"type\":\"object\"}", (AnswerReader<Point>) content -> {
                    if (!content.equals("{\"x\":1,\"y\":2}")) throw new InvalidOutputException("not a point", content, null);
                    return new Point(1, 2);
                });
        enqueueJson(200, created(JOB_ID));
        enqueueStream(SseSupport.stream(List.of("{\"x\":", "1,\"y\"", ":2}")));
        enqueueJson(200, completion("COMPLETED"));
        assertEquals(new Point(1, 2), runner().runStreaming(point, dev.saasllm.internal.Invocation.of(HELLO), t -> {}));
        take("POST", "/api/jobs/create");
        String call = take("POST", "/api/jobs/" + JOB_ID + "/llm-call-stream").getBody().utf8();
        assertTrue(call.contains("\"response_format\""), call);
        assertTrue(completeBody().contains("completed"));

        enqueueJson(200, created(JOB_ID));
        enqueueStream(SseSupport.stream(List.of("{\"x\":", "1")));
        enqueueJson(200, completion("FAILED"));
        InvalidOutputException e = assertThrows(InvalidOutputException.class, () -> runner().runStreaming(point, dev.saasllm.internal.Invocation.of(HELLO), t -> {}));
        assertEquals("{\"x\":1", e.rawContent());
        take("POST", "/api/jobs/create");
        take("POST", "/api/jobs/" + JOB_ID + "/llm-call-stream");
        assertTrue(completeBody().contains("failed"));
    }

    @Test
    void aStreamReadToTheEndCompletesTheJob() throws Exception {
        enqueueJson(200, created(JOB_ID));
        enqueueStream(SseSupport.stream(List.of("a", "b")));
        enqueueJson(200, completion("COMPLETED"));
        try (Stream<String> tokens = runner().stream(CHAT, dev.saasllm.internal.Invocation.of(HELLO))) {
            assertEquals("ab", tokens.collect(Collectors.joining()));
        }
        take("POST", "/api/jobs/create");
        take("POST", "/api/jobs/" + JOB_ID + "/llm-call-stream");
        assertTrue(completeBody().contains("\"status\":\"completed\""));
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void aStreamClosedEarlyCancelsTheCallAndFailsTheJobOnce() throws Exception {
        enqueueJson(200, created(JOB_ID));
        server.enqueue(eventStream(SseSupport.stream(List.of("a", "b", "c", "d", "e"))).throttleBody(200, 1, TimeUnit.SECONDS).build());
        enqueueJson(200, completion("FAILED"));
        try (Stream<String> tokens = runner().stream(CHAT, dev.saasllm.internal.Invocation.of(HELLO))) {
            assertEquals("a", tokens.findFirst().orElseThrow());
        }
        take("POST", "/api/jobs/create");
        take("POST", "/api/jobs/" + JOB_ID + "/llm-call-stream");
        String body = completeBody();
        assertTrue(body.contains("\"status\":\"failed\"") && body.contains("Closed by the consumer"), body);
        RecordedRequest none = server.takeRequest(200, TimeUnit.MILLISECONDS);
        assertEquals(null, none, "complete exactly once");
    }

    @Test
    void anAnthropicStreamCompletesTheJobAtItsEnd() throws Exception {
        enqueueJson(200, created(JOB_ID));
        enqueueStream(ProviderStreamsTest.ANTHROPIC);
        enqueueJson(200, completion("COMPLETED"));
        List<String> tokens = new ArrayList<>();
        assertEquals("Hello!", runner().runStreaming(CHAT, dev.saasllm.internal.Invocation.of(HELLO), tokens::add));
        assertEquals(List.of("Hello", "!"), tokens);
        take("POST", "/api/jobs/create");
        take("POST", "/api/jobs/" + JOB_ID + "/llm-call-stream");
        assertEquals("{\"status\":\"completed\"}", completeBody());
    }

    @Test
    void aGeminiStreamCutOffByMaxTokensFailsAStructuredMethodSayingSo() throws Exception {
        record Point(int x, int y) {}
        PromptMethod<Point> point = PromptMethod.structured("com.acme.Geo", "point", "geo", CallOptions.NONE, "Point",
                "{\"type\":\"object\"}", (AnswerReader<Point>) content -> {
                    throw new InvalidOutputException("unexpected end of the JSON document", content, null);
                });
        enqueueJson(200, created(JOB_ID));
        enqueueStream("data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"{\\\"x\\\": 1,\"}],\"role\": \"model\"},"
                + "\"finishReason\": \"MAX_TOKENS\",\"index\": 0}]}\n\n");
        enqueueJson(200, completion("FAILED"));
        InvalidOutputException e = assertThrows(InvalidOutputException.class,
                () -> runner().runStreaming(point, dev.saasllm.internal.Invocation.of(HELLO), t -> {}));
        assertTrue(e.problem().endsWith("(the answer was cut off by max_tokens: finish_reason is 'MAX_TOKENS'; raise maxTokens)"),
                e.problem());
        assertEquals("{\"x\": 1,", e.rawContent());
        take("POST", "/api/jobs/create");
        take("POST", "/api/jobs/" + JOB_ID + "/llm-call-stream");
        assertTrue(completeBody().contains("\"status\":\"failed\""));
    }

    @Test
    void aRefusalAnsweredByTheDefectsFallbackIsARefusal() throws Exception {
        enqueueJson(200, created(JOB_ID));
        enqueueStream(ChatStreamTest.DEFECT);
        enqueueJson(200, ResponseVariantsTest.REFUSAL);
        enqueueJson(200, completion("FAILED"));
        RefusalException e = assertThrows(RefusalException.class,
                () -> runner().runStreaming(CHAT, dev.saasllm.internal.Invocation.of(HELLO), t -> {}));
        assertEquals("c-7", e.response().callId());
        take("POST", "/api/jobs/create");
        take("POST", "/api/jobs/" + JOB_ID + "/llm-call-stream");
        take("POST", "/api/jobs/" + JOB_ID + "/llm-call");
        assertTrue(completeBody().startsWith("{\"status\":\"failed\",\"error_message\":\"RefusalException: "));
    }
}
