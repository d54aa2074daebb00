package dev.saasllm;

import java.io.IOException;
import java.util.function.BiConsumer;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * Sends a request on OkHttp's dispatcher ({@code enqueue}) and hands the body, or the typed
 * failure, to a callback on the dispatcher's thread: no thread waits for the answer.
 */
final class AsyncHttp {
    private AsyncHttp() {}

    /** A successful answer: status and body (with the virtual key redacted). */
    record Answer(int status, String body) {}

    static void enqueue(SaasLlmClient client, Call<ResponseBody> call, String endpoint, String jobId,
                        BiConsumer<Answer, Throwable> done) {
        call.enqueue(new Callback<>() {
            @Override
            public void onResponse(Call<ResponseBody> c, Response<ResponseBody> response) {
                Answer answer;
                try (ResponseBody body = response.isSuccessful() ? response.body() : response.errorBody()) {
                    String text = body == null ? "" : client.redact(body.string());
                    if (!response.isSuccessful()) {
                        done.accept(null, HttpErrors.forStatus(response.code(), response.message(), text,
                                response.headers().get("Retry-After"), endpoint, jobId));
                        return;
                    }
                    answer = new Answer(response.code(), text);
                } catch (IOException e) {
                    done.accept(null, transport(e, endpoint, jobId));
                    return;
                }
                done.accept(answer, null);
            }

            @Override
            public void onFailure(Call<ResponseBody> c, Throwable t) {
                done.accept(null, t instanceof IOException io ? transport(io, endpoint, jobId) : t);
            }
        });
    }

    private static Throwable transport(IOException e, String endpoint, String jobId) {
        // HttpErrors.forIo restores the interrupt flag for an interrupted caller: not wanted on a dispatcher thread.
        boolean wasInterrupted = Thread.currentThread().isInterrupted();
        TransportException mapped = HttpErrors.forIo(e, endpoint, jobId);
        if (!wasInterrupted) Thread.interrupted();
        return mapped;
    }
}
