package dev.saasllm.emulator;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Raw HTTP against an emulator with OkHttp, independent of the emulator's own JSON code. */
final class RawHttp {
    static final MediaType JSON = MediaType.get("application/json");
    private static final JsonAdapter<Object> ADAPTER = new Moshi.Builder().build().adapter(Object.class);
    static final OkHttpClient SHARED = new OkHttpClient.Builder()
            .readTimeout(Duration.ofSeconds(20))
            .build();

    private final SaasLlmEmulator emulator;
    private final OkHttpClient client;

    RawHttp(SaasLlmEmulator emulator) {
        this(emulator, SHARED);
    }

    RawHttp(SaasLlmEmulator emulator, OkHttpClient client) {
        this.emulator = emulator;
        this.client = client;
    }

    /** A response read fully. */
    record Reply(int status, Headers headers, String body) {
        Object json() {
            try {
                return ADAPTER.fromJson(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> map() {
            return (Map<String, Object>) json();
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> map(String key) {
            return (Map<String, Object>) map().get(key);
        }

        @SuppressWarnings("unchecked")
        List<Object> list(String key) {
            return (List<Object>) map().get(key);
        }

        String string(String key) {
            return (String) map().get(key);
        }

        Object detail() {
            return map().get("detail");
        }
    }

    Request.Builder request(String path) {
        return new Request.Builder()
                .url(emulator.baseUrl() + path)
                .header("Authorization", "Bearer " + emulator.virtualKey());
    }

    Reply post(String path, String json) {
        return execute(request(path).post(RequestBody.create(json, JSON)).build());
    }

    Reply get(String path) {
        return execute(request(path).get().build());
    }

    Reply patch(String path, String json) {
        return execute(request(path).patch(RequestBody.create(json, JSON)).build());
    }

    Reply execute(Request request) {
        try (Response response = client.newCall(request).execute()) {
            return new Reply(response.code(), response.headers(), response.body().string());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String write(Object value) {
        return ADAPTER.toJson(value);
    }

    // ---- The usual steps ---------------------------------------------------------------

    String createJob() {
        Reply reply = post("/api/jobs/create",
                "{\"team_id\":\"" + emulator.teamId() + "\",\"job_type\":\"test\"}");
        if (reply.status() != 200) throw new AssertionError("create failed: " + reply);
        return reply.string("job_id");
    }

    Reply call(String jobId, String userMessage) {
        return post("/api/jobs/" + jobId + "/llm-call", chat("ResumeAgent", userMessage));
    }

    Reply complete(String jobId, String status) {
        return post("/api/jobs/" + jobId + "/complete", "{\"status\":\"" + status + "\"}");
    }

    static String chat(String model, String userMessage) {
        return write(Map.of("model", model,
                "messages", List.of(Map.of("role", "user", "content", userMessage))));
    }
}
