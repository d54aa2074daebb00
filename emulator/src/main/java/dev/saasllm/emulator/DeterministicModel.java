package dev.saasllm.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

/**
 * The offline model: scripted answers first (a queue, then a function), else an echo of the last
 * user message for chat, or a document conforming to the requested schema for structured output.
 */
final class DeterministicModel {
    static final int ECHO_CHARS = 200;

    private final Queue<String> scripted = new ConcurrentLinkedQueue<>();
    private volatile Function<LlmRequest, String> function;

    void enqueue(String content) {
        scripted.add(content);
    }

    void answerWith(Function<LlmRequest, String> function) {
        this.function = function;
    }

    void reset() {
        scripted.clear();
        function = null;
    }

    Answer answer(LlmRequest request, EmulatorSettings settings) {
        String content = scripted.poll();
        if (content == null && function != null) content = function.apply(request);
        if (content == null) {
            content = request.isStructured() ? structured(request) : echo(request);
            if (request.isStructured() && settings.takeInvalidJson()) {
                content = breakJson(content);
            }
        }
        int promptTokens = tokens(promptText(request));
        String finishReason = "stop";
        int max = maxTokens(request.body().get("max_tokens"));
        if (max > 0 && tokens(content) > max) {
            content = content.substring(0, Math.min(content.length(), max * 4));
            finishReason = "length";
        }
        return new Answer(content, finishReason, promptTokens, tokens(content));
    }

    /** {@code max_tokens} as validated (a number or an integer string); 0 when absent. */
    private static int maxTokens(Object value) {
        if (value instanceof Number n) return n.intValue();
        if (value instanceof String s) return Integer.parseInt(s.trim());
        return 0;
    }

    /** A deterministic token count: one per four characters, at least one. */
    static int tokens(String text) {
        return Math.max(1, (text.length() + 3) / 4);
    }

    static String echo(LlmRequest request) {
        String last = request.lastUserMessage();
        return "Echo: " + (last.length() > ECHO_CHARS ? last.substring(0, ECHO_CHARS) : last);
    }

    private static String structured(LlmRequest request) {
        List<String> texts = new ArrayList<>();
        for (LlmRequest.Message m : request.messages()) {
            if (!"assistant".equals(m.role())) texts.add(m.content());
        }
        Map<String, Object> schema = request.schema();
        if (schema == null) {
            // json_object mode, or a json_schema without a schema: any JSON object is right.
            return Json.write(Json.obj("answer", echo(request)));
        }
        return Json.write(SchemaFiller.fill(schema, texts));
    }

    /** Prose around a truncated document: what a model that ignores the format returns. */
    private static String breakJson(String document) {
        return "Here is the result: " + document.substring(0, Math.max(1, document.length() / 2));
    }

    private static String promptText(LlmRequest request) {
        StringBuilder all = new StringBuilder();
        for (LlmRequest.Message m : request.messages()) all.append(m.content());
        return all.toString();
    }
}
