package dev.saasllm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Plain http to another host is warned about, once and without the key; https and loopback are not.
 * (That the key never shows anywhere: KeySecrecyTest in integration-tests.)
 */
class PlainHttpWarningTest extends MockServerSupport {
    @RegisterExtension
    final LogCapture log = new LogCapture();

    private List<String> lines() {
        return log.lines();
    }

    @Test
    void plainHttpToAnotherHostIsWarnedAboutWithoutContactingIt() {
        // A reserved name (RFC 2606): building the client sends nothing; the check reads the URL only.
        try (SaasLlmClient remote = SaasLlmClient.builder().baseUrl("http://llm.example.invalid:8003").teamId(TEAM)
                .virtualKey(KEY).build()) {
            assertTrue(remote.toString().contains("llm.example.invalid"));
        }
        List<String> warnings = lines().stream().filter(l -> l.contains("plain http")).toList();
        assertEquals(1, warnings.size(), String.valueOf(lines()));
        assertTrue(warnings.get(0).contains("WARNING"), warnings.get(0));
        assertTrue(warnings.get(0).contains("llm.example.invalid"), warnings.get(0));
        assertFalse(warnings.get(0).contains(KEY));
    }

    @Test
    void httpsAndLoopbackAreNotWarnedAbout() {
        for (String url : List.of("https://llm.example.invalid", "http://localhost:8003", "http://127.0.0.1:8003",
                "http://[::1]:8003", "http://api.localhost")) {
            try (SaasLlmClient quiet = SaasLlmClient.builder().baseUrl(url).teamId(TEAM).virtualKey(KEY).build()) {
                assertFalse(quiet.toString().contains(KEY));
            }
        }
        assertEquals(List.of(), lines().stream().filter(l -> l.contains("plain http")).toList());
    }
}
