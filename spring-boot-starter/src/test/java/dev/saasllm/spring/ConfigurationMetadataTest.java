package dev.saasllm.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The metadata IDEs complete {@code saasllm.*} from, written by spring-boot-configuration-processor. */
class ConfigurationMetadataTest {

    @Test
    void everyPropertyIsDescribed() throws IOException {
        String metadata;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("the starter's configuration metadata").isNotNull();
            metadata = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String property : new String[] {"base-url", "team-id", "virtual-key", "model", "timeout", "connect-timeout",
                "read-timeout", "call-timeout", "stream-idle-timeout", "close-grace-period", "max-reasks", "create-and-call",
                "retry.max-attempts", "retry.initial-delay", "retry.multiplier", "retry.max-delay", "retry.jitter",
                "retry.statuses", "retry.on-timeout", "retry.on-connection-failure", "emulator.enabled"}) {
            assertThat(metadata).contains("\"name\": \"saasllm." + property + "\"");
        }
        assertThat(metadata).contains("\"description\": \"the team's virtual key (sk-...), sent as the bearer token; never logged\"")
                .contains("\"defaultValue\": \"text-only\"").contains("\"defaultValue\": \"10s\"");
    }
}
