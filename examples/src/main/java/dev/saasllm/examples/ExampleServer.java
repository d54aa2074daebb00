package dev.saasllm.examples;

import dev.saasllm.SaasLlmClient;
import dev.saasllm.emulator.SaasLlmEmulator;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * Where the examples send their jobs: the server named by {@code SAAS_LITELLM_API_URL} (with
 * {@code SAAS_LITELLM_TEAM_ID} and {@code SAAS_LITELLM_VIRTUAL_KEY}), or, when that variable is
 * unset, an emulator started in this process.
 */
final class ExampleServer implements AutoCloseable {
    /** The model alias the examples ask for; the emulator accepts any. */
    static final String MODEL = System.getenv().getOrDefault("SAAS_LITELLM_MODEL", "gpt-4o-mini");

    private final SaasLlmEmulator emulator;
    private final String baseUrl;
    private final String teamId;
    private final String virtualKey;

    private ExampleServer(SaasLlmEmulator emulator, String baseUrl, String teamId, String virtualKey) {
        this.emulator = emulator;
        this.baseUrl = baseUrl;
        this.teamId = teamId;
        this.virtualKey = virtualKey;
    }

    static ExampleServer open() {
        String url = System.getenv("SAAS_LITELLM_API_URL");
        if (url == null || url.isBlank()) {
            SaasLlmEmulator emulator = SaasLlmEmulator.builder().port(0).teamId("acme-corp").credits(1000).start();
            System.out.println("[server] SAAS_LITELLM_API_URL is unset: using an embedded emulator at " + emulator.baseUrl());
            return new ExampleServer(emulator, emulator.baseUrl(), emulator.teamId(), emulator.virtualKey());
        }
        System.out.println("[server] using " + url);
        return new ExampleServer(null, url, requireEnv("SAAS_LITELLM_TEAM_ID"), requireEnv("SAAS_LITELLM_VIRTUAL_KEY"));
    }

    /** A client for this server with the examples' default model. */
    SaasLlmClient client() {
        return client(UnaryOperator.identity());
    }

    /** A client for this server, after {@code customize} has had its say on the builder. */
    SaasLlmClient client(UnaryOperator<SaasLlmClient.Builder> customize) {
        return customize.apply(SaasLlmClient.builder()
                .baseUrl(baseUrl).teamId(teamId).virtualKey(virtualKey)
                .defaultModel(MODEL).timeout(Duration.ofSeconds(60))).build();
    }

    String baseUrl() { return baseUrl; }
    String teamId() { return teamId; }
    String virtualKey() { return virtualKey; }

    /** The embedded emulator, or null when the examples talk to a real server. */
    SaasLlmEmulator emulator() { return emulator; }

    @Override
    public void close() {
        if (emulator != null) emulator.close();
    }

    private static String requireEnv(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("SAAS_LITELLM_API_URL is set, so " + name + " must be set too.");
        }
        return value;
    }
}
