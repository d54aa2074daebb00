package dev.saasllm.internal.wire;

import dev.saasllm.ChatChunk;
import dev.saasllm.InvalidResponseException;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import java.io.IOException;
import okio.Buffer;

/**
 * Reads the data of one stream event: {@code [DONE]}, an error ({@code {"error": "..."}}, or
 * OpenAI's {@code {"error": {"message": ...}}}), or a {@code chat.completion.chunk}.
 */
final class StreamEvents {
    private static final JsonReader.Options EVENT = JsonReader.Options.of("error", "choices", "usage");
    private static final JsonReader.Options CHOICE = JsonReader.Options.of("delta", "finish_reason", "message");
    private static final JsonReader.Options DELTA = JsonReader.Options.of("content");
    private static final JsonReader.Options USAGE = JsonReader.Options.of("prompt_tokens", "completion_tokens", "total_tokens");
    private static final JsonReader.Options ERROR = JsonReader.Options.of("message", "detail");

    private StreamEvents() {}

    record Done() implements Wire.Event {
        @Override public boolean done() { return true; }
    }

    record Failure(String message) implements Wire.Event {
        @Override public String error() { return message; }
    }

    record Chunk(ChatChunk chunk) implements Wire.Event {}

    static final Done DONE = new Done();

    /** @throws InvalidResponseException when the data is neither {@code [DONE]} nor a JSON object */
    static Wire.Event parse(String data, String endpoint, String jobId) {
        if (data.strip().equals("[DONE]")) return DONE;
        try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(data))) {
            if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
                throw new JsonDataException("Expected a JSON object but was " + reader.peek());
            }
            return event(reader);
        } catch (IOException | JsonDataException e) {
            throw new InvalidResponseException("Unexpected stream event from " + endpoint
                    + (jobId == null ? "" : " for job " + jobId) + ": " + e.getMessage(), endpoint, jobId, 200, data, e);
        }
    }

    private static Wire.Event event(JsonReader reader) throws IOException {
        String error = null;
        boolean hasError = false;
        Builder b = new Builder();
        reader.beginObject();
        while (reader.hasNext()) {
            switch (reader.selectName(EVENT)) {
                case 0 -> {
                    hasError = true;
                    error = error(reader);
                }
                case 1 -> choices(reader, b);
                case 2 -> usage(reader, b);
                default -> {
                    reader.skipName();
                    reader.skipValue();
                }
            }
        }
        reader.endObject();
        if (hasError) return new Failure(error == null || error.isBlank() ? "(no message)" : error);
        return new Chunk(new ChatChunk(b.content, b.finishReason, b.promptTokens, b.completionTokens, b.totalTokens));
    }

    private static final class Builder {
        String content, finishReason;
        Integer promptTokens, completionTokens, totalTokens;
    }

    private static String error(JsonReader reader) throws IOException {
        switch (reader.peek()) {
            case NULL -> {
                return reader.nextNull();
            }
            case BEGIN_OBJECT -> {
                String message = null;
                reader.beginObject();
                while (reader.hasNext()) {
                    if (reader.selectName(ERROR) >= 0 && reader.peek() == JsonReader.Token.STRING) {
                        message = reader.nextString();
                    } else {
                        reader.skipName();
                        reader.skipValue();
                    }
                }
                reader.endObject();
                return message;
            }
            case STRING, NUMBER, BOOLEAN -> {
                return reader.nextString();
            }
            default -> {
                return String.valueOf(reader.readJsonValue());
            }
        }
    }

    // Only the first choice: the job API asks for one answer.
    private static void choices(JsonReader reader, Builder b) throws IOException {
        if (reader.peek() == JsonReader.Token.NULL) {
            reader.nextNull();
            return;
        }
        reader.beginArray();
        boolean first = true;
        while (reader.hasNext()) {
            if (!first || reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
                reader.skipValue();
                continue;
            }
            first = false;
            reader.beginObject();
            while (reader.hasNext()) {
                switch (reader.selectName(CHOICE)) {
                    case 0, 2 -> b.content = content(reader, b.content);
                    case 1 -> b.finishReason = nullableString(reader);
                    default -> {
                        reader.skipName();
                        reader.skipValue();
                    }
                }
            }
            reader.endObject();
        }
        reader.endArray();
    }

    private static String content(JsonReader reader, String current) throws IOException {
        if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
            reader.skipValue();
            return current;
        }
        String content = current;
        reader.beginObject();
        while (reader.hasNext()) {
            if (reader.selectName(DELTA) == 0) {
                String value = nullableString(reader);
                if (value != null) content = value;
            } else {
                reader.skipName();
                reader.skipValue();
            }
        }
        reader.endObject();
        return content;
    }

    private static void usage(JsonReader reader, Builder b) throws IOException {
        if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
            reader.skipValue();
            return;
        }
        reader.beginObject();
        while (reader.hasNext()) {
            switch (reader.selectName(USAGE)) {
                case 0 -> b.promptTokens = integer(reader);
                case 1 -> b.completionTokens = integer(reader);
                case 2 -> b.totalTokens = integer(reader);
                default -> {
                    reader.skipName();
                    reader.skipValue();
                }
            }
        }
        reader.endObject();
    }

    private static String nullableString(JsonReader reader) throws IOException {
        if (reader.peek() == JsonReader.Token.NULL) return reader.nextNull();
        return reader.nextString();
    }

    private static Integer integer(JsonReader reader) throws IOException {
        if (reader.peek() == JsonReader.Token.NULL) return reader.nextNull();
        return reader.nextInt();
    }
}
