package dev.saasllm.internal.wire;

import dev.saasllm.CallOptions;
import dev.saasllm.ChatMessage;
import dev.saasllm.JobStatus;

import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.Buffer;
import okio.BufferedSink;

/**
 * Writes request bodies with Moshi's streaming {@link JsonWriter}. Only options that are set go on
 * the wire, so the server's defaults apply to the rest.
 */
final class WireRequests {
    static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private WireRequests() {}

    static RequestBody createJob(String teamId, String jobType, String userId, Map<String, ?> metadata) {
        return write(w -> {
            w.name("team_id").value(teamId);
            w.name("job_type").value(jobType);
            if (userId != null) w.name("user_id").value(userId);
            if (metadata != null) w.name("metadata").jsonValue(metadata);
        });
    }

    /**
     * The body of {@code llm-call}, which {@code llm-call-stream} shares. Sends the model as both
     * {@code model} and its pre-2025-10-20 name {@code model_group}; servers ignore the one they
     * do not know.
     */
    static RequestBody llmCall(String model, List<ChatMessage> messages, CallOptions options, ResponseFormat format) {
        return write(w -> {
            callFields(w, model, messages, options, format);
            if (options.metadata() != null) w.name("call_metadata").jsonValue(options.metadata());
        });
    }

    /**
     * The body of {@code create-and-call}: a job's fields ({@code job_metadata}, not
     * {@code metadata}) and a call's. The server has no {@code call_metadata} here, so the call's
     * metadata joins the job's.
     */
    static RequestBody createAndCall(String teamId, String jobType, String userId, Map<String, ?> jobMetadata,
                                     String model, List<ChatMessage> messages, CallOptions options, ResponseFormat format) {
        return write(w -> {
            w.name("team_id").value(teamId);
            w.name("job_type").value(jobType);
            if (userId != null) w.name("user_id").value(userId);
            if (jobMetadata != null || options.metadata() != null) {
                Map<String, Object> all = new LinkedHashMap<>();
                if (jobMetadata != null) all.putAll(jobMetadata);
                if (options.metadata() != null) all.putAll(options.metadata());
                w.name("job_metadata").jsonValue(all);
            }
            callFields(w, model, messages, options, format);
        });
    }

    private static void callFields(JsonWriter w, String model, List<ChatMessage> messages, CallOptions options,
                                   ResponseFormat format) throws IOException {
        w.name("model").value(model);
        w.name("model_group").value(model);
        w.name("messages").beginArray();
        for (ChatMessage message : messages) {
            w.beginObject();
            w.name("role").value(message.role());
            w.name("content").value(message.content());
            w.endObject();
        }
        w.endArray();
        if (options.purpose() != null) w.name("purpose").value(options.purpose());
        if (options.temperature() != null) w.name("temperature").value(options.temperature());
        if (options.maxTokens() != null) w.name("max_tokens").value(options.maxTokens());
        if (options.topP() != null) w.name("top_p").value(options.topP());
        if (options.frequencyPenalty() != null) w.name("frequency_penalty").value(options.frequencyPenalty());
        if (options.presencePenalty() != null) w.name("presence_penalty").value(options.presencePenalty());
        if (options.stop() != null) {
            w.name("stop").beginArray();
            for (String stop : options.stop()) w.value(stop);
            w.endArray();
        }
        if (format != null) {
            w.name("response_format").beginObject();
            w.name("type").value("json_schema");
            w.name("json_schema").beginObject();
            w.name("name").value(format.name());
            // The schema is already JSON, built once per type: copied, never re-parsed.
            w.name("schema");
            try (BufferedSink sink = w.valueSink()) {
                sink.writeUtf8(format.schemaJson());
            }
            w.name("strict").value(true);
            w.endObject();
            w.endObject();
        }
    }

    /**
     * Marked one-shot, so that OkHttp does not silently send it again after a connection failure
     * once it was written (its own recovery): a repeated complete toggles the charge. Whether to
     * repeat is decided by the settle rules, knowing the job's state.
     */
    static RequestBody complete(JobStatus status, Map<String, ?> metadata, String errorMessage) {
        return new JsonBody(w -> {
            w.name("status").value(status.wireName());
            if (metadata != null) w.name("metadata").jsonValue(metadata);
            if (errorMessage != null) w.name("error_message").value(errorMessage);
        }, true);
    }

    /** The body of {@code PATCH /api/jobs/{job_id}/metadata}. */
    static RequestBody metadata(Map<String, ?> metadata) {
        return write(w -> w.name("metadata").jsonValue(metadata));
    }

    private interface Fields {
        void write(JsonWriter writer) throws IOException;
    }

    private static RequestBody write(Fields fields) {
        return new JsonBody(fields, false);
    }

    /**
     * A JSON body written once into a buffer (its length goes in {@code Content-Length}) whose
     * segments then move to the socket as they are, not copied. Should OkHttp send the body again
     * (its recovery from a stale pooled connection), it is written anew: the writer is deterministic.
     */
    private static final class JsonBody extends RequestBody {
        private final Fields fields;
        private final long length;
        private final boolean oneShot;
        private Buffer written;

        JsonBody(Fields fields, boolean oneShot) {
            this.fields = fields;
            this.oneShot = oneShot;
            this.written = json(fields);
            this.length = written.size();
        }

        @Override public MediaType contentType() { return JSON; }
        @Override public long contentLength() { return length; }
        @Override public boolean isOneShot() { return oneShot; }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            Buffer body;
            synchronized (this) {
                body = written;
                written = null;
            }
            if (body == null) body = json(fields);
            sink.write(body, body.size());
        }

        private static Buffer json(Fields fields) {
            Buffer buffer = new Buffer();
            try (JsonWriter writer = JsonWriter.of(buffer)) {
                writer.setSerializeNulls(true);
                writer.beginObject();
                fields.write(writer);
                writer.endObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e); // an in-memory buffer does not fail
            }
            return buffer;
        }
    }
}
