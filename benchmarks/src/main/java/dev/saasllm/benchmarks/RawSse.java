package dev.saasllm.benchmarks;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSource;

/**
 * The floor for streaming: OkHttp reading the {@code text/event-stream} body line by line, with no
 * parsing beyond spotting the first chunk that carries content. Used for time-to-first-token and
 * for the heap of many concurrent streams.
 */
final class RawSse {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    /** The stream request of a one-call job (create-and-call-stream): system + user message, chat. */
    static final String BODY = "{\"team_id\":\"" + Workload.TEAM + "\",\"job_type\":\"" + Workload.JOB_TYPE
            + "\",\"model\":\"" + Workload.MODEL + "\",\"messages\":[{\"role\":\"system\",\"content\":\""
            + Workload.SYSTEM + "\"},{\"role\":\"user\",\"content\":\"Tell me about Ada Lovelace, please, in a few words.\"}]}";

    private final OkHttpClient http;
    private final String url;
    private final String authorization;

    RawSse(OkHttpClient http, String baseUrl) {
        this.http = http;
        this.url = baseUrl + "/api/jobs/create-and-call-stream";
        this.authorization = "Bearer " + Workload.KEY;
    }

    /** Nanoseconds from sending the request to the first content delta; reads the stream to its end. */
    long timeToFirstToken() throws IOException {
        long start = System.nanoTime();
        long first = -1;
        Request request = new Request.Builder().url(url).header("Authorization", authorization)
                .header("Accept", "text/event-stream").post(RequestBody.create(BODY, JSON)).build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) throw new IOException("stream answered " + response.code());
            BufferedSource source = response.body().source();
            boolean done = false;
            for (String line; !done && (line = source.readUtf8Line()) != null; ) {
                if (!line.startsWith("data:")) continue;
                if (line.contains("[DONE]")) done = true;
                else if (first < 0 && line.contains("\"content\"")) first = System.nanoTime();
                else if (line.contains("\"error\"")) throw new IOException("stream failed: " + line);
            }
            if (!done) throw new IOException("stream cut off");
        }
        if (first < 0) throw new IOException("no content in the stream");
        return first - start;
    }
}
