package dev.saasllm.spring;

import dev.saasllm.RetryPolicy;
import dev.saasllm.SaasLlmClient;

/** Turns the {@code saasllm.*} properties into a client builder; only what is set overrides the client's defaults. */
final class ClientSettings {
    static final String EMULATOR_CLASS = "dev.saasllm.emulator.SaasLlmEmulator";

    private ClientSettings() {}

    /**
     * @param connectionSupplied whether another source (the emulator) supplies the URL, team and key,
     *        so that {@code team-id} and {@code virtual-key} are not required
     */
    static SaasLlmClient.Builder builder(SaasLlmProperties p, boolean connectionSupplied) {
        SaasLlmClient.Builder b = SaasLlmClient.builder();
        if (!connectionSupplied) {
            b.baseUrl(required("saasllm.base-url", p.baseUrl()))
                    .teamId(required("saasllm.team-id", p.teamId()))
                    .virtualKey(required("saasllm.virtual-key", p.virtualKey()));
        }
        if (p.model() != null && !p.model().isBlank()) b.defaultModel(p.model().strip());
        if (p.timeout() != null) b.timeout(p.timeout());
        if (p.connectTimeout() != null) b.connectTimeout(p.connectTimeout());
        if (p.readTimeout() != null) b.readTimeout(p.readTimeout());
        if (p.callTimeout() != null) b.callTimeout(p.callTimeout());
        if (p.streamIdleTimeout() != null) b.streamIdleTimeout(p.streamIdleTimeout());
        if (p.closeGracePeriod() != null) b.closeGracePeriod(p.closeGracePeriod());
        b.maxReasks(p.maxReasks());
        if (p.createAndCall() != null) b.createAndCall(p.createAndCall());
        return b.retryPolicy(retryPolicy(p.retry()));
    }

    static RetryPolicy retryPolicy(SaasLlmProperties.Retry r) {
        RetryPolicy.Builder b = RetryPolicy.builder().maxAttempts(r.maxAttempts());
        if (r.initialDelay() != null) b.initialDelay(r.initialDelay());
        if (r.multiplier() != null) b.multiplier(r.multiplier());
        if (r.maxDelay() != null) b.maxDelay(r.maxDelay());
        if (r.jitter() != null) b.jitter(r.jitter());
        if (r.statuses() != null && !r.statuses().isEmpty()) b.retryStatuses(r.statuses());
        if (r.onTimeout() != null) b.retryOnTimeout(r.onTimeout());
        if (r.onConnectionFailure() != null) b.retryOnConnectionFailure(r.onConnectionFailure());
        return b.build();
    }

    private static String required(String property, String value) {
        if (value == null || value.isBlank()) throw new MissingPropertyException(property);
        return value.strip();
    }
}
