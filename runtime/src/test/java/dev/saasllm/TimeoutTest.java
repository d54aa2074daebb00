package dev.saasllm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

/** Connect, read and whole-call timeouts per client; a call's own whole-call timeout. */
class TimeoutTest extends MockServerSupport {
    @Test
    void eachPhaseCanBeSetOnTheClient() {
        try (SaasLlmClient c = SaasLlmClient.builder().teamId(TEAM).virtualKey(KEY).timeout(Duration.ofSeconds(9))
                .connectTimeout(Duration.ofSeconds(2)).readTimeout(Duration.ofSeconds(30)).callTimeout(Duration.ofSeconds(60)).build()) {
            OkHttpClient http = c.okHttpClient();
            assertEquals(2_000, http.connectTimeoutMillis());
            assertEquals(30_000, http.readTimeoutMillis());
            assertEquals(9_000, http.writeTimeoutMillis());
            assertEquals(60_000, http.callTimeoutMillis());
        }
    }

    @Test
    void aCallsOwnTimeoutEndsItWhenTheClientsWouldStillWait() {
        // The client waits 10 s per read; the call allows 200 ms in all.
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        CallOptions quick = CallOptions.builder().timeout(Duration.ofMillis(200)).build();
        CallTimeoutException e = assertThrows(CallTimeoutException.class,
                () -> client.chat(JOB_ID, List.of(ChatMessage.user("x")), quick));
        assertEquals(JOB_ID, e.jobId());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void timeoutsMustBeSensible() {
        assertThrows(IllegalArgumentException.class, () -> CallOptions.builder().timeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> SaasLlmClient.builder().callTimeout(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> CallOptions.builder().maxReasks(-1));
        assertEquals(Duration.ofSeconds(3), CallOptions.builder().timeout(Duration.ofSeconds(3)).build()
                .overriddenBy(CallOptions.builder().model("m").build()).timeout());
    }
}
