package dev.saasllm;

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

    JobFuture(BooleanSupplier stop) {
        this.stop = stop;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        if (isDone() || !stop.getAsBoolean()) return false;
        return super.cancel(mayInterruptIfRunning);
    }
}
