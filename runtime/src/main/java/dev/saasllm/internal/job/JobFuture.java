package dev.saasllm.internal.job;

import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

/**
 * The future of an asynchronous method. {@link #cancel} asks the job to stop: it cancels the HTTP
 * call in flight and fails the job; it returns false (and the answer still arrives) when the job
 * is already being completed. Futures derived from this one ({@code thenApply}, ...) are plain
 * {@link CompletableFuture}s: cancel this one.
 */
final class JobFuture<R> extends CompletableFuture<R> {
    private final BooleanSupplier stop;
    private volatile boolean stopping;

    JobFuture(BooleanSupplier stop) {
        this.stop = stop;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        if (isDone()) return false;
        stopping = true;
        if (!stop.getAsBoolean()) {
            stopping = false;
            return false;
        }
        super.cancel(mayInterruptIfRunning);
        return isCancelled();
    }

    /** The work failed: as cancelled when a cancel stopped it, else with {@code failure}. */
    void fail(Throwable failure) {
        if (stopping) super.cancel(false);
        else completeExceptionally(failure);
    }
}
