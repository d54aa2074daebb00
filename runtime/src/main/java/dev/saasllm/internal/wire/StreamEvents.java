package dev.saasllm.internal.wire;

import static dev.saasllm.internal.wire.WireResponses.integer;
import static dev.saasllm.internal.wire.WireResponses.skipNameAndValue;
import static dev.saasllm.internal.wire.WireResponses.skippedNull;
import static dev.saasllm.internal.wire.WireResponses.string;

import dev.saasllm.ChatChunk;
import dev.saasllm.InvalidResponseException;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import java.io.IOException;
import okio.Buffer;

/**
 * Reads the data of one stream's events, in whichever shape the server forwards for the model (it
 * passes the provider's own {@code data:} lines on): OpenAI's {@code chat.completion.chunk}s,
 * Anthropic's events ({@code content_block_delta}, {@code message_delta}, {@code message_stop}, ...)
 * or Gemini's {@code GenerateContentResponse} objects; plus {@code [DONE]} and error events
 * ({@code {"error": "..."}} from the server, {@code {"error": {"message": ...}}} from a provider).
 * The shape is told by each event's own fields, so one reader serves them all.
 *
 * <p>One per stream: it keeps what the end-of-stream rule needs. OpenAI streams end with
 * {@code [DONE]}; Anthropic's with {@code message_stop}; Gemini's just end, after the object with
 * the {@code finishReason}. A body that ends before its format's end is cut off, except that an
 * Anthropic or Gemini stream whose finish reason was read has ended normally. Not thread-safe.
 */
final class StreamEvents {
    private static final JsonReader.Options EVENT = JsonReader.Options.of(
            "error", "choices", "usage", "type", "delta", "message", "candidates", "usageMetadata");
    private static final JsonReader.Options CHOICE = JsonReader.Options.of("delta", "finish_reason", "message");
    private static final JsonReader.Options CONTENT = JsonReader.Options.of("content", "refusal");
    private static final JsonReader.Options USAGE = JsonReader.Options.of(
            "prompt_tokens", "completion_tokens", "total_tokens", "input_tokens", "output_tokens");
    private static final JsonReader.Options ERROR = JsonReader.Options.of("message", "detail");
    private static final JsonReader.Options ANTHROPIC_DELTA = JsonReader.Options.of("type", "text", "stop_reason");
    private static final JsonReader.Options ANTHROPIC_MESSAGE = JsonReader.Options.of("usage");
    private static final JsonReader.Options CANDIDATE = JsonReader.Options.of("content", "finishReason");
    private static final JsonReader.Options GEMINI_CONTENT = JsonReader.Options.of("parts");
    private static final JsonReader.Options PART = JsonReader.Options.of("text", "thought");
    private static final JsonReader.Options GEMINI_USAGE = JsonReader.Options.of(
            "promptTokenCount", "candidatesTokenCount", "totalTokenCount");

    record Done() implements Wire.Event {
        @Override public boolean done() { return true; }
    }

    record Failure(String message) implements Wire.Event {
        @Override public String error() { return message; }
    }

    record Chunk(ChatChunk chunk) implements Wire.Event {}

    /** An event that carries nothing for the caller: Anthropic's {@code ping}, a block's start or stop. */
    record Skip() implements Wire.Event {}

    static final Done DONE = new Done();
    static final Skip SKIP = new Skip();

    /** The shape of a stream's events, told by the first event that shows it. */
    private enum Format { UNKNOWN, OPENAI, ANTHROPIC, GEMINI }

    private Format format = Format.UNKNOWN;
    /** Whether a finish reason was read (what ends an Anthropic or Gemini stream that has no end event). */
    private boolean finished;
    /** Anthropic's prompt tokens, sent in {@code message_start}, for the usage of its {@code message_delta}. */
    private Integer anthropicInputTokens;
    /**
     * Whether an OpenAI delta carried {@code refusal} text: the model declined, and its finish reason
     * ({@code stop}) is reported as {@code refusal}, as Claude reports it, so the answer reads as refused.
     */
    private boolean refused;

