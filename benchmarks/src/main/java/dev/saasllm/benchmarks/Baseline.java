package dev.saasllm.benchmarks;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * What a careful engineer writes by hand with OkHttp and Moshi for one structured-output job:
 * create, call, parse, complete (failed on any error). It sends the same bodies as the generated
 * client ({@code SameRequestsTest} proves it), so the two are compared on equal work.
 */
final class Baseline {
    static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    /** The schema the processor derives from {@link Profile}, written out by hand. */
    static final String PROFILE_SCHEMA = "{\"type\":\"object\",\"properties\":{"
            + "\"name\":{\"type\":\"string\"},\"email\":{\"type\":\"string\"},\"phone\":{\"type\":\"string\"},"
            + "\"yearsExperience\":{\"type\":\"integer\",\"description\":\"Whole years of professional experience\"},"
            + "\"skills\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"education\":{\"type\":\"string\"}},"
            + "\"required\":[\"name\",\"email\",\"phone\",\"yearsExperience\",\"skills\",\"education\"],"
            + "\"additionalProperties\":false}";

    /**
     * The job metadata the generated client sends: the method and the compile-time fingerprint of
     * its prompt (copied from the generated source; {@code SameRequestsTest} fails when it changes).
     */
    static final Map<String, String> EXTRACT_METADATA = Map.of(
            "saasllm_method", "ProfileExtractor.extract", "saasllm_fingerprint", "c980d2bea52aaf6d");

    // Wire types, bound by Moshi's reflective adapters (built once, below).
    static final class CreateJob {
        @Json(name = "team_id") String teamId;
        @Json(name = "job_type") String jobType;
        Map<String, String> metadata;
    }

    static final class Message {
        String role;
        String content;
        Message(String role, String content) { this.role = role; this.content = content; }
    }

    static final class JsonSchema {
        String name;
        Object schema;
        boolean strict;
    }

    static final class ResponseFormat {
        String type;
        @Json(name = "json_schema") JsonSchema jsonSchema;
    }

    static final class LlmCall {
        String model;
        @Json(name = "model_group") String modelGroup;
        List<Message> messages;
        @Json(name = "response_format") ResponseFormat responseFormat;
    }

    static final class CreateAndCall {
        @Json(name = "team_id") String teamId;
        @Json(name = "job_type") String jobType;
        String model;
        List<Message> messages;
        @Json(name = "response_format") ResponseFormat responseFormat;
    }

    static final class Complete {
        String status;
        @Json(name = "error_message") String errorMessage;
    }

    static final class Created {
        @Json(name = "job_id") String jobId;
    }

    static final class Answer {
        String content;
        @Json(name = "finish_reason") String finishReason;
    }

    static final class CallResult {
        @Json(name = "call_id") String callId;
        Answer response;
    }

    static final class Costs {
        @Json(name = "total_calls") int totalCalls;
        @Json(name = "credit_applied") boolean creditApplied;
        @Json(name = "credits_remaining") long creditsRemaining;
    }

    static final class Completion {
        @Json(name = "job_id") String jobId;
        String status;
        @Json(name = "completed_at") String completedAt;
        Costs costs;
    }

    static final class CreateAndCallResult {
        @Json(name = "job_id") String jobId;
        String status;
        Answer response;
        Costs costs;
    }

    private final OkHttpClient http;
    private final String baseUrl;
    private final String authorization;
    private final String teamId;
    private final JsonAdapter<CreateJob> createJob;
    private final JsonAdapter<LlmCall> llmCall;
    private final JsonAdapter<CreateAndCall> createAndCall;
    private final JsonAdapter<Complete> complete;
    private final JsonAdapter<Created> created;
    private final JsonAdapter<CallResult> callResult;
    private final JsonAdapter<Completion> completion;
    private final JsonAdapter<CreateAndCallResult> createAndCallResult;
    private final JsonAdapter<Profile> profile;
    private final ResponseFormat format;

    Baseline(OkHttpClient http, String baseUrl, String teamId, String virtualKey) {
        this.http = http;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.authorization = "Bearer " + virtualKey;
        this.teamId = teamId;
        Moshi moshi = new Moshi.Builder().build();
        this.createJob = moshi.adapter(CreateJob.class);
        this.llmCall = moshi.adapter(LlmCall.class);
        this.createAndCall = moshi.adapter(CreateAndCall.class);
        this.complete = moshi.adapter(Complete.class);
        this.created = moshi.adapter(Created.class);
        this.callResult = moshi.adapter(CallResult.class);
        this.completion = moshi.adapter(Completion.class);
        this.createAndCallResult = moshi.adapter(CreateAndCallResult.class);
        this.profile = moshi.adapter(Profile.class);
        try {
            JsonSchema schema = new JsonSchema();
            schema.name = "Profile";
            schema.schema = moshi.adapter(Object.class).fromJson(PROFILE_SCHEMA);
            schema.strict = true;
            this.format = new ResponseFormat();
            format.type = "json_schema";
            format.jsonSchema = schema;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One job in three requests: create, llm-call, complete. */
    Profile extract(String text) throws IOException {
        CreateJob create = new CreateJob();
        create.teamId = teamId;
        create.jobType = Workload.JOB_TYPE;
        create.metadata = EXTRACT_METADATA;
        String jobId = post("/api/jobs/create", createJob.toJson(create), created).jobId;
        Profile result;
        try {
            LlmCall call = new LlmCall();
            call.model = Workload.MODEL;
            call.modelGroup = Workload.MODEL;
            call.messages = messages(text);
            call.responseFormat = format;
            CallResult answer = post("/api/jobs/" + jobId + "/llm-call", llmCall.toJson(call), callResult);
            result = profile.fromJson(answer.response.content);
        } catch (IOException | RuntimeException e) {
            Complete failed = new Complete();
            failed.status = "failed";
            failed.errorMessage = String.valueOf(e.getMessage());
            try {
                post("/api/jobs/" + jobId + "/complete", complete.toJson(failed), completion);
            } catch (IOException | RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        Complete done = new Complete();
        done.status = "completed";
        post("/api/jobs/" + jobId + "/complete", complete.toJson(done), completion);
        return result;
    }

    /** One job in one request: create-and-call (the server completes it). */
    Profile extractInOneRequest(String text) throws IOException {
        CreateAndCall body = new CreateAndCall();
        body.teamId = teamId;
        body.jobType = Workload.JOB_TYPE;
        body.model = Workload.MODEL;
        body.messages = messages(text);
        body.responseFormat = format;
        CreateAndCallResult result = post("/api/jobs/create-and-call", createAndCall.toJson(body), createAndCallResult);
        return profile.fromJson(result.response.content);
    }

    private static List<Message> messages(String text) {
        return List.of(new Message("system", Workload.SYSTEM), new Message("user", "Extract the profile:\n\n" + text));
    }

    private <T> T post(String path, String json, JsonAdapter<T> reader) throws IOException {
        Request request = new Request.Builder()
                .url(baseUrl + path)
                .header("Authorization", authorization)
                .post(RequestBody.create(json, JSON))
                .build();
        try (Response response = http.newCall(request).execute()) {
            String body = response.body().string();
            if (!response.isSuccessful()) {
                throw new IOException(path + " answered " + response.code() + ": " + body);
            }
            T value = reader.fromJson(body);
            if (value == null) throw new IOException(path + " answered null");
            return value;
        }
    }
}
