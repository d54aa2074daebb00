package dev.saasllm.spring;

import dev.saasllm.SaasLlmClient;
import dev.saasllm.SaasLlmException;
import dev.saasllm.ServerFallback;
import java.util.Set;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The server's {@code GET /health}: up when it says {@code healthy}, down when it says anything else
 * or cannot be reached (with the client's error, which never carries the virtual key). The client's
 * {@linkplain SaasLlmClient#serverFallbacks() fallbacks}, when it uses any, are a detail: an old or
 * defective server is up, but degraded.
 */
final class SaasLlmHealthIndicator implements HealthIndicator {
    private final SaasLlmClient client;

    SaasLlmHealthIndicator(SaasLlmClient client) {
        this.client = client;
    }

    @Override
    public Health health() {
        try {
            dev.saasllm.team.Health health = client.health();
            Health.Builder report = (health.healthy() ? Health.up() : Health.down())
                    .withDetail("status", String.valueOf(health.status()))
                    .withDetail("service", String.valueOf(health.service()));
            Set<ServerFallback> fallbacks = client.serverFallbacks();
            if (!fallbacks.isEmpty()) report.withDetail("fallbacks", fallbacks.stream().map(Enum::name).toList());
            return report.build();
        } catch (SaasLlmException e) {
            return Health.down(e).build();
        }
    }
}
