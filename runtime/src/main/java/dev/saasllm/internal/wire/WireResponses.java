package dev.saasllm.internal.wire;

import dev.saasllm.ChatResponse;
import dev.saasllm.Job;
import dev.saasllm.JobCompletion;
import dev.saasllm.JobStatus;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okio.Buffer;

/**
 * Reads response bodies with Moshi's streaming {@link JsonReader}, tolerant of every variant the
 * contract lists: unknown fields are skipped, statuses in either case, timestamps with or without a
 * zone, the job API's own call answer and OpenAI's {@code chat.completion}. A body that is not what
 * the endpoint answers becomes an {@link InvalidResponseException} carrying it.
 */
final class WireResponses {
    private static final JsonReader.Options CREATE = JsonReader.Options.of("job_id");
    private static final JsonReader.Options CALL = JsonReader.Options.of(
            "call_id", "response", "metadata", "id", "model", "choices", "usage");
    private static final JsonReader.Options CALL_RESPONSE = JsonReader.Options.of("content", "finish_reason");
    private static final JsonReader.Options CALL_METADATA = JsonReader.Options.of(
            "tokens_used", "latency_ms", "model", "model_group");
    private static final JsonReader.Options CHOICE = JsonReader.Options.of("message", "finish_reason");
    private static final JsonReader.Options MESSAGE = JsonReader.Options.of("content");
    private static final JsonReader.Options USAGE = JsonReader.Options.of(
            "prompt_tokens", "completion_tokens", "total_tokens");
    private static final JsonReader.Options COMPLETION = JsonReader.Options.of(
            "job_id", "status", "completed_at", "costs", "calls");
    private static final JsonReader.Options COSTS = JsonReader.Options.of(
            "total_calls", "successful_calls", "failed_calls", "total_tokens", "total_cost_usd",
            "avg_latency_ms", "credit_applied", "credits_remaining");
    private static final JsonReader.Options CALL_SUMMARY = JsonReader.Options.of(
            "call_id", "purpose", "model_group", "model", "tokens", "latency_ms", "error");
    private static final JsonReader.Options JOB = JsonReader.Options.of(
            "job_id", "team_id", "user_id", "job_type", "status", "created_at", "started_at",
            "completed_at", "metadata", "error_message", "organization_id", "external_task_id",
            "credit_applied", "model_groups_used");

    private static final JsonReader.Options ONE_CALL = JsonReader.Options.of(
            "job_id", "status", "response", "metadata", "costs", "completed_at");

    private WireResponses() {}

    @FunctionalInterface
    interface Parser<T> {
        T parse(JsonReader reader) throws IOException;
    }

