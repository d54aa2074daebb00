package dev.saasllm.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.RetryPolicy;
import dev.saasllm.ServerException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The pipeline's decisions that need no server: backoff, Retry-After, loopback. */
class PipelineRulesTest {
    @Test
    void retryAfterAsAnHttpDate() {
        Instant now = Instant.parse("2026-11-27T21:00:00Z");
        assertEquals(Duration.ofSeconds(90), HttpErrors.retryAfter("Fri, 27 Nov 2026 21:01:30 GMT", now));
        assertEquals(Duration.ZERO, HttpErrors.retryAfter("Fri, 27 Nov 2026 20:00:00 GMT", now));
        assertNull(HttpErrors.retryAfter("soon", now));
        assertNull(HttpErrors.retryAfter("-3", now));
    }

    @Test
    void loopbackHostsAreRecognised() {
        assertTrue(PlainHttpWarning.isLoopback("127.0.0.2"));
        assertFalse(PlainHttpWarning.isLoopback("10.0.0.1"));
        assertFalse(PlainHttpWarning.isLoopback("localhost.example.com"));
    }

    @Test
    void backoffGrowsExponentiallyWithJitterUpToTheMaximum() {
        RetryPolicy policy = RetryPolicy.builder().initialDelay(Duration.ofMillis(100)).multiplier(2).jitter(0.5)
                .maxDelay(Duration.ofMillis(1000)).build();
        ServerException failure = new ServerException("x", "e", null, 503, null, null);
        for (int i = 0; i < 50; i++) {
            assertBetween(50, 100, Retries.delay(policy, 1, failure));
            assertBetween(100, 200, Retries.delay(policy, 2, failure));
            assertBetween(200, 400, Retries.delay(policy, 3, failure));
            assertBetween(500, 1000, Retries.delay(policy, 10, failure));
        }
        RetryPolicy noJitter = policy.toBuilder().jitter(0).build();
        assertEquals(Duration.ofMillis(400), Retries.delay(noJitter, 3, failure));
    }

    @Test
    void retryAfterIsTheLeastWaitAndAboveTheMaximumEndsTheRetries() {
        RetryPolicy policy = RetryPolicy.builder().initialDelay(Duration.ofMillis(100)).jitter(0)
                .maxDelay(Duration.ofSeconds(5)).build();
        assertEquals(Duration.ofMillis(100), Retries.delay(policy, 1, limited(0)), "Retry-After: 0 still backs off");
        assertEquals(Duration.ofSeconds(2), Retries.delay(policy, 1, limited(2)), "a longer Retry-After wins");
        assertNull(Retries.delay(policy, 1, limited(6)), "longer than maxDelay: give up rather than ignore the server");
    }

    private static dev.saasllm.RateLimitException limited(long seconds) {
        return new dev.saasllm.RateLimitException("429", "e", null, 429, null, null, Duration.ofSeconds(seconds));
    }

    private static void assertBetween(long minMillis, long maxMillis, Duration actual) {
        assertTrue(actual.toNanos() >= minMillis * 1_000_000 && actual.toNanos() <= maxMillis * 1_000_000,
                actual + " not in [" + minMillis + ", " + maxMillis + "] ms");
    }
}
