package dev.saasllm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Runs an asynchronous method over a large batch with at most a given number of jobs in flight, so
 * ten thousand documents do not open ten thousand jobs at once.
 *
 * <pre>{@code
 * List<String> summaries = Batch.mapAsync(documents, 16, analyzer::summarizeAsync).join();
 * }</pre>
 *
 * <p>On the first failure no further item starts (each would cost a credit); the batch then fails
 * with that failure once the items in flight are done, with later failures suppressed into it.
 * Cancelling the batch's future cancels the items in flight, which fails their jobs.
 */
public final class Batch {
    private Batch() {}

    /**
     * Calls {@code call} for every input, at most {@code maxConcurrency} at a time.
     *
     * @param <I> the input type
     * @param <O> the result type
     * @param inputs the items, in order; not null
     * @param maxConcurrency the most items in flight at once; at least 1
     * @param call starts one item's work, e.g. a generated {@code ...Async} method
     * @return the results in the order of {@code inputs}
     * @throws IllegalArgumentException when {@code maxConcurrency} is below 1
     */
    public static <I, O> CompletableFuture<List<O>> mapAsync(List<I> inputs, int maxConcurrency,
                                                             Function<? super I, ? extends CompletableFuture<? extends O>> call) {
        Objects.requireNonNull(call, "call");
        if (maxConcurrency < 1) throw new IllegalArgumentException("maxConcurrency must be at least 1, was " + maxConcurrency);
        Run<I, O> run = new Run<>(List.copyOf(inputs), call);
        run.startMore(maxConcurrency);
        return run.done;
    }

    /** One batch in progress. */
    private static final class Run<I, O> {
        private final List<I> inputs;
        private final Function<? super I, ? extends CompletableFuture<? extends O>> call;
        private final Object[] results;
        private final List<CompletableFuture<? extends O>> inFlight = new ArrayList<>();
        private final CompletableFuture<List<O>> done;
        private int next;
        private int running;
        private Throwable failure;

        private Run(List<I> inputs, Function<? super I, ? extends CompletableFuture<? extends O>> call) {
            this.inputs = inputs;
            this.call = call;
            this.results = new Object[inputs.size()];
            this.done = new CompletableFuture<>() {
                @Override
                public boolean cancel(boolean mayInterruptIfRunning) {
                    if (isDone()) return false;
                    cancelAll();
                    return super.cancel(mayInterruptIfRunning);
                }
            };
        }

        private void startMore(int slots) {
            for (int i = 0; i < slots; i++) {
                int index;
                synchronized (this) {
                    if (failure != null || done.isDone() || next >= inputs.size()) break;
                    index = next++;
                    running++;
                }
                start(index);
            }
            finishIfIdle();
        }

        private void start(int index) {
            CompletableFuture<? extends O> future;
            try {
                future = Objects.requireNonNull(call.apply(inputs.get(index)), "the call returned no future");
            } catch (Throwable e) {
                finished(index, null, e);
                return;
            }
            synchronized (this) {
                inFlight.add(future);
            }
            future.whenComplete((value, error) -> {
                synchronized (this) {
                    inFlight.remove(future);
                }
                finished(index, value, error);
            });
        }

        private void finished(int index, O value, Throwable error) {
            synchronized (this) {
                running--;
                if (error != null) {
                    Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                            ? error.getCause() : error;
                    if (failure == null) failure = cause;
                    else if (failure != cause) failure.addSuppressed(cause);
                } else {
                    results[index] = value;
                }
            }
            startMore(1);
        }

        @SuppressWarnings("unchecked")
        private void finishIfIdle() {
            Throwable failed;
            synchronized (this) {
                if (running > 0 || (failure == null && next < inputs.size())) return;
                failed = failure;
            }
            if (failed != null) done.completeExceptionally(failed);
            else done.complete((List<O>) Arrays.asList(results.clone()));
        }

        private boolean cancelAll() {
            List<CompletableFuture<? extends O>> running;
            synchronized (this) {
                running = new ArrayList<>(inFlight);
                next = inputs.size(); // start nothing more
            }
            running.forEach(f -> f.cancel(true));
            return true;
        }
    }
}
