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
            b.baseUrl(required("saasllm.base-url", p.getBaseUrl()))
                    .teamId(required("saasllm.team-id", p.getTeamId()))
                    .virtualKey(required("saasllm.virtual-key", p.getVirtualKey()));
        }
        if (p.getModel() != null && !p.getModel().isBlank()) b.defaultModel(p.getModel().strip());
        if (p.getTimeout() != null) b.timeout(p.getTimeout());
        if (p.getConnectTimeout() != null) b.connectTimeout(p.getConnectTimeout());
        if (p.getReadTimeout() != null) b.readTimeout(p.getReadTimeout());
        if (p.getCallTimeout() != null) b.callTimeout(p.getCallTimeout());
        if (p.getStreamIdleTimeout() != null) b.streamIdleTimeout(p.getStreamIdleTimeout());
        if (p.getCloseGracePeriod() != null) b.closeGracePeriod(p.getCloseGracePeriod());
        b.maxReasks(p.getMaxReasks());
        if (p.getCreateAndCall() != null) b.createAndCall(p.getCreateAndCall());
        return b.retryPolicy(retryPolicy(p.getRetry()));
    }

    static RetryPolicy retryPolicy(SaasLlmProperties.Retry r) {
        RetryPolicy.Builder b = RetryPolicy.builder().maxAttempts(r.getMaxAttempts());
        if (r.getInitialDelay() != null) b.initialDelay(r.getInitialDelay());
        if (r.getMultiplier() != null) b.multiplier(r.getMultiplier());
        if (r.getMaxDelay() != null) b.maxDelay(r.getMaxDelay());
        if (r.getJitter() != null) b.jitter(r.getJitter());
        if (r.getStatuses() != null && !r.getStatuses().isEmpty()) b.retryStatuses(r.getStatuses());
        if (r.getOnTimeout() != null) b.retryOnTimeout(r.getOnTimeout());
        if (r.getOnConnectionFailure() != null) b.retryOnConnectionFailure(r.getOnConnectionFailure());
        return b.build();
    }

    private static String required(String property, String value) {
        if (value == null || value.isBlank()) throw new MissingPropertyException(property);
        return value.strip();
    }
}
