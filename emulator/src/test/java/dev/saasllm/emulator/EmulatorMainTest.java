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
    void helpAndErrors() {
        assertNull(EmulatorMain.parse(new String[] {"--help"}));
        assertTrue(EmulatorMain.USAGE.contains("--port"));
        assertEquals("Unknown option --nope",
                assertThrows(IllegalArgumentException.class, () -> EmulatorMain.parse(new String[] {"--nope", "1"}))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> EmulatorMain.parse(new String[] {"--port", "x"}));
        assertThrows(IllegalArgumentException.class, () -> EmulatorMain.parse(new String[] {"--team"}));
    }
}
