package dev.saasllm;

import java.time.Duration;
import java.util.Optional;

/** 429: rate limited by the server or a gateway in front of it. */
public class RateLimitException extends SaasLlmException {
    /** How long the server asked to wait; null when it did not say. */
    private final Duration retryAfter;

    /**
     * A 429.
     *
     * @param message what went wrong, for people
     * @param endpoint the failed request's endpoint, e.g. {@code POST /api/jobs/create}, or null
     * @param jobId the job concerned, or null
     * @param statusCode the HTTP status
     * @param detail the server's {@code detail}, or null
     * @param rawBody the raw answer body, or null
     * @param retryAfter the {@code Retry-After} wait, or null
     */
    public RateLimitException(String message, String endpoint, String jobId, int statusCode, String detail,
                       String rawBody, Duration retryAfter) {
        super(message, endpoint, jobId, statusCode, detail, rawBody, null);
        this.retryAfter = retryAfter;
    }

    /**
     * How long to wait, from the {@code Retry-After} header, when the answer had one.
     *
     * @return the wait the server asked for, if any
     */
    public Optional<Duration> retryAfter() { return Optional.ofNullable(retryAfter); }
}
