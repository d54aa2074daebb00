package dev.saasllm;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.ResponseBody;
import retrofit2.Call;

/** The typed client's asynchronous calls, retried as their blocking twins are, cancelled with their future. */
final class AsyncApi {
    private AsyncApi() {}

    @FunctionalInterface
    interface Reader<T> {
        T read(AsyncHttp.Answer answer);
    }

    /**
     * Sends a new call from {@code calls} per attempt, as {@code policy} and {@code kind} allow
     * ({@link AsyncRetry}). Cancelling cancels the attempt in flight or ends the wait for the next.
     */
    static <T> CompletableFuture<T> send(SaasLlmClient client, Supplier<Call<ResponseBody>> calls, String endpoint, String jobId,
                                         RetryPolicy policy, Retries.Kind kind, Reader<T> reader) {
        AtomicBoolean stopped = new AtomicBoolean();
        AtomicReference<Call<ResponseBody>> inFlight = new AtomicReference<>();
        AtomicReference<AsyncRetry> retry = new AtomicReference<>();
        JobFuture<T> future = new JobFuture<>(() -> {
            stopped.set(true);
            Call<ResponseBody> call = inFlight.get();
            if (call != null) call.cancel();
            retry.get().interruptWait();
            return true;
        });
        retry.set(new AsyncRetry(policy, kind, endpoint, jobId, attempt -> {
            Call<ResponseBody> call = calls.get();
            inFlight.set(call);
            if (stopped.get()) call.cancel(); // cancelled between the check and the assignment
            AsyncHttp.enqueue(client, call, endpoint, jobId, attempt);
        }, stopped::get, (answer, failure) -> {
            if (failure != null) {
                future.completeExceptionally(failure);
                return;
            }
            try {
                future.complete(reader.read(answer));
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        }));
        retry.get().start();
        return future;
    }

    /** {@code source.thenApply(f)} whose cancellation reaches {@code source} (and so the HTTP call). */
    static <T, R> CompletableFuture<R> then(CompletableFuture<T> source, Function<T, R> f) {
        JobFuture<R> future = new JobFuture<>(() -> source.cancel(true));
        source.whenComplete((value, failure) -> {
            if (failure != null) {
                future.completeExceptionally(failure);
                return;
            }
            try {
                future.complete(f.apply(value));
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        });
        return future;
    }
}
