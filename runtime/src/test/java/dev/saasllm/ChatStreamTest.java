package dev.saasllm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class ChatStreamTest extends MockServerSupport {
    private static final List<ChatMessage> HELLO = List.of(ChatMessage.user("Hello"));

    private void enqueueStream(String body) {
        server.enqueue(eventStream(body).build());
    }

    @Test
    void readsChunksSkippingCommentsAndBlankLinesWithUsageOnTheLastChunk() throws Exception {
        enqueueStream(": keepalive\n\n" + SseSupport.chunk(null, null) + ": keepalive\n\n\n"
                + SseSupport.chunk("Hel", null) + SseSupport.lastWithUsage("lo") + SseSupport.DONE);
        try (ChatStream stream = client.chatStream(JOB_ID, HELLO, CallOptions.builder().model("M").temperature(0.2).build())) {
            assertEquals("", stream.next().content(), "a role-only chunk has no text");
            ChatChunk first = stream.next();
            assertEquals("Hel", first.content());
            assertFalse(first.hasUsage());
            assertNull(first.finishReason());
            ChatChunk last = stream.next();
            assertEquals("lo", last.content());
            assertEquals("stop", last.finishReason());
            assertEquals(11, last.totalTokens());
            assertEquals(9, last.promptTokens());
            assertNull(stream.next());
            assertTrue(stream.isDone());
            assertNull(stream.next(), "stays at the end");
        }
        RecordedRequest request = take("POST", "/api/jobs/" + JOB_ID + "/llm-call-stream");
        String body = request.getBody().utf8();
        assertTrue(body.contains("\"model\":\"M\"") && body.contains("\"temperature\":0.2"), body);
        assertEquals("text/event-stream", request.getHeaders().get("Accept"));
    }

    @Test
    void tokensArriveWhileTheServerIsStillSending() throws Exception {
        // The body trickles in; each token must be readable before the rest is sent.
        String body = SseSupport.stream(List.of("a", "b", "c", "d"));
        enqueueStream(body);
        server.enqueue(new MockResponse.Builder().build()); // unused
        try (ChatStream stream = client.chatStream(JOB_ID, HELLO)) {
            assertEquals("abcd", stream.tokens().collect(Collectors.joining()));
        }
    }

    @Test
    void multiLineDataAndCrLfLinesAreOneEvent() {
        enqueueStream(": keepalive\r\n\r\ndata: {\"choices\":[{\"delta\":\r\ndata: {\"content\":\"x\"}}]}\r\n\r\ndata: [DONE]\r\n");
        try (ChatStream stream = client.chatStream(JOB_ID, HELLO)) {
            assertEquals("x", stream.next().content());
            assertNull(stream.next(), "[DONE] without its blank line at the end still counts");
        }
    }

    @Test
    void anErrorEventMidStreamIsAStreamFailedException() {
        String error = "data: {\"error\": \"LLM call failed: provider overloaded\"}\n\n";
        enqueueStream(SseSupport.chunk("Hel", null) + error);
        try (ChatStream stream = client.chatStream(JOB_ID, HELLO)) {
            assertEquals("Hel", stream.next().content());
            StreamFailedException e = assertThrows(StreamFailedException.class, stream::next);
            assertEquals("LLM call failed: provider overloaded", e.detail());
            assertEquals("{\"error\": \"LLM call failed: provider overloaded\"}", e.rawBody());
            assertEquals(JOB_ID, e.jobId());
            assertTrue(e.getMessage().contains("provider overloaded"), e.getMessage());
            assertThrows(IllegalStateException.class, stream::next);
        }
    }

    @Test
    void anOpenAiStyleErrorObjectIsReadToo() {
        enqueueStream("data: {\"error\": {\"message\": \"boom\", \"type\": \"server_error\"}}\n\n");
        try (ChatStream stream = client.chatStream(JOB_ID, HELLO)) {
            assertEquals("boom", assertThrows(StreamFailedException.class, stream::next).detail());
        }
    }

    @Test
    void aStreamEndingWithoutDoneIsInterrupted() {
        enqueueStream(SseSupport.chunk("Hel", null));
        try (ChatStream stream = client.chatStream(JOB_ID, HELLO)) {
            assertEquals("Hel", stream.next().content());
            StreamInterruptedException e = assertThrows(StreamInterruptedException.class, stream::next);
            assertTrue(e.getMessage().contains("without [DONE]"), e.getMessage());
        }
    }

    @Test
    void aConnectionDroppedMidStreamIsInterrupted() {
        String body = SseSupport.stream(List.of("one ", "two ", "three ", "four"));
        server.enqueue(cutMidBody(eventStream(body)).build());
        try (ChatStream stream = client.chatStream(JOB_ID, HELLO)) {
            SaasLlmException e = assertThrows(SaasLlmException.class, () -> stream.tokens().forEach(token -> {}));
            assertTrue(e instanceof StreamInterruptedException || e instanceof InvalidResponseException, e.toString());
        }
    }

    @Test
    void httpErrorsBeforeTheStreamAreTheUsualTypedExceptions() {
        enqueueJson(404, "{\"detail\":\"Job not found\"}");
        NotFoundException e = assertThrows(NotFoundException.class, () -> client.chatStream(JOB_ID, HELLO));
        assertEquals("Job not found", e.detail());
        assertEquals("POST /api/jobs/{job_id}/llm-call-stream", e.endpoint());
        enqueueJson(403, "{\"detail\":\"Team access is suspended. Please contact support.\"}");
        assertThrows(PermissionDeniedException.class, () -> client.chatStream(JOB_ID, HELLO));
    }

    @Test
    void closingEarlyCancelsTheHttpCall() throws Exception {
        // A slow stream: the rest would take seconds to arrive.
        server.enqueue(eventStream(SseSupport.stream(List.of("a", "b", "c", "d", "e", "f")))
                .throttleBody(64, 1, TimeUnit.SECONDS).build());
        ChatStream stream = client.chatStream(JOB_ID, HELLO);
        assertFalse(stream.cancelled());
        stream.close();
        assertTrue(stream.cancelled());
        assertEquals(0, client.okHttpClient().connectionPool().connectionCount(), "the connection is dropped, not pooled");
        assertFalse(stream.isDone());
        assertThrows(IllegalStateException.class, stream::next);
    }

    @Test
    void closingFromAnotherThreadUnblocksTheReader() throws Exception {
        // The first event at once, the rest (a normal end) only 3 s later: without close(), next() would return it.
        String first = SseSupport.chunk("first", null);
        server.enqueue(eventStream(first + SseSupport.chunk(" second", "stop") + SseSupport.DONE)
                .throttleBody(first.length(), 3, TimeUnit.SECONDS).build());
        ChatStream stream = client.chatStream(JOB_ID, HELLO);
        assertEquals("first", stream.next().content());
        Thread reader = Thread.currentThread();
        Thread closer = new Thread(() -> {
            // Closing before the reader blocks would test next() on a closed stream instead (a fixed
            // 50 ms pause lost that race on a loaded machine).
            awaitSocketRead(reader);
            stream.close();
        });
        closer.start();
        StreamInterruptedException e = assertThrows(StreamInterruptedException.class, stream::next);
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
        closer.join();
    }

    /** Waits, at most 10 s, until {@code thread} is inside a socket read (where it blocks until data or close). */
    private static void awaitSocketRead(Thread thread) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            for (StackTraceElement frame : thread.getStackTrace()) {
                if (frame.getClassName().equals("sun.nio.ch.NioSocketImpl") && frame.getMethodName().contains("read")) return;
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Test
    void theKeyNeverAppearsInStreamFailures() {
        enqueueStream("data: {\"error\": \"bad key " + KEY + "\"}\n\n");
        try (ChatStream stream = client.chatStream(JOB_ID, HELLO)) {
            StreamFailedException e = assertThrows(StreamFailedException.class, stream::next);
            assertNoKey(e);
        }
    }

    /** The current release's answer to every per-job stream: one error event, exactly as its json.dumps writes it. */
    static final String DEFECT = "data: {\"error\": \"'Response' object does not support the asynchronous context manager protocol\"}\n\n";

    private void enqueueDefect() {
        server.enqueue(new MockResponse.Builder().setHeader("content-type", "text/event-stream; charset=utf-8")
                .setHeader("cache-control", "no-cache").setHeader("x-accel-buffering", "no").body(DEFECT).build());
    }

    @Test
    void theServersStreamDefectFallsBackToOneUnstreamedCallInTheSameJobAndIsRemembered() throws Exception {
        enqueueDefect();
        enqueueJson(200, "{\"call_id\":\"c-1\",\"response\":{\"content\":\"Echo: Hello\",\"finish_reason\":\"stop\"},"
                + "\"metadata\":{\"tokens_used\":11,\"latency_ms\":900,\"model\":\"M\"}}");
        CallOptions options = CallOptions.builder().model("M").purpose("greet").build();
        try (ChatStream stream = client.chatStream(JOB_ID, HELLO, options)) {
            assertEquals(new ChatChunk("Echo: Hello", "stop", null, null, 11), stream.next());
            assertNull(stream.next());
            assertTrue(stream.isDone());
            assertNull(stream.next(), "stays at the end");
        }
        String streamed = take("POST", "/api/jobs/" + JOB_ID + "/llm-call-stream").getBody().utf8();
        assertEquals(streamed, take("POST", "/api/jobs/" + JOB_ID + "/llm-call").getBody().utf8(), "the same call, unstreamed");
        assertEquals(2, server.getRequestCount(), "no other job, no complete: the job stays the caller's");

        enqueueJson(200, callAnswer("again"));
        try (ChatStream stream = client.chatStream(JOB_ID, HELLO)) {
            assertEquals("again", stream.tokens().reduce("", String::concat));
        }
        take("POST", "/api/jobs/" + JOB_ID + "/llm-call");
        assertEquals(3, server.getRequestCount(), "remembered: no second stream");
    }

    @Test
    void aServerWithoutTheStreamRouteFallsBackTheSameWayAndIsRemembered() throws Exception {
        // v1.0.0 and v0.2.0 have no llm-call-stream: FastAPI answers 404 "Not Found" (not "Job not found").
        enqueueJson(404, "{\"detail\":\"Not Found\"}");
        enqueueJson(200, callAnswer("Echo: Hello"));
        try (ChatStream stream = client.chatStream(JOB_ID, HELLO)) {
            assertEquals("Echo: Hello", stream.tokens().reduce("", String::concat));
            assertTrue(stream.isDone());
        }
        take("POST", "/api/jobs/" + JOB_ID + "/llm-call-stream");
        take("POST", "/api/jobs/" + JOB_ID + "/llm-call");

        enqueueJson(200, callAnswer("again"));
        try (ChatStream stream = client.chatStream(JOB_ID, HELLO)) {
            assertEquals("again", stream.tokens().reduce("", String::concat));
        }
        take("POST", "/api/jobs/" + JOB_ID + "/llm-call");
        assertEquals(3, server.getRequestCount(), "remembered: no second stream");
    }

    @Test
    void aStructuredStreamFallsBackTooAndReadsTheWholeDocument() throws Exception {
        record Point(int x, int y) {}
        enqueueDefect();
        enqueueJson(200, callAnswer("{\"x\":1,\"y\":2}"));
        try (StructuredStream<Point> stream = client.structuredOutputStream(JOB_ID, HELLO, Point.class, CallOptions.NONE)) {
            assertEquals("{\"x\":1,\"y\":2}", stream.nextSnapshot());
            assertEquals(new Point(1, 2), stream.result());
        }
        take("POST", "/api/jobs/" + JOB_ID + "/llm-call-stream");
        assertTrue(take("POST", "/api/jobs/" + JOB_ID + "/llm-call").getBody().utf8().contains("\"response_format\""));
    }

    @Test
    void anHttpErrorOfTheFallbackCallIsThrownTyped() {
        enqueueDefect();
        enqueueJson(404, "{\"detail\":\"Job not found\"}");
        try (ChatStream stream = client.chatStream(JOB_ID, HELLO)) {
            assertEquals("Job not found", assertThrows(NotFoundException.class, stream::next).detail());
            assertThrows(IllegalStateException.class, stream::next);
        }
    }

    @Test
    void theDefectsTextAfterTextHasArrivedIsAFailureNotAFallback() {
        enqueueStream(SseSupport.chunk("Hel", null) + DEFECT);
        try (ChatStream stream = client.chatStream(JOB_ID, HELLO)) {
            assertEquals("Hel", stream.next().content());
            assertThrows(StreamFailedException.class, stream::next);
        }
        assertEquals(1, server.getRequestCount());
    }
}
