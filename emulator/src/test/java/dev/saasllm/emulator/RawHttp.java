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
    private final String key;

    RawHttp(SaasLlmEmulator emulator) {
        this(emulator, SHARED);
    }

    RawHttp(SaasLlmEmulator emulator, OkHttpClient client) {
        this(emulator, client, emulator.virtualKey());
    }

    private RawHttp(SaasLlmEmulator emulator, OkHttpClient client, String key) {
        this.emulator = emulator;
        this.client = client;
        this.key = key;
    }

    /** The same client authenticating with another team's key. */
    RawHttp withKey(String key) {
        return new RawHttp(emulator, client, key);
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
                .header("Authorization", "Bearer " + key);
    }

    Reply post(String path, String json) {
        return execute(request(path).post(RequestBody.create(json, JSON)).build());
    }

    Reply post(String path, String body, String contentType) {
        return execute(request(path).post(RequestBody.create(body, MediaType.get(contentType))).build());
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

    private static final java.util.regex.Pattern UUID = java.util.regex.Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final java.util.regex.Pattern ZULU = java.util.regex.Pattern.compile(
            "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    private static final java.util.regex.Pattern ISO = java.util.regex.Pattern.compile(
            "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{6})?");

    /**
     * The body with generated values replaced: each distinct UUID by {@code <id1>}, {@code <id2>}, ...
     * in order of appearance, {@code ...Z} timestamps by {@code <zulu>}, isoformat ones by {@code <iso>}.
     */
    static String normalize(String body) {
        java.util.Map<String, String> ids = new java.util.LinkedHashMap<>();
        java.util.regex.Matcher m = UUID.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String id = ids.computeIfAbsent(m.group(), k -> "<id" + (ids.size() + 1) + ">");
            m.appendReplacement(out, id);
        }
        m.appendTail(out);
        String s = ZULU.matcher(out.toString()).replaceAll("<zulu>");
        return ISO.matcher(s).replaceAll("<iso>");
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
