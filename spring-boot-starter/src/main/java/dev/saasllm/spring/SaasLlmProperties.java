package dev.saasllm.spring;

import dev.saasllm.CreateAndCall;
import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code saasllm.*} properties the auto-configured {@link dev.saasllm.SaasLlmClient} is built
 * from. {@code team-id} and {@code virtual-key} are required unless the emulator is on; what is not
 * set keeps the client's default. {@link #toString()} never shows the virtual key.
 *
 * @param baseUrl the server's base URL
 * @param teamId the team the virtual key belongs to
 * @param virtualKey the team's virtual key (sk-...), sent as the bearer token; never logged
 * @param model the default model (group) of methods that name none
 * @param timeout connect, read and write timeout of each request (the client's default: 120s)
 * @param connectTimeout how long connecting may take; overrides timeout for that phase
 * @param readTimeout the longest wait for the next bytes of an answer; overrides timeout for that phase
 * @param callTimeout the longest one LLM call may take in all (default: none, each phase has its own timeout)
 * @param streamIdleTimeout the longest wait for the next chunk of a streamed answer (default: the read timeout)
 * @param closeGracePeriod how long closing the client on shutdown lets calls in flight finish before it fails their jobs
 * @param maxReasks how often a structured answer that cannot be read is asked for again in the same job
 * @param createAndCall when one-call jobs take one round trip (create-and-call) instead of three
 * @param retry how failed requests are retried
 * @param emulator the embedded emulator, for tests
 */
@ConfigurationProperties(prefix = "saasllm")
public record SaasLlmProperties(
        @DefaultValue("http://localhost:8003") String baseUrl,
        String teamId,
        String virtualKey,
        String model,
        Duration timeout,
        Duration connectTimeout,
        Duration readTimeout,
        Duration callTimeout,
        Duration streamIdleTimeout,
        @DefaultValue("10s") Duration closeGracePeriod,
        @DefaultValue("0") int maxReasks,
        @DefaultValue("text-only") CreateAndCall createAndCall,
        @DefaultValue Retry retry,
        @DefaultValue Emulator emulator) {

    @Override
    public String toString() {
        return "SaasLlmProperties{baseUrl=" + baseUrl + ", teamId=" + teamId + ", virtualKey="
                + (virtualKey == null ? "null" : "(hidden)") + ", model=" + model + ", createAndCall=" + createAndCall
                + ", " + retry + ", " + emulator + "}";
    }

    /**
     * The client's {@link dev.saasllm.RetryPolicy}; by default none (one attempt).
     *
     * @param maxAttempts attempts of a request in all, the first included; 1 (the default) retries nothing
     * @param initialDelay the wait before the first retry (default 500ms)
     * @param multiplier how much each wait grows over the previous one (default 2)
     * @param maxDelay the longest wait between attempts (default 30s)
     * @param jitter the random part of each wait, from 0 to 1 (default 0.2)
     * @param statuses the HTTP statuses that are retried (default 429, 500, 502, 503, 504)
     * @param onTimeout whether a timed-out request is retried (default true)
     * @param onConnectionFailure whether a request that could not connect is retried (default true)
     */
    public record Retry(
            @DefaultValue("1") int maxAttempts,
            Duration initialDelay,
            Double multiplier,
            Duration maxDelay,
            Double jitter,
            Set<Integer> statuses,
            Boolean onTimeout,
            Boolean onConnectionFailure) {}

    /**
     * The embedded emulator (saasllm-emulator on the class path, usually in test scope).
     *
     * @param enabled starts the emulator on a free port and points the client at it, with its team and key
     */
    public record Emulator(@DefaultValue("false") boolean enabled) {}
}
