package dev.saasllm.spring;

import dev.saasllm.CreateAndCall;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code saasllm.*} properties the auto-configured {@link dev.saasllm.SaasLlmClient} is built
 * from. {@code team-id} and {@code virtual-key} are required unless the emulator is on; the rest
 * have the client's defaults. {@link #toString()} never shows the virtual key.
 */
@ConfigurationProperties(prefix = "saasllm")
public class SaasLlmProperties {
    /** The server's base URL. */
    private String baseUrl = "http://localhost:8003";
    /** The team the virtual key belongs to. */
    private String teamId;
    /** The team's virtual key (sk-...), sent as the bearer token. Never logged. */
    private String virtualKey;
    /** The default model (group) of methods that name none. */
    private String model;
    /** Connect, read and write timeout of each request (the client's default: 120s). */
    private Duration timeout;
    /** How long connecting may take; overrides timeout for that phase. */
    private Duration connectTimeout;
    /** The longest wait for the next bytes of an answer; overrides timeout for that phase. */
    private Duration readTimeout;
    /** The longest one LLM call may take in all (default: none, each phase has its own timeout). */
    private Duration callTimeout;
    /** The longest wait for the next chunk of a streamed answer (default: the read timeout). */
    private Duration streamIdleTimeout;
    /** How long closing the client on shutdown lets calls in flight finish before it fails their jobs. */
    private Duration closeGracePeriod = Duration.ofSeconds(10);
    /** How often a structured answer that cannot be read is asked for again in the same job. */
    private int maxReasks;
    /** When one-call jobs take one round trip (create-and-call) instead of three. */
    private CreateAndCall createAndCall = CreateAndCall.TEXT_ONLY;
    /** How failed requests are retried. */
    private final Retry retry = new Retry();
    /** The embedded emulator, for tests. */
    private final Emulator emulator = new Emulator();

    public String getBaseUrl() { return baseUrl; }
    public void setBaseUrl(String baseUrl) { this.baseUrl = baseUrl; }
    public String getTeamId() { return teamId; }
    public void setTeamId(String teamId) { this.teamId = teamId; }
    public String getVirtualKey() { return virtualKey; }
    public void setVirtualKey(String virtualKey) { this.virtualKey = virtualKey; }
    public String getModel() { return model; }
    public void setModel(String model) { this.model = model; }
    public Duration getTimeout() { return timeout; }
    public void setTimeout(Duration timeout) { this.timeout = timeout; }
    public Duration getConnectTimeout() { return connectTimeout; }
    public void setConnectTimeout(Duration connectTimeout) { this.connectTimeout = connectTimeout; }
    public Duration getReadTimeout() { return readTimeout; }
    public void setReadTimeout(Duration readTimeout) { this.readTimeout = readTimeout; }
    public Duration getCallTimeout() { return callTimeout; }
    public void setCallTimeout(Duration callTimeout) { this.callTimeout = callTimeout; }
    public Duration getStreamIdleTimeout() { return streamIdleTimeout; }
    public void setStreamIdleTimeout(Duration streamIdleTimeout) { this.streamIdleTimeout = streamIdleTimeout; }
    public Duration getCloseGracePeriod() { return closeGracePeriod; }
    public void setCloseGracePeriod(Duration closeGracePeriod) { this.closeGracePeriod = closeGracePeriod; }
    public int getMaxReasks() { return maxReasks; }
    public void setMaxReasks(int maxReasks) { this.maxReasks = maxReasks; }
    public CreateAndCall getCreateAndCall() { return createAndCall; }
    public void setCreateAndCall(CreateAndCall createAndCall) { this.createAndCall = createAndCall; }
    public Retry getRetry() { return retry; }
    public Emulator getEmulator() { return emulator; }

    @Override
    public String toString() {
        return "SaasLlmProperties{baseUrl=" + baseUrl + ", teamId=" + teamId + ", virtualKey="
                + (virtualKey == null ? "null" : "(hidden)") + ", model=" + model + ", createAndCall=" + createAndCall
                + ", retry=" + retry + ", emulator=" + emulator + "}";
    }

    /** The client's {@link dev.saasllm.RetryPolicy}; by default none (one attempt). */
    public static class Retry {
        /** Attempts of a request in all, the first included; 1 (the default) retries nothing. */
        private int maxAttempts = 1;
        /** The wait before the first retry (default 500ms). */
        private Duration initialDelay;
        /** How much each wait grows over the previous one (default 2). */
        private Double multiplier;
        /** The longest wait between attempts (default 30s). */
        private Duration maxDelay;
        /** The random part of each wait, from 0 to 1 (default 0.2). */
        private Double jitter;
        /** The HTTP statuses that are retried (default 429, 500, 502, 503, 504). */
        private Set<Integer> statuses = new LinkedHashSet<>();
        /** Whether a timed-out request is retried (default true). */
        private Boolean onTimeout;
        /** Whether a request that could not connect is retried (default true). */
        private Boolean onConnectionFailure;

        public int getMaxAttempts() { return maxAttempts; }
        public void setMaxAttempts(int maxAttempts) { this.maxAttempts = maxAttempts; }
        public Duration getInitialDelay() { return initialDelay; }
        public void setInitialDelay(Duration initialDelay) { this.initialDelay = initialDelay; }
        public Double getMultiplier() { return multiplier; }
        public void setMultiplier(Double multiplier) { this.multiplier = multiplier; }
        public Duration getMaxDelay() { return maxDelay; }
        public void setMaxDelay(Duration maxDelay) { this.maxDelay = maxDelay; }
        public Double getJitter() { return jitter; }
        public void setJitter(Double jitter) { this.jitter = jitter; }
        public Set<Integer> getStatuses() { return statuses; }
        public void setStatuses(Set<Integer> statuses) { this.statuses = statuses; }
        public Boolean getOnTimeout() { return onTimeout; }
        public void setOnTimeout(Boolean onTimeout) { this.onTimeout = onTimeout; }
        public Boolean getOnConnectionFailure() { return onConnectionFailure; }
        public void setOnConnectionFailure(Boolean onConnectionFailure) { this.onConnectionFailure = onConnectionFailure; }

        @Override
        public String toString() {
            return "Retry{maxAttempts=" + maxAttempts + ", initialDelay=" + initialDelay + ", multiplier=" + multiplier
                    + ", maxDelay=" + maxDelay + ", jitter=" + jitter + ", statuses=" + statuses + ", onTimeout=" + onTimeout
                    + ", onConnectionFailure=" + onConnectionFailure + "}";
        }
    }

    /** The embedded emulator (saasllm-emulator on the class path, usually test scope). */
    public static class Emulator {
        /** Starts the emulator on a free port and points the client at it, with its team and key. */
        private boolean enabled;

        public boolean isEnabled() { return enabled; }
        public void setEnabled(boolean enabled) { this.enabled = enabled; }

        @Override
        public String toString() {
            return "Emulator{enabled=" + enabled + "}";
        }
    }
}
