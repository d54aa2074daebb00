package dev.saasllm;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import okhttp3.ResponseBody;
import retrofit2.Call;

/** The typed client's asynchronous calls: one request each, cancelled with its future. */
final class AsyncApi {
    private AsyncApi() {}

    @FunctionalInterface
    interface Reader<T> {
        T read(AsyncHttp.Answer answer);
    }

    static <T> CompletableFuture<T> send(SaasLlmClient client, Call<ResponseBody> call, String endpoint, String jobId,
                                         Reader<T> reader) {
        JobFuture<T> future = new JobFuture<>(() -> {
            call.cancel();
            return true;
        });
        AsyncHttp.enqueue(client, call, endpoint, jobId, (answer, failure) -> {
            if (failure != null) {
                future.completeExceptionally(failure);
                return;
            }
            try {
                future.complete(reader.read(answer));
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        });
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