    /** @throws InvalidResponseException when the data is neither {@code [DONE]} nor a JSON object */
    Wire.Event parse(String data, String endpoint, String jobId) {
        if (data.strip().equals("[DONE]")) return DONE;
        try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(data))) {
            if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
                throw new JsonDataException("Expected a JSON object but was " + reader.peek());
            }
            return event(read(reader));
        } catch (IOException | JsonDataException e) {
            throw new InvalidResponseException("Unexpected stream event from " + endpoint
                    + (jobId == null ? "" : " for job " + jobId) + ": " + e.getMessage(), endpoint, jobId, 200, data, e);
        }
    }

    /** At the end of the body, before an end event: whether the answer had ended all the same. */
    boolean endedNormally() {
        return finished && (format == Format.ANTHROPIC || format == Format.GEMINI);
    }

    /** What this stream's format ends with, for the message of a stream cut off. */
    String expectedEnd() {
        return switch (format) {
            case ANTHROPIC -> "message_stop";
            case GEMINI -> "a finishReason";
            case OPENAI, UNKNOWN -> "[DONE]";
        };
    }

    // ---------------------------------------------------------------- one event's fields, any shape

    private static final class Fields {
        boolean hasError;
        String error;
        boolean openAi, gemini, refusal;
        /** Anthropic's event type. */
        String type;
        String deltaType, text, finishReason;
        Integer promptTokens, completionTokens, totalTokens;
        Integer inputTokens, outputTokens;
        Integer messageInputTokens;
    }

    private static Fields read(JsonReader reader) throws IOException {
        Fields f = new Fields();
        reader.beginObject();
        while (reader.hasNext()) {
            switch (reader.selectName(EVENT)) {
                case 0 -> {
                    f.hasError = true;
                    f.error = error(reader);
                }
                case 1 -> {
                    f.openAi = true;
                    choices(reader, f);
                }
                case 2 -> usage(reader, f);
                case 3 -> f.type = string(reader);
                case 4 -> anthropicDelta(reader, f);
                case 5 -> anthropicMessage(reader, f);
                case 6 -> {
                    f.gemini = true;
                    candidates(reader, f);
                }
                case 7 -> {
                    f.gemini = true;
                    geminiUsage(reader, f);
                }
                default -> skipNameAndValue(reader);
            }
        }
        reader.endObject();
        return f;
    }

    private Wire.Event event(Fields f) {
        if (f.hasError || "error".equals(f.type)) {
            return new Failure(f.error == null || f.error.isBlank() ? "(no message)" : f.error);
        }
        if (f.openAi) {
            format(Format.OPENAI);
            if (f.refusal) refused = true;
            if (refused && f.finishReason != null) f.finishReason = "refusal";
        }
        else if (f.gemini) {
            format(Format.GEMINI);
            if (f.finishReason != null) finished = true;
        } else if (f.type != null) {
            return anthropic(f);
        }
        // An object of no known shape ({}) carries nothing: an empty chunk, as a role-only OpenAI chunk.
        return new Chunk(new ChatChunk(f.text, f.finishReason, f.promptTokens, f.completionTokens, f.totalTokens));
    }

    private Wire.Event anthropic(Fields f) {
        format(Format.ANTHROPIC);
        switch (f.type) {
            case "content_block_delta" -> {
                // text_delta only: tool input (input_json_delta), thinking and signatures are not the answer's text.
                if (f.text == null || !(f.deltaType == null || f.deltaType.equals("text_delta"))) return SKIP;
                return new Chunk(new ChatChunk(f.text, null, null, null, null));
            }
            case "message_start" -> {
                if (f.messageInputTokens != null) anthropicInputTokens = f.messageInputTokens;
                return SKIP;
            }
            case "message_delta" -> {
                if (f.finishReason != null) finished = true;
                Integer input = f.inputTokens != null ? f.inputTokens : anthropicInputTokens;
                Integer output = f.outputTokens;
                Integer total = input != null && output != null ? Integer.valueOf(input + output) : null;
                return new Chunk(new ChatChunk("", f.finishReason, input, output, total));
            }
            case "message_stop" -> {
                finished = true;
                return DONE;
            }
            default -> {
                return SKIP; // ping, content_block_start, content_block_stop, and any type added later
            }
        }
    }

    private void format(Format seen) {
        if (format == Format.UNKNOWN) format = seen;
    }

    // ---------------------------------------------------------------- errors

    private static String error(JsonReader reader) throws IOException {
        switch (reader.peek()) {
            case NULL -> {
                return reader.nextNull();
            }
            case BEGIN_OBJECT -> {
                String[] message = new String[1];
                object(reader, ERROR, i -> message[0] = reader.peek() == JsonReader.Token.STRING ? reader.nextString() : skipped(reader, message[0]));
                return message[0];
            }
            case STRING, NUMBER, BOOLEAN -> {
                return reader.nextString();
            }
            default -> {
                return String.valueOf(reader.readJsonValue());
            }
        }
    }

    // ---------------------------------------------------------------- OpenAI

    // Only the first choice: the job API asks for one answer.
    private static void choices(JsonReader reader, Fields f) throws IOException {
        firstObject(reader, CHOICE, i -> {
            if (i == 1) f.finishReason = string(reader);
            else delta(reader, f); // delta, or message
        });
    }

    // A delta's content may be null (beside a tool-call delta) or absent (a role-only chunk); a
    // refusal's text comes in its own field, never as the answer's text.
    private static void delta(JsonReader reader, Fields f) throws IOException {
        object(reader, CONTENT, i -> {
            String value = string(reader);
            if (value == null) return;
            if (i == 0) f.text = value;
            else if (!value.isEmpty()) f.refusal = true;
        });
    }

    // OpenAI's usage chunk, or the usage of Anthropic's message_delta (and of newer message_deltas' input).
    private static void usage(JsonReader reader, Fields f) throws IOException {
        object(reader, USAGE, i -> {
            Integer tokens = integer(reader);
            switch (i) {
                case 0 -> f.promptTokens = tokens;
                case 1 -> f.completionTokens = tokens;
                case 2 -> f.totalTokens = tokens;
                case 3 -> f.inputTokens = tokens;
                default -> f.outputTokens = tokens;
            }
        });
    }

    // ---------------------------------------------------------------- Anthropic

    // content_block_delta: {"type":"text_delta","text":...}; message_delta: {"stop_reason":...}.
    private static void anthropicDelta(JsonReader reader, Fields f) throws IOException {
        object(reader, ANTHROPIC_DELTA, i -> {
            String value = string(reader);
            switch (i) {
                case 0 -> f.deltaType = value;
                case 1 -> f.text = value;
                default -> f.finishReason = value;
            }
        });
    }

    // message_start: {"message": {..., "usage": {"input_tokens": 25, "output_tokens": 1}}}.
    private static void anthropicMessage(JsonReader reader, Fields f) throws IOException {
        object(reader, ANTHROPIC_MESSAGE, i -> {
            Fields usage = new Fields();
            usage(reader, usage);
            f.messageInputTokens = usage.inputTokens;
        });
    }

    // ---------------------------------------------------------------- Gemini

    // The first candidate: its parts' text (thought summaries are not the answer) and finishReason.
    private static void candidates(JsonReader reader, Fields f) throws IOException {
        firstObject(reader, CANDIDATE, i -> {
            if (i == 0) object(reader, GEMINI_CONTENT, parts -> f.text = parts(reader));
            else f.finishReason = string(reader);
        });
    }

    private static String parts(JsonReader reader) throws IOException {
        if (reader.peek() != JsonReader.Token.BEGIN_ARRAY) {
            reader.skipValue();
            return null;
        }
        StringBuilder text = new StringBuilder();
        reader.beginArray();
        while (reader.hasNext()) {
            String[] partText = new String[1];
            boolean[] thought = new boolean[1];
            object(reader, PART, i -> {
                if (i == 0) partText[0] = string(reader);
                else thought[0] = Boolean.TRUE.equals(reader.readJsonValue());
            });
            if (partText[0] != null && !thought[0]) text.append(partText[0]);
        }
        reader.endArray();
        return text.toString();
    }

    private static void geminiUsage(JsonReader reader, Fields f) throws IOException {
        object(reader, GEMINI_USAGE, i -> {
            Integer tokens = integer(reader);
            switch (i) {
                case 0 -> f.promptTokens = tokens;
                case 1 -> f.completionTokens = tokens;
                default -> f.totalTokens = tokens;
            }
        });
    }

    // ---------------------------------------------------------------- objects

    /** Reads the value of the field at {@code index} of the names it was selected by. */
    private interface FieldValue {
        void read(int index) throws IOException;
    }

    /** The fields of an object that are named in {@code names}, others skipped; a value that is not an object is skipped. */
    private static void object(JsonReader reader, JsonReader.Options names, FieldValue field) throws IOException {
        if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
            reader.skipValue();
            return;
        }
        reader.beginObject();
        while (reader.hasNext()) {
            int index = reader.selectName(names);
            if (index < 0) skipNameAndValue(reader);
            else field.read(index);
        }
        reader.endObject();
    }

    /** The first element of an array, read as {@link #object}; the others, and a null array, skipped. */
    private static void firstObject(JsonReader reader, JsonReader.Options names, FieldValue field) throws IOException {
        if (skippedNull(reader)) return;
        reader.beginArray();
        boolean first = true;
        while (reader.hasNext()) {
            if (first && reader.peek() == JsonReader.Token.BEGIN_OBJECT) {
                first = false;
                object(reader, names, field);
            } else {
                reader.skipValue();
            }
        }
        reader.endArray();
    }

    // ---------------------------------------------------------------- values (WireResponses' readers)

    /** Skips a value of the wrong type, keeping what was read before. */
    private static String skipped(JsonReader reader, String kept) throws IOException {
        reader.skipValue();
        return kept;
    }
}
