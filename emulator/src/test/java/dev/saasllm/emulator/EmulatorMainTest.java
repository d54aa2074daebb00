package dev.saasllm.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EmulatorMainTest {
    @Test
    void parsesEveryOption() {
        SaasLlmEmulator.Builder builder = EmulatorMain.parse(
                new String[] {"--port", "0", "--team", "globex", "--key=sk-cli", "--credits", "7"});
        try (SaasLlmEmulator emulator = builder.start()) {
            assertEquals("globex", emulator.teamId());
            assertEquals("sk-cli", emulator.virtualKey());
            assertEquals(7, emulator.creditsRemaining());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            EmulatorMain.printBanner(emulator, new PrintStream(out, true, StandardCharsets.UTF_8));
            String banner = out.toString(StandardCharsets.UTF_8);
            assertTrue(banner.contains("listening on " + emulator.baseUrl()), banner);
            assertTrue(banner.contains("SAAS_LITELLM_TEAM_ID=globex"), banner);
            assertTrue(banner.contains("SAAS_LITELLM_VIRTUAL_KEY=sk-cli"), banner);
        }
    }

    @Test
    void releaseTeamsBillingAndStreamFormatFromFlags() {
        SaasLlmEmulator.Builder builder = EmulatorMain.parse(new String[] {"--port=0", "--release", "v1.0.0",
                "--team-status", "paused", "--budget-mode", "consumption_usd", "--credits-per-dollar", "20",
                "--tokens-per-credit", "500", "--markup", "25", "--stream-format", "anthropic",
                "--add-team", "globex:sk-globex:7", "--add-team=initech:sk-initech::suspended",
                "--allowed-models", "a, b"});
        try (SaasLlmEmulator emulator = builder.start()) {
            EmulatorSettings s = emulator.settings();
            assertEquals(ServerRelease.V1_0_0, s.release());
            assertEquals(StreamFormat.ANTHROPIC, s.streamFormat());
            assertEquals(java.util.Set.of("a", "b"), s.allowedModels());
            TeamSettings main = s.team("acme-corp");
            assertEquals("paused", main.status());
            assertEquals(BudgetMode.CONSUMPTION_USD, main.budgetMode());
            assertEquals(20.0, main.creditsPerDollar());
            assertEquals(500, main.tokensPerCredit());
            assertEquals(25.0, main.costMarkupPercentage());
            assertEquals(7, emulator.creditsRemaining("globex"));
            assertEquals("sk-initech", emulator.virtualKey("initech"));
            assertEquals("suspended", s.team("initech").status());
            assertEquals(1000, emulator.creditsRemaining("initech"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            EmulatorMain.printBanner(emulator, new PrintStream(out, true, StandardCharsets.UTF_8));
            String banner = out.toString(StandardCharsets.UTF_8);
            assertTrue(banner.contains("(release v1.0.0)"), banner);
            assertTrue(banner.contains("team globex: key sk-globex, credits 7, active"), banner);
        }
    }

    @Test
    void helpAndErrors() {
        assertNull(EmulatorMain.parse(new String[] {"--help"}));
        assertTrue(EmulatorMain.USAGE.contains("--port"));
        assertEquals("Unknown option --nope",
                assertThrows(IllegalArgumentException.class, () -> EmulatorMain.parse(new String[] {"--nope", "1"}))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> EmulatorMain.parse(new String[] {"--port", "x"}));
        assertThrows(IllegalArgumentException.class, () -> EmulatorMain.parse(new String[] {"--team"}));
        assertEquals("Unknown release 'v9'; expected one of v0.2.0, v1.0.0, current, fixed",
                assertThrows(IllegalArgumentException.class, () -> EmulatorMain.parse(new String[] {"--release", "v9"}))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> EmulatorMain.parse(new String[] {"--budget-mode", "free"}));
        assertThrows(IllegalArgumentException.class, () -> EmulatorMain.parse(new String[] {"--add-team", "globex"}));
        assertThrows(IllegalArgumentException.class, () -> EmulatorMain.parse(new String[] {"--stream-format", "x"}));
        assertTrue(EmulatorMain.USAGE.contains("--release"));
    }
}
