package dev.saasllm;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * Runs one request under a {@link RetryPolicy}. What may be repeated depends on the request: an
 * LLM call or a read on every failure the policy retries; creating or completing a job only when
 * the server provably did nothing with it, so that a retry never opens a second job (a second
 * credit) nor completes a job twice (which toggles its charge).
 */
final class Retries {
    private static final Logger LOG = System.getLogger("dev.saasllm.retries");

    /** How safe a request is to send again. */
    enum Kind {
        /** Repeating it changes nothing the caller pays for: LLM calls in a job, reads. */
        REPEATABLE,
        /** Repeating it after the server acted would duplicate its effect: create, complete. */
        ONCE_ONLY
    }

    private Retries() {}

    static <T> T run(RetryPolicy policy, Kind kind, String endpoint, String jobId, Supplier<T> attempt) {
        SaasLlmException previous = null;
        for (int n = 1; ; n++) {
            try {
                return attempt.get();
            } catch (SaasLlmException failure) {
                if (previous != null) failure.addSuppressed(previous);
                Duration delay = nextDelay(policy, kind, n, failure, endpoint, jobId);
                if (delay == null || !sleep(delay)) throw failure;
                previous = failure;
            }
        }
    }

    /**
     * The one retry decision of both paths (blocking and asynchronous): the wait before attempt
     * {@code n + 1} after {@code failure} ended attempt {@code n}, or null to give up — attempts used
     * up, a failure the policy or {@code kind} does not repeat, or a {@code Retry-After} longer than
     * the policy's maximum delay.
     */
    static Duration nextDelay(RetryPolicy policy, Kind kind, int n, SaasLlmException failure, String endpoint, String jobId) {
        if (n >= policy.maxAttempts() || !retryable(policy, kind, failure)) return null;
        Duration delay = policy.delayBefore(n, failure);
        if (delay == null) return null; // the server asked for a longer wait than the policy allows
        LOG.log(Level.DEBUG, () -> "Retrying " + endpoint + (jobId == null ? "" : " for job " + jobId) + " after "
                + reason(failure) + " in " + delay.toMillis() + " ms (attempt " + (n + 1) + " of " + policy.maxAttempts() + ")");
        return delay;
    }

    /**
     * Whether a complete that failed may have been applied, so that the job must be read before it
     * is sent again (settled: done; still open: complete again). A failure that proves nothing was
     * applied was already retried by {@link #nextDelay}; one the policy does not retry is thrown.
     */
    static boolean readBeforeCompletingAgain(RetryPolicy settlePolicy, SaasLlmException failure) {
        return settlePolicy.maxAttempts() >= 2 && settlePolicy.retries(failure) && !provablyUnprocessed(failure);
    }

    static boolean retryable(RetryPolicy policy, Kind kind, SaasLlmException failure) {
        if (!policy.retries(failure)) return false;
        return kind == Kind.REPEATABLE || provablyUnprocessed(failure);
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

    /**
     * The body marked one-shot, so that OkHttp does not silently send it again after a connection
     * failure once it was written (its own recovery): for complete, whose repeat toggles the charge.
     * Whether to repeat is then decided here, knowing the job's state.
     */
    static RequestBody sentOnce(RequestBody body) {
        return new RequestBody() {
            @Override public MediaType contentType() { return body.contentType(); }
            @Override public long contentLength() throws IOException { return body.contentLength(); }
            @Override public void writeTo(BufferedSink sink) throws IOException { body.writeTo(sink); }
            @Override public boolean isOneShot() { return true; }
        };
    }

    private static String reason(SaasLlmException failure) {
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
}
