package dev.saasllm;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * {@link Retries} for a request sent on OkHttp's dispatcher: the same decision
 * ({@link Retries#nextDelay}), but a wait schedules the next attempt instead of holding a thread.
 * Runs once; {@code done} gets the answer or the last failure (earlier ones suppressed) exactly once.
 */
final class AsyncRetry {
    private final RetryPolicy policy;
    private final Retries.Kind kind;
    private final String endpoint;
    private final String jobId;
    private final Consumer<BiConsumer<AsyncHttp.Answer, Throwable>> attempt;
    private final BooleanSupplier stopped;
    private final BiConsumer<AsyncHttp.Answer, Throwable> done;
    /** True while a wait for the next attempt is scheduled; whoever clears it owns what comes next. */
    private final AtomicBoolean waiting = new AtomicBoolean();
    private int attempts;
    private volatile SaasLlmException previous;

    /**
     * @param attempt sends one attempt (a new HTTP call each time) and hands its outcome on
     * @param stopped true once the caller wants no further attempt (its future was cancelled)
     */
    AsyncRetry(RetryPolicy policy, Retries.Kind kind, String endpoint, String jobId,
               Consumer<BiConsumer<AsyncHttp.Answer, Throwable>> attempt, BooleanSupplier stopped,
               BiConsumer<AsyncHttp.Answer, Throwable> done) {
        this.policy = policy;
        this.kind = kind;
        this.endpoint = endpoint;
        this.jobId = jobId;
        this.attempt = attempt;
        this.stopped = stopped;
        this.done = done;
    }

    /** Sends the first attempt. */
    AsyncRetry start() {
        attempts++;
        attempt.accept(this::attempted);
        return this;
    }

    /**
     * Ends a scheduled wait at once: {@code done} gets the failure that caused it. False when no
     * wait was scheduled (an attempt is in flight, or all is over).
     */
    boolean interruptWait() {
        if (!waiting.compareAndSet(true, false)) return false;
        done.accept(null, previous);
        return true;
    }

    private void attempted(AsyncHttp.Answer answer, Throwable failure) {
        if (failure == null) {
            done.accept(answer, null);
            return;
        }
        SaasLlmException last = previous;
        if (last != null && last != failure) failure.addSuppressed(last);
        if (failure instanceof SaasLlmException f && !stopped.getAsBoolean()) {
            Duration delay = Retries.nextDelay(policy, kind, attempts, f, endpoint, jobId);
            if (delay != null) {
                previous = f;
                waiting.set(true);
                CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS).execute(() -> {
                    if (!waiting.compareAndSet(true, false)) return; // the wait was interrupted
                    if (stopped.getAsBoolean()) {
                        done.accept(null, f);
                        return;
                    }
                    attempts++;
                    attempt.accept(this::attempted);
                });
                // A stop that came before the wait was marked did not see it: end the wait here.
                if (stopped.getAsBoolean()) interruptWait();
                return;
            }
        }
        done.accept(null, failure);
    }
}
