package dev.saasllm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Bounded concurrency, input order, stop on the first failure, cancellation of what runs. */
class BatchTest {
    private final List<CompletableFuture<String>> started = new ArrayList<>();

    private CompletableFuture<String> call(Integer input) {
        CompletableFuture<String> future = new CompletableFuture<>();
        started.add(future);
        return future;
    }

    @Test
    void neverMoreThanTheLimitInFlightAndResultsInInputOrder() throws Exception {
        List<Integer> inputs = IntStream.range(0, 10).boxed().toList();
        CompletableFuture<List<String>> batch = Batch.mapAsync(inputs, 3, this::call);
        assertEquals(3, started.size());
        // Finish out of order: each completion starts exactly one more.
        started.get(2).complete("r2");
        assertEquals(4, started.size());
        started.get(0).complete("r0");
        started.get(1).complete("r1");
        assertEquals(6, started.size());
        for (int i = 3; i < 10; i++) {
            assertTrue(started.size() - countDone() <= 3);
            started.get(i).complete("r" + i);
        }
        assertEquals(IntStream.range(0, 10).mapToObj(i -> "r" + i).toList(), batch.get());
    }

    @Test
    void theFirstFailureStopsNewItemsAndFailsTheBatchOnceTheRunningOnesEnd() {
        CompletableFuture<List<String>> batch = Batch.mapAsync(List.of(1, 2, 3, 4, 5), 2, this::call);
        IllegalStateException boom = new IllegalStateException("boom");
        started.get(0).completeExceptionally(boom);
        assertEquals(2, started.size(), "nothing new starts after a failure");
        assertFalse(batch.isDone(), "waits for the item still running");
        started.get(1).complete("late");
        ExecutionException e = assertThrows(ExecutionException.class, batch::get);
        assertSame(boom, e.getCause());
    }

    @Test
    void cancellingTheBatchCancelsTheItemsInFlight() {
        CompletableFuture<List<String>> batch = Batch.mapAsync(List.of(1, 2, 3), 2, this::call);
        assertTrue(batch.cancel(true));
        assertTrue(started.get(0).isCancelled() && started.get(1).isCancelled());
        assertEquals(2, started.size());
    }

    @Test
    void anEmptyBatchIsDoneAtOnce() throws Exception {
        assertEquals(List.of(), Batch.mapAsync(List.<Integer>of(), 4, this::call).get());
    }

    private long countDone() {
        return started.stream().filter(CompletableFuture::isDone).count();
    }
}
