package dev.saasllm;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.fixtures.Greeter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The virtual key never shows in a log line at any level, an exception or a {@code toString()},
 * through successes, retries, re-asks, timeouts and errors that echo it. (The warning about plain
 * http to another host: the runtime's PlainHttpWarningTest.)
 */
class KeySecrecyTest extends MockServerSupport {
    @RegisterExtension
    final LogCapture log = new LogCapture();

    private List<String> lines() {
        return log.lines();
    }

    @Test
    void theKeyIsNeverLoggedThrownOrPrinted() throws Exception {
        client.close();
        client = SaasLlmClient.builder().baseUrl(server.url("/").toString()).teamId(TEAM).virtualKey(KEY)
                .createAndCall(CreateAndCall.NEVER)
                .timeout(Duration.ofSeconds(5)).defaultModel("M").maxReasks(1)
                .retryPolicy(RetryPolicy.builder().initialDelay(Duration.ofMillis(1)).build()).build();
        Greeter greeter = client.create(Greeter.class);
        List<Throwable> thrown = new ArrayList<>();

        // Success after a retried 503 and a re-ask.
        enqueueJson(200, created(JOB_ID));
        enqueueJson(503, "{\"detail\":\"busy, key " + KEY + "\"}");
        enqueueJson(200, callAnswer("not json " + KEY));
        enqueueJson(200, callAnswer("{\"label\":\"ok\",\"score\":1}"));
        enqueueJson(200, completion("COMPLETED"));
        greeter.mood("x");

        // 401 echoing the key; a timeout; an invalid answer twice; a 500 on complete checked by GET.
        enqueueJson(401, "{\"detail\":\"Invalid API key " + KEY + "\"}");
        thrown.add(assertThrows(AuthenticationException.class, () -> greeter.greet("a")));
        for (int i = 0; i < 3; i++) server.enqueue(noResponse());
        thrown.add(assertThrows(CallTimeoutException.class,
                () -> client.chat(JOB_ID, List.of(ChatMessage.user("x")), CallOptions.builder().timeout(Duration.ofMillis(100)).build())));
        enqueueJson(200, created(JOB_ID));
        enqueueJson(200, callAnswer(KEY));
        enqueueJson(200, callAnswer("still " + KEY));
        enqueueJson(500, "key " + KEY);
        enqueueJson(200, "{\"job_id\":\"" + JOB_ID + "\",\"status\":\"FAILED\",\"created_at\":\"2026-11-27T20:57:34Z\"}");
        thrown.add(assertThrows(OutputRejectedException.class, () -> greeter.mood("x")));

        List<String> lines = lines();
        assertTrue(lines.stream().anyMatch(l -> l.contains("Retrying")), "retries are logged: " + lines);
        assertTrue(lines.stream().anyMatch(l -> l.contains("Asking again")), "re-asks are logged: " + lines);
        for (String line : lines) assertFalse(line.contains(KEY), "key in log line: " + line);
        for (Throwable e : thrown) assertNoKey(e);
        for (Object o : List.of(client, CallOptions.NONE, RetryPolicy.defaults())) assertFalse(o.toString().contains(KEY));
    }
}
