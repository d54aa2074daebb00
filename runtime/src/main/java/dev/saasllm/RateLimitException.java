package dev.saasllm;

import java.time.Duration;
import java.util.Optional;

/** 429: rate limited by the server or a gateway in front of it. */
public class RateLimitException extends SaasLlmException {
    private final Duration retryAfter;

    public RateLimitException(String message, String endpoint, String jobId, int statusCode, String detail,
                       String rawBody, Duration retryAfter) {
        super(message, endpoint, jobId, statusCode, detail, rawBody, null);
        this.retryAfter = retryAfter;
    }

    /** How long to wait, from the {@code Retry-After} header, when the answer had one. */
    public Optional<Duration> retryAfter() { return Optional.ofNullable(retryAfter); }
}