    /** Parses a body read whole; a body that does not fit becomes {@link Wire.Unreadable}. */
    static <T> T read(byte[] body, Parser<T> parser) {
        try (JsonReader reader = JsonReader.of(new Buffer().write(body))) {
            if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
                throw new JsonDataException("Expected a JSON object but was " + reader.peek() + " at path " + reader.getPath());
            }
            return parser.parse(reader);
        } catch (IOException | JsonDataException | IllegalArgumentException e) {
            throw new Wire.Unreadable(e.getMessage(), new String(body, java.nio.charset.StandardCharsets.UTF_8), e);
        }
    }

    static final Parser<Wire.CreatedJob> CREATED_JOB = reader -> {
        String jobId = null;
        reader.beginObject();
        while (reader.hasNext()) {
            if (reader.selectName(CREATE) == 0) jobId = string(reader);
            else skipNameAndValue(reader);
        }
        reader.endObject();
        return new Wire.CreatedJob(required(jobId, "job_id", reader));
    };

    static final Parser<ChatResponse> CHAT = WireResponses::chat;

    private static ChatResponse chat(JsonReader reader) throws IOException {
        ChatBuilder b = new ChatBuilder();
        reader.beginObject();
        while (reader.hasNext()) {
            switch (reader.selectName(CALL)) {
                case 0, 3 -> b.callId = string(reader);
                case 1 -> callResponse(reader, b);
                case 2 -> callMetadata(reader, b);
                case 4 -> b.model = string(reader);
                case 5 -> choices(reader, b);
                case 6 -> usage(reader, b);
                default -> skipNameAndValue(reader);
            }
        }
        reader.endObject();
        if (!b.hasContent) {
            throw new JsonDataException("The answer has no content (neither response.content nor choices[0].message.content)");
        }
        return new ChatResponse(b.content, b.finishReason, b.callId, b.model,
                b.promptTokens, b.completionTokens, b.totalTokens, b.latencyMs);
    }

    private static final class ChatBuilder {
        /** Whether the answer has its content field; a null there is the model's (a refusal), not a broken body. */
        boolean hasContent;
        String content, finishReason, callId, model;
        Integer promptTokens, completionTokens, totalTokens;
        Long latencyMs;

        void content(String value) {
            content = value;
            hasContent = true;
        }
    }

    private static void callResponse(JsonReader reader, ChatBuilder b) throws IOException {
        if (skippedNull(reader)) return;
        reader.beginObject();
        while (reader.hasNext()) {
            switch (reader.selectName(CALL_RESPONSE)) {
                case 0 -> b.content(string(reader));
                case 1 -> b.finishReason = string(reader);
                default -> skipNameAndValue(reader);
            }
        }
        reader.endObject();
    }

    private static void callMetadata(JsonReader reader, ChatBuilder b) throws IOException {
        if (skippedNull(reader)) return;
        reader.beginObject();
        while (reader.hasNext()) {
            switch (reader.selectName(CALL_METADATA)) {
                case 0 -> b.totalTokens = integer(reader);
                case 1 -> b.latencyMs = longValue(reader);
                case 2 -> b.model = string(reader);
                case 3 -> {
                    String group = string(reader);
                    if (b.model == null) b.model = group;
                }
                default -> skipNameAndValue(reader);
            }
        }
        reader.endObject();
    }

    // Only the first choice counts: the client asks for one.
    private static void choices(JsonReader reader, ChatBuilder b) throws IOException {
        if (skippedNull(reader)) return;
        reader.beginArray();
        boolean first = true;
        while (reader.hasNext()) {
            if (!first || reader.peek() == JsonReader.Token.NULL) {
                reader.skipValue();
                continue;
            }
            first = false;
            reader.beginObject();
            while (reader.hasNext()) {
                switch (reader.selectName(CHOICE)) {
                    case 0 -> message(reader, b);
                    case 1 -> b.finishReason = string(reader);
                    default -> skipNameAndValue(reader);
                }
            }
            reader.endObject();
        }
        reader.endArray();
    }

    private static void message(JsonReader reader, ChatBuilder b) throws IOException {
        if (skippedNull(reader)) return;
        reader.beginObject();
        while (reader.hasNext()) {
            if (reader.selectName(MESSAGE) == 0) b.content(string(reader));
            else skipNameAndValue(reader);
        }
        reader.endObject();
    }

    private static void usage(JsonReader reader, ChatBuilder b) throws IOException {
        if (skippedNull(reader)) return;
        reader.beginObject();
        while (reader.hasNext()) {
            switch (reader.selectName(USAGE)) {
                case 0 -> b.promptTokens = integer(reader);
                case 1 -> b.completionTokens = integer(reader);
                case 2 -> b.totalTokens = integer(reader);
                default -> skipNameAndValue(reader);
            }
        }
        reader.endObject();
    }

    static final Parser<Wire.OneCall> ONE_CALL_ANSWER = reader -> {
        ChatBuilder b = new ChatBuilder();
        String id = null;
        JobStatus jobStatus = null;
        Instant completedAt = null;
        JobCompletion.Costs costs = null;
        reader.beginObject();
        while (reader.hasNext()) {
            switch (reader.selectName(ONE_CALL)) {
                case 0 -> id = string(reader);
                case 1 -> jobStatus = status(reader);
                case 2 -> callResponse(reader, b);
                case 3 -> callMetadata(reader, b);
                case 4 -> costs = costs(reader);
                case 5 -> completedAt = timestamp(reader);
                default -> skipNameAndValue(reader);
            }
        }
        reader.endObject();
        required(id, "job_id", reader);
        if (!b.hasContent) throw new JsonDataException("The answer has no content (response.content)");
        ChatResponse response = new ChatResponse(b.content, b.finishReason, b.callId, b.model,
                b.promptTokens, b.completionTokens, b.totalTokens, b.latencyMs);
        return new Wire.OneCall(response, new JobCompletion(id, jobStatus == null ? JobStatus.COMPLETED : jobStatus,
                completedAt, costs, List.of()));
    };

    static final Parser<JobCompletion> COMPLETION_ANSWER = reader -> {
        String id = null;
        JobStatus jobStatus = null;
        Instant completedAt = null;
        JobCompletion.Costs costs = null;
        List<JobCompletion.Call> calls = new ArrayList<>();
        reader.beginObject();
        while (reader.hasNext()) {
            switch (reader.selectName(COMPLETION)) {
                case 0 -> id = string(reader);
                case 1 -> jobStatus = status(reader);
                case 2 -> completedAt = timestamp(reader);
                case 3 -> costs = costs(reader);
                case 4 -> calls(reader, calls);
                default -> skipNameAndValue(reader);
            }
        }
        reader.endObject();
        return new JobCompletion(id, required(jobStatus, "status", reader), completedAt, costs, calls);
    };

    private static JobCompletion.Costs costs(JsonReader reader) throws IOException {
        if (skippedNull(reader)) return null;
        int totalCalls = 0, successfulCalls = 0, failedCalls = 0;
        long totalTokens = 0;
        double totalCost = 0, avgLatency = 0;
        boolean creditApplied = false;
        Integer creditsRemaining = null;
        reader.beginObject();
        while (reader.hasNext()) {
            switch (reader.selectName(COSTS)) {
                case 0 -> totalCalls = orZero(integer(reader));
                case 1 -> successfulCalls = orZero(integer(reader));
                case 2 -> failedCalls = orZero(integer(reader));
                case 3 -> totalTokens = orZero(longValue(reader));
                case 4 -> totalCost = orZero(number(reader));
                case 5 -> avgLatency = orZero(number(reader));
                case 6 -> creditApplied = Boolean.TRUE.equals(bool(reader));
                case 7 -> creditsRemaining = integer(reader);
                default -> skipNameAndValue(reader);
            }
        }
        reader.endObject();
        return new JobCompletion.Costs(totalCalls, successfulCalls, failedCalls, totalTokens, totalCost,
                avgLatency, creditApplied, creditsRemaining);
    }

    private static void calls(JsonReader reader, List<JobCompletion.Call> calls) throws IOException {
        if (skippedNull(reader)) return;
        reader.beginArray();
        while (reader.hasNext()) {
            String callId = null, purpose = null, modelGroup = null, model = null, error = null;
            Integer tokens = null;
            Long latency = null;
            reader.beginObject();
            while (reader.hasNext()) {
                switch (reader.selectName(CALL_SUMMARY)) {
                    case 0 -> callId = string(reader);
                    case 1 -> purpose = string(reader);
                    case 2 -> modelGroup = string(reader);
                    case 3 -> model = string(reader);
                    case 4 -> tokens = integer(reader);
                    case 5 -> latency = longValue(reader);
                    case 6 -> error = string(reader);
                    default -> skipNameAndValue(reader);
                }
            }
            reader.endObject();
            calls.add(new JobCompletion.Call(callId, purpose, modelGroup != null ? modelGroup : model, tokens, latency, error));
        }
        reader.endArray();
    }

    static final Parser<Job> JOB_ANSWER = reader -> {
        String id = null, teamId = null, userId = null, jobType = null, errorMessage = null;
        String organizationId = null, externalTaskId = null;
        JobStatus jobStatus = null;
        Instant createdAt = null, startedAt = null, completedAt = null;
        Map<String, Object> metadata = null;
        Boolean creditApplied = null;
        List<String> modelGroups = null;
        reader.beginObject();
        while (reader.hasNext()) {
            switch (reader.selectName(JOB)) {
                case 0 -> id = string(reader);
                case 1 -> teamId = string(reader);
                case 2 -> userId = string(reader);
                case 3 -> jobType = string(reader);
                case 4 -> jobStatus = status(reader);
                case 5 -> createdAt = timestamp(reader);
                case 6 -> startedAt = timestamp(reader);
                case 7 -> completedAt = timestamp(reader);
                case 8 -> metadata = objectValue(reader);
                case 9 -> errorMessage = string(reader);
                case 10 -> organizationId = string(reader);
                case 11 -> externalTaskId = string(reader);
                case 12 -> creditApplied = bool(reader);
                case 13 -> modelGroups = strings(reader);
                default -> skipNameAndValue(reader);
            }
        }
        reader.endObject();
        return new Job(required(id, "job_id", reader), teamId, userId, jobType, required(jobStatus, "status", reader),
                createdAt, startedAt, completedAt, metadata, errorMessage, organizationId, externalTaskId,
                creditApplied, modelGroups);
    };

    // --- value helpers (TeamResponses reads with them too): null is accepted for every field and read as absent

    static void skipNameAndValue(JsonReader reader) throws IOException {
        reader.skipName();
        reader.skipValue();
    }

    static boolean skippedNull(JsonReader reader) throws IOException {
        if (reader.peek() == JsonReader.Token.NULL) {
            reader.nextNull();
            return true;
        }
        return false;
    }

    static String string(JsonReader reader) throws IOException {
        return skippedNull(reader) ? null : reader.nextString();
    }

    static Integer integer(JsonReader reader) throws IOException {
        if (skippedNull(reader)) return null;
        // Some servers send counts as 450.0; accept any integral number.
        double value = reader.nextDouble();
        if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
            throw new JsonDataException("Expected an integer but was " + value + " at path " + reader.getPath());
        }
        return (int) value;
    }

    static Long longValue(JsonReader reader) throws IOException {
        if (skippedNull(reader)) return null;
        // Latencies may arrive as fractions of a millisecond; rounded.
        return Math.round(reader.nextDouble());
    }

    static Double number(JsonReader reader) throws IOException {
        return skippedNull(reader) ? null : reader.nextDouble();
    }

    static Boolean bool(JsonReader reader) throws IOException {
        return skippedNull(reader) ? null : reader.nextBoolean();
    }

    static JobStatus status(JsonReader reader) throws IOException {
        String text = string(reader);
        return text == null ? null : JobStatus.parse(text);
    }

    static Instant timestamp(JsonReader reader) throws IOException {
        String text = string(reader);
        return text == null ? null : Timestamps.parse(text);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> objectValue(JsonReader reader) throws IOException {
        if (skippedNull(reader)) return null;
        if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
            throw new JsonDataException("Expected an object at path " + reader.getPath());
        }
        return (Map<String, Object>) reader.readJsonValue();
    }

    private static List<String> strings(JsonReader reader) throws IOException {
        if (skippedNull(reader)) return null;
        List<String> values = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
            String value = string(reader);
            if (value != null) values.add(value);
        }
        reader.endArray();
        return values;
    }

    static int orZero(Integer value) { return value == null ? 0 : value; }
    static long orZero(Long value) { return value == null ? 0 : value; }
    static double orZero(Double value) { return value == null ? 0 : value; }

    static <T> T required(T value, String name, JsonReader reader) {
        if (value == null) {
            throw new JsonDataException("Required field '" + name + "' missing");
        }
        return value;
    }
}
