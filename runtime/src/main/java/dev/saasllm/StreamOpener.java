package dev.saasllm;

import java.io.IOException;
import java.util.List;
import okhttp3.Call;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Opens {@code llm-call-stream} over the client's OkHttp: HTTP errors before the stream are thrown
 * typed, and retried under the call's retry policy (nothing has reached the caller yet). A failure
 * once the stream has started is not retried: tokens were already delivered.
 */
final class StreamOpener {
    static final String LLM_CALL_STREAM = "POST /api/jobs/{job_id}/llm-call-stream";

    private StreamOpener() {}

    static ChatStream open(SaasLlmClient client, String jobId, List<ChatMessage> messages, CallOptions options,
                           ResponseFormat format) {
        String model = client.resolveModel(options);
        Request request = new Request.Builder()
                .url(client.baseUrl().newBuilder().addPathSegments("api/jobs").addPathSegment(jobId)
                        .addPathSegment("llm-call-stream").build())
                .header("Accept", "text/event-stream")
                .post(WireRequests.llmCall(model, messages, options, format))
                .build();
        return Retries.run(client.retryPolicy(options), Retries.Kind.REPEATABLE, LLM_CALL_STREAM, jobId,
                () -> openOnce(client, request, jobId));
    }

    private static ChatStream openOnce(SaasLlmClient client, Request request, String jobId) {
        Call call = client.streamingHttpClient().newCall(request);
        Response response;
        try {
            response = call.execute();
        } catch (IOException e) {
            throw HttpErrors.forIo(e, LLM_CALL_STREAM, jobId);
        }
        if (!response.isSuccessful()) {
            String body;
            try (ResponseBody errorBody = response.body()) {
                body = errorBody == null ? "" : client.redact(errorBody.string());
            } catch (IOException e) {
                throw HttpErrors.forIo(e, LLM_CALL_STREAM, jobId);
            }
            throw HttpErrors.forStatus(response.code(), response.message(), body, response.header("Retry-After"),
                    LLM_CALL_STREAM, jobId);
        }
        return new ChatStream(call, response, LLM_CALL_STREAM, jobId, client::redact);
    }
}
