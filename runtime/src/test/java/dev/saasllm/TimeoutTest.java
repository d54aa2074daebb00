package dev.saasllm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import okhttp3.OkHttpClient;
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
            assertEquals(0, http.callTimeoutMillis(), "the call timeout bounds LLM calls only, not job bookkeeping");
            assertEquals(Duration.ofSeconds(60), c.jobs().callTimeout(CallOptions.NONE));
            assertEquals(Duration.ofSeconds(1), c.jobs().callTimeout(CallOptions.builder().timeout(Duration.ofSeconds(1)).build()));
        }
    }

    @Test
    void aCallsOwnTimeoutEndsItWhenTheClientsWouldStillWait() {
        // The client waits 10 s per read; the call allows 200 ms in all.
        server.enqueue(noResponse());
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

    @Test
    void theClientsCallTimeoutBoundsLlmCallsButNotCompletingAJob() throws Exception {
        client.close();
        client = SaasLlmClient.builder().baseUrl(server.url("/").toString()).teamId(TEAM).virtualKey(KEY)
                .timeout(Duration.ofSeconds(10)).callTimeout(Duration.ofMillis(300)).build();
        server.enqueue(noResponse());
        assertThrows(CallTimeoutException.class, () -> client.chat(JOB_ID, List.of(ChatMessage.user("x")), CallOptions.builder().model("m").build()));
        // A complete answered after 600 ms, twice the call timeout, still lands.
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json").body(completion("FAILED"))
                .headersDelay(600, java.util.concurrent.TimeUnit.MILLISECONDS).build());
        assertEquals(JOB_ID, client.completeJob(JOB_ID, JobStatus.FAILED).jobId());
    }
}
