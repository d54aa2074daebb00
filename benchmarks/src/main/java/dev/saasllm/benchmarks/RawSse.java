package dev.saasllm.benchmarks;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSource;

/**
 * The floor for a streamed job: OkHttp reading the {@code text/event-stream} body line by line, with
 * no parsing beyond spotting the first chunk that carries text, and the job opened and completed
 * with hand-written bodies. Used for time-to-first-token and for the heap of many concurrent streams.
 */
final class RawSse {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    static final String QUESTION = "Tell me about Ada Lovelace, please, in a few words.";
    /** The requests {@link ProfileExtractor#answer} makes, written out: create, llm-call-stream, complete. */
    static final String CREATE = "{\"team_id\":\"" + Workload.TEAM + "\",\"job_type\":\"" + Workload.JOB_TYPE
            + "\",\"metadata\":{\"saasllm_method\":\"ProfileExtractor.answer\",\"saasllm_fingerprint\":\"9554d799a67cc1de\"}}";
    static final String CALL = "{\"model\":\"" + Workload.MODEL + "\",\"model_group\":\"" + Workload.MODEL
            + "\",\"messages\":[{\"role\":\"system\",\"content\":\"" + Workload.SYSTEM
            + "\"},{\"role\":\"user\",\"content\":\"" + QUESTION + "\"}]}";
    static final String COMPLETE = "{\"status\":\"completed\"}";

    private final OkHttpClient http;
    private final String url;
    private final String authorization;

    RawSse(OkHttpClient http, String baseUrl) {
        this.http = http;
        this.url = baseUrl + "/api/jobs";
        this.authorization = "Bearer " + Workload.KEY;
    }

    /**
     * One streamed job (create, llm-call-stream read to its end, complete); returns the nanoseconds
     * from the start of the job to the first content delta.
     */
    long timeToFirstToken() throws IOException {
        long start = System.nanoTime();
        long first = -1;
        String jobId;
        try (Response created = http.newCall(post(url + "/create", CREATE)).execute()) {
            String body = created.body().string();
            if (!created.isSuccessful()) throw new IOException("create answered " + created.code());
            int at = body.indexOf("\"job_id\"");
            int open = body.indexOf('"', body.indexOf(':', at) + 1);
            jobId = body.substring(open + 1, body.indexOf('"', open + 1));
        }
        Request request = post(url + "/" + jobId + "/llm-call-stream", CALL).newBuilder()
                .header("Accept", "text/event-stream").build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) throw new IOException("stream answered " + response.code());
            BufferedSource source = response.body().source();
            boolean done = false;
            for (String line; !done && (line = source.readUtf8Line()) != null; ) {
                if (!line.startsWith("data:")) continue;
                if (line.contains("[DONE]")) done = true;
                // The first delta with text: OpenAI's first chunk carries only the role ("content":"").
                else if (first < 0 && line.contains("\"content\":\"") && !line.contains("\"content\":\"\"")) first = System.nanoTime();
                else if (line.contains("\"error\"")) throw new IOException("stream failed: " + line);
            }
            if (!done) throw new IOException("stream cut off");
        }
        if (first < 0) throw new IOException("no content in the stream");
        try (Response completed = http.newCall(post(url + "/" + jobId + "/complete", COMPLETE)).execute()) {
            completed.body().string();
            if (!completed.isSuccessful()) throw new IOException("complete answered " + completed.code());
        }
        return first - start;
    }

    private Request post(String target, String json) {
        return new Request.Builder().url(target).header("Authorization", authorization)
                .post(RequestBody.create(json, JSON)).build();
    }
}
