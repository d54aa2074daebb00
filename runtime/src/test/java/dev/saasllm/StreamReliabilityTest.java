package dev.saasllm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Streams: opening is retried like a call; a stream silent for longer than the idle timeout fails. */
class StreamReliabilityTest extends MockServerSupport {
    private static final List<ChatMessage> HELLO = List.of(ChatMessage.user("Hello"));
    private static final String STREAM = SseSupport.chunk("Hel", null) + SseSupport.chunk("lo", "stop") + SseSupport.DONE;

    private SaasLlmClient client(RetryPolicy policy, Duration idle) {
        client.close();
        SaasLlmClient.Builder b = SaasLlmClient.builder().baseUrl(server.url("/").toString()).teamId(TEAM).virtualKey(KEY)
                .timeout(Duration.ofSeconds(10)).defaultModel("M").retryPolicy(policy);
        if (idle != null) b.streamIdleTimeout(idle);
        client = b.build();
        return client;
    }

    @Test
    void openingAStreamIsRetriedBeforeAnyTokenArrives() throws Exception {
        client(RetryPolicy.builder().initialDelay(Duration.ofMillis(1)).build(), null);
        enqueueJson(503, "{\"detail\":\"busy\"}");
        server.enqueue(eventStream(STREAM).build());
        try (ChatStream stream = client.chatStream(JOB_ID, HELLO, CallOptions.NONE)) {
            assertEquals("Hello", stream.tokens().collect(Collectors.joining()));
        }
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void aStreamSilentLongerThanTheIdleTimeoutIsInterrupted() {
        // A second of silence is too long; the answer and its first chunk come at once, well within it
        // however loaded the machine, and the rest only 5 s later.
        client(RetryPolicy.NONE, Duration.ofSeconds(1));
        server.enqueue(eventStream(STREAM)
                .throttleBody(SseSupport.chunk("Hel", null).length(), 5, TimeUnit.SECONDS).build());
        try (ChatStream stream = client.chatStream(JOB_ID, HELLO, CallOptions.NONE)) {
            assertEquals("Hel", stream.next().content());
            StreamInterruptedException e = assertThrows(StreamInterruptedException.class, stream::next);
            assertTrue(e.getMessage().contains("cut off before [DONE]"), e.getMessage());
            assertTrue(e.getCause() instanceof java.net.SocketTimeoutException, String.valueOf(e.getCause()));
        }
    }

    @Test
    void theIdleTimeoutAppliesToStreamsOnly() {
        client(RetryPolicy.NONE, Duration.ofMillis(200));
        assertEquals(200, client.pipeline().streamingHttpClient().readTimeoutMillis());
        assertEquals(10_000, client.okHttpClient().readTimeoutMillis());
    }
}
