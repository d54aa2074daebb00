package dev.saasllm.internal.http;

import dev.saasllm.CallTimeoutException;
import dev.saasllm.RateLimitException;
import dev.saasllm.RetryPolicy;
import dev.saasllm.SaasLlmException;
import dev.saasllm.TransportException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * The one retry loop of every request, blocking or asynchronous (an asynchronous request runs this
 * same loop on the client's executor). What may be repeated depends on the request: an LLM call or
 * a read on every failure the policy retries; creating a job only when the server provably did
 * nothing with it, so that a retry never opens a second job (a second credit).
 */
final class Retries {
    private static final Logger LOG = System.getLogger("dev.saasllm.retries");

    /** How safe a request is to send again. */
    enum Kind {
        /** Repeating it changes nothing the caller pays for: LLM calls in a job, reads. */
        REPEATABLE,
        /** Repeating it after the server acted would duplicate its effect: create, create-and-call. */
        ONCE_ONLY
    }

    private Retries() {}

    static <T> T run(RetryPolicy policy, Kind kind, String endpoint, String jobId, Supplier<T> attempt) {
        return run(policy, kind, endpoint, jobId, null, attempt);
    }

    /** {@link #run} telling {@code handle} (may be null) of each failure that is retried. */
    static <T> T run(RetryPolicy policy, Kind kind, String endpoint, String jobId, Pipeline.Handle handle,
                     Supplier<T> attempt) {
        SaasLlmException previous = null;
        for (int n = 1; ; n++) {
            try {
                return attempt.get();
            } catch (SaasLlmException failure) {
                if (previous != null) failure.addSuppressed(previous);
                Duration delay = nextDelay(policy, kind, n, failure, endpoint, jobId);
                if (delay == null) throw failure;
                if (handle != null) handle.retrying(failure);
                if (!sleep(delay)) throw failure;
                previous = failure;
            }
        }
    }

    /**
     * The wait before attempt {@code n + 1} after {@code failure} ended attempt {@code n}, or null
     * to give up: attempts used up, a failure the policy or {@code kind} does not repeat, or a
     * {@code Retry-After} longer than the policy's maximum delay.
     */
    static Duration nextDelay(RetryPolicy policy, Kind kind, int n, SaasLlmException failure, String endpoint, String jobId) {
        if (n >= policy.maxAttempts() || !policy.retries(failure)) return null;
        if (kind == Kind.ONCE_ONLY && !provablyUnprocessed(failure)) return null;
        Duration delay = delay(policy, n, failure);
        if (delay == null) return null; // the server asked for a longer wait than the policy allows
        LOG.log(Level.DEBUG, () -> "Retrying " + endpoint + (jobId == null ? "" : " for job " + jobId) + " after "
                + reason(failure) + " in " + delay.toMillis() + " ms (attempt " + (n + 1) + " of " + policy.maxAttempts() + ")");
        return delay;
    }

    /**
     * The wait before attempt {@code attempt + 1} (1-based): {@code initialDelay *
     * multiplier^(attempt-1)} capped at {@code maxDelay}, minus up to {@code jitter} of itself so that
     * many clients do not come back in lockstep — or the server's {@code Retry-After} when it asks
     * for longer. Null when the server asks for a longer wait than {@code maxDelay}.
     */
    static Duration delay(RetryPolicy policy, int attempt, SaasLlmException failure) {
        Duration asked = retryAfter(failure);
        if (asked != null && asked.compareTo(policy.maxDelay()) > 0) return null;
        return atLeast(backoff(policy, attempt), asked);
    }

    /** {@code initialDelay * multiplier^(attempt-1)}, capped at {@code maxDelay}, minus up to {@code jitter} of itself. */
    static Duration backoff(RetryPolicy policy, int attempt) {
        double base = policy.initialDelay().toNanos() * Math.pow(policy.multiplier(), attempt - 1);
        double capped = Math.min(base, policy.maxDelay().toNanos());
        return Duration.ofNanos((long) (capped * (1 - policy.jitter() * ThreadLocalRandom.current().nextDouble())));
    }

    /** The failure's {@code Retry-After}, or null. */
    static Duration retryAfter(SaasLlmException failure) {
        return failure instanceof RateLimitException limited ? limited.retryAfter().orElse(null) : null;
    }

    // Retry-After is the least wait; a "0" from every limited client at once must not become a stampede.
    static Duration atLeast(Duration backoff, Duration retryAfter) {
        return retryAfter != null && retryAfter.compareTo(backoff) > 0 ? retryAfter : backoff;
    }

    /**
     * A 429 is answered before the request is handled; a refused connection never carried it. Any
     * other failure (5xx, a reset, a timeout) may come after the server acted.
     */
    static boolean provablyUnprocessed(SaasLlmException failure) {
        if (failure.statusCode() == 429) return true;
        return failure instanceof TransportException && !(failure instanceof CallTimeoutException)
                && failure.getCause() instanceof ConnectException;
    }

    static String reason(SaasLlmException failure) {
        return failure.statusCode() != 0 ? "HTTP " + failure.statusCode() : failure.getClass().getSimpleName();
    }

    // False when interrupted: the caller wants to stop, and gets the last failure with the flag kept.
    private static boolean sleep(Duration delay) {
        try {
            TimeUnit.NANOSECONDS.sleep(delay.toNanos());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Waits {@code delay} whatever interrupts arrive (settling must finish); they are kept for the caller. */
    static void sleepUninterruptibly(Duration delay) {
        long end = System.nanoTime() + delay.toNanos();
        boolean interrupted = false;
        for (long left; (left = end - System.nanoTime()) > 0; ) {
            LockSupport.parkNanos(left);
            if (Thread.interrupted()) interrupted = true;
        }
        if (interrupted) Thread.currentThread().interrupt();
    }
}
