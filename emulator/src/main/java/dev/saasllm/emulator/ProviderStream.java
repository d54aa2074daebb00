package dev.saasllm.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The {@code data:} payloads a provider streams for an answer, every field as the provider writes
 * it; the server forwards each one unchanged. OpenAI's chunks end with {@code [DONE]}, which the
 * server forwards too; Anthropic's events and Gemini's objects just end.
 */
final class ProviderStream {
    /**
     * One payload, and what the server's accumulator sees in it.
     *
     * @param payload the JSON after {@code data: }
     * @param nullContent an OpenAI delta whose {@code content} is null, on which the current server's
     *     {@code accumulated += delta["content"]} fails
     * @param piece whether it carries a piece of the answer's text (what the drop fault counts)
     */
    record Event(String payload, boolean nullContent, boolean piece) {}

    private ProviderStream() {}

    /**
     * The events of an answer in {@code format} (resolved), its text in pieces of {@code chunkChars}.
     *
     * @param includeUsage OpenAI only: the server asked for {@code stream_options.include_usage}, so
     *     every chunk carries {@code usage} (null until the last, extra chunk)
     */
    static List<Event> events(StreamFormat format, String model, Answer answer, int chunkChars, boolean includeUsage) {
        List<String> pieces = pieces(answer.text(), chunkChars);
        return switch (format) {
            case ANTHROPIC -> anthropic(model, answer, pieces);
            case GEMINI -> gemini(model, answer, pieces);
            default -> openAi(model, answer, pieces, includeUsage);
        };
    }

    /** Whether the format ends with {@code data: [DONE]}. */
    static boolean endsWithDone(StreamFormat format) {
        return format == StreamFormat.OPENAI;
    }

    private static List<String> pieces(String text, int size) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i += size) out.add(text.substring(i, Math.min(text.length(), i + size)));
        return out;
    }

    private static List<Event> openAi(String model, Answer answer, List<String> pieces, boolean includeUsage) {
        String id = "chatcmpl-" + UUID.randomUUID();
        long created = Times.epochSeconds(Times.now());
        List<Event> out = new ArrayList<>();
        boolean refused = answer.refused();
        Map<String, Object> first = refused
                ? Json.obj("role", "assistant", "content", null, "refusal", "")
                : Json.obj("role", "assistant", "content", "", "refusal", null);
        out.add(new Event(openAiChunk(id, created, model, first, null, includeUsage), refused, false));
        for (String piece : pieces) {
            Map<String, Object> delta = refused ? Json.obj("refusal", piece) : Json.obj("content", piece);
            out.add(new Event(openAiChunk(id, created, model, delta, null, includeUsage), false, true));
        }
        out.add(new Event(openAiChunk(id, created, model, Json.obj(), answer.finishReason(StreamFormat.OPENAI),
                includeUsage), false, false));
        if (includeUsage) {
            Map<String, Object> chunk = chunkHead(id, created, model);
            chunk.put("choices", Json.list());
            chunk.put("usage", Json.obj(
                    "prompt_tokens", (long) answer.promptTokens(),
                    "completion_tokens", (long) answer.completionTokens(),
                    "total_tokens", (long) answer.totalTokens()));
            out.add(new Event(Json.write(chunk), false, false));
        }
        return out;
    }

    private static String openAiChunk(String id, long created, String model, Map<String, Object> delta,
            String finishReason, boolean includeUsage) {
        Map<String, Object> chunk = chunkHead(id, created, model);
        chunk.put("choices", Json.list(Json.obj(
                "index", 0L, "delta", delta, "logprobs", null, "finish_reason", finishReason)));
        if (includeUsage) chunk.put("usage", null);
        return Json.write(chunk);
    }

    private static Map<String, Object> chunkHead(String id, long created, String model) {
        return Json.obj("id", id, "object", "chat.completion.chunk", "created", created, "model", model,
                "system_fingerprint", "fp_emulator");
    }

    private static List<Event> anthropic(String model, Answer answer, List<String> pieces) {
        List<Event> out = new ArrayList<>();
        out.add(event(Json.obj("type", "message_start", "message", Json.obj(
                "id", "msg_" + UUID.randomUUID().toString().replace("-", ""),
                "type", "message",
                "role", "assistant",
                "content", Json.list(),
                "model", model,
                "stop_reason", null,
                "stop_sequence", null,
                "usage", Json.obj("input_tokens", (long) answer.promptTokens(), "output_tokens", 1L)))));
        if (!answer.refused()) {
            out.add(event(Json.obj("type", "content_block_start", "index", 0L,
                    "content_block", Json.obj("type", "text", "text", ""))));
            // Anthropic writes its ping by hand, with Python's spacing.
            out.add(new Event("{\"type\": \"ping\"}", false, false));
            for (String piece : pieces) {
                out.add(new Event(Json.write(Json.obj("type", "content_block_delta", "index", 0L,
                        "delta", Json.obj("type", "text_delta", "text", piece))), false, true));
            }
            out.add(event(Json.obj("type", "content_block_stop", "index", 0L)));
        }
        out.add(event(Json.obj("type", "message_delta",
                "delta", Json.obj("stop_reason", answer.finishReason(StreamFormat.ANTHROPIC), "stop_sequence", null),
                "usage", Json.obj("output_tokens", (long) answer.completionTokens()))));
        out.add(event(Json.obj("type", "message_stop")));
        return out;
    }

    private static Event event(Map<String, Object> json) {
        return new Event(Json.write(json), false, false);
    }

    private static List<Event> gemini(String model, Answer answer, List<String> pieces) {
        List<Event> out = new ArrayList<>();
        long prompt = answer.promptTokens();
        if (answer.refused()) {
            out.add(geminiChunk(Json.obj("finishReason", "SAFETY", "index", 0L),
                    Json.obj("promptTokenCount", prompt, "totalTokenCount", prompt), model, false));
            return out;
        }
        if (pieces.isEmpty()) pieces = List.of("");
        String finish = answer.truncated() ? "MAX_TOKENS" : "STOP";
        int sent = 0;
        for (int i = 0; i < pieces.size(); i++) {
            boolean last = i == pieces.size() - 1;
            sent += pieces.get(i).length();
            long completion = last ? answer.completionTokens() : DeterministicModel.tokens(answer.text().substring(0, sent));
            Map<String, Object> candidate = Json.obj(
                    "content", Json.obj("parts", Json.list(Json.obj("text", pieces.get(i))), "role", "model"));
            if (last) candidate.put("finishReason", finish);
            candidate.put("index", 0L);
            out.add(geminiChunk(candidate, Json.obj("promptTokenCount", prompt, "candidatesTokenCount", completion,
                    "totalTokenCount", prompt + completion), model, true));
        }
        return out;
    }

    private static Event geminiChunk(Map<String, Object> candidate, Map<String, Object> usage, String model,
            boolean piece) {
        return new Event(Json.write(Json.obj("candidates", Json.list(candidate), "usageMetadata", usage,
                "modelVersion", model), Json.Style.GEMINI), false, piece);
    }
}
