package dev.saasllm.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.emulator.RawHttp.Reply;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FaultsTest extends RawHttpTest {
    @RegisterExtension
    static final SaasLlmEmulatorExtension EMULATOR = new SaasLlmEmulatorExtension();

    private static final String STRUCTURED = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"name: Ada\"}],"
            + "\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"P\",\"schema\":"
            + "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"}}}}}}";


    private List<Integer> statuses(String jobId, int calls) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < calls; i++) out.add(http.call(jobId, "x").status());
        return out;
    }

    @Test
    void errorRateIsSeededAndRepeatable() {
        emulator.settings().errorRate(0.5, 7);
        String id = http.createJob();
        List<Integer> first = statuses(id, 20);
        assertTrue(first.contains(500) && first.contains(200), first.toString());
        emulator.settings().errorRate(0.5, 7);
        assertEquals(first, statuses(id, 20));
        emulator.settings().errorRate(0.5, 8);
        assertNotEquals(first, statuses(id, 20));
        Reply failed = http.call(id, "x");
        while (failed.status() != 500) failed = http.call(id, "x");
        assertEquals("LLM call failed: 500: Failed to call provider API: Emulated provider error (error-rate fault)",
                failed.detail());
    }

    @Test
    void errorRateOneFailsEveryCallAndZeroNone() {
        String id = http.createJob();
        emulator.settings().errorRate(1.0);
        assertEquals(List.of(500, 500, 500), statuses(id, 3));
        emulator.settings().errorRate(0.0);
        assertEquals(List.of(200, 200), statuses(id, 2));
        assertEquals(3, emulator.callsFor(id).stream().filter(c -> !c.succeeded()).count());
    }

    @Test
    void rateLimitEveryThirdRequest() {
        emulator.settings().rateLimitEvery(3, 2);
        List<Integer> statuses = new ArrayList<>();
        List<String> retryAfter = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Reply reply = http.get("/api/teams/acme-corp/jobs");
            statuses.add(reply.status());
            retryAfter.add(reply.headers().get("Retry-After"));
        }
        assertEquals(List.of(200, 200, 429, 200, 200, 429), statuses);
        assertEquals("2", retryAfter.get(2));
        assertEquals(null, retryAfter.get(0));
    }

    @Test
    void invalidJsonForTheNextStructuredAnswers() {
        emulator.settings().invalidJsonAnswers(2);
        String id = http.createJob();
        String path = "/api/jobs/" + id + "/llm-call";
        String broken = (String) http.post(path, STRUCTURED).map("response").get("content");
        assertTrue(broken.startsWith("Here is the result: {"), broken);
        assertEquals(null, RawHttpJson.parseOrNull(broken));
        assertEquals("Echo: x", http.call(id, "x").map("response").get("content"), "chat answers are untouched");
        http.post(path, STRUCTURED);
        assertEquals("{\"name\":\"Ada\"}", http.post(path, STRUCTURED).map("response").get("content"));
    }

    @Test
    void callLatencyDelaysTheAnswer() {
        emulator.settings().callLatency(Duration.ofMillis(120));
        String id = http.createJob();
        Reply reply = http.call(id, "x");
        assertTrue(((Number) reply.map("metadata").get("latency_ms")).longValue() >= 120, reply.body());
        assertTrue(emulator.callsFor(id).get(0).latencyMs() >= 120);
    }

    @Test
    void slowerThanATimeoutTimesTheClientOut() {
        emulator.settings().slowerThan(Duration.ofMillis(100));
        OkHttpClient impatient = RawHttp.SHARED.newBuilder().readTimeout(Duration.ofMillis(100)).build();
        RawHttp slow = new RawHttp(emulator, impatient);
        String id = http.createJob();
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> slow.call(id, "x"));
        assertTrue(e.getCause() instanceof SocketTimeoutException, e.toString());
        assertEquals(JobStatus.IN_PROGRESS, emulator.job(id).orElseThrow().status());
    }

    @Test
    void chunkLatencySpacesTheChunks() {
        emulator.settings().release(ServerRelease.FIXED).streamUsage(false).chunkLatency(Duration.ofMillis(30));
        String id = http.createJob();
        emulator.enqueueAnswer("abcdefghijkl"); // five chunks: role, three deltas, finish
        long start = System.nanoTime();
        Reply reply = http.post("/api/jobs/" + id + "/llm-call-stream", RawHttp.chat("m", "x"));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() >= 90);
        assertTrue(reply.body().endsWith("data: [DONE]\n\n"));
    }

    @Test
    void settingsRejectNonsense() {
        EmulatorSettings s = emulator.settings();
        assertThrows(IllegalArgumentException.class, () -> s.errorRate(1.5));
        assertThrows(IllegalArgumentException.class, () -> s.callLatency(Duration.ofMillis(-1)));
        assertThrows(IllegalArgumentException.class, () -> s.rateLimitEvery(-1, 1));
        assertThrows(IllegalArgumentException.class, () -> s.streamChunkSize(0));
    }

    /** Strict JSON parsing for assertions, with Moshi directly. */
    static final class RawHttpJson {
        static Object parseOrNull(String text) {
            try {
                return new com.squareup.moshi.Moshi.Builder().build().adapter(Object.class).fromJson(text);
            } catch (Exception e) {
                return null;
            }
        }
    }
}
