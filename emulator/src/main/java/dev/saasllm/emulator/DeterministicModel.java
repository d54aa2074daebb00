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

    private final Queue<ModelReply> scripted = new ConcurrentLinkedQueue<>();
    private volatile Function<LlmRequest, String> function;

    void enqueue(ModelReply reply) {
        scripted.add(reply);
    }

    void answerWith(Function<LlmRequest, String> function) {
        this.function = function;
    }

    void reset() {
        scripted.clear();
        function = null;
    }

    /** Answers a call; {@code maxTokens} is the validated {@code max_tokens} (null when absent). */
    Answer answer(LlmRequest request, Number maxTokens, EmulatorSettings settings) {
        ModelReply reply = scripted.poll();
        if (reply == null && function != null) {
            String content = function.apply(request);
            if (content != null) reply = ModelReply.text(content);
        }
        if (reply == null) {
            String content = request.isStructured() ? structured(request) : echo(request);
            if (request.isStructured() && settings.takeInvalidJson()) content = breakJson(content);
            reply = ModelReply.text(content);
        }
        int promptTokens = tokens(promptText(request));
        String text = reply.text;
        ModelReply.Kind kind = reply.kind;
        int max = maxTokens(maxTokens);
        if (kind == ModelReply.Kind.TEXT && max > 0 && tokens(text) > max) {
            text = text.substring(0, Math.min(text.length(), max * 4));
            kind = ModelReply.Kind.TRUNCATED;
        }
        return new Answer(text, kind, promptTokens, tokens(text));
    }

    /** {@code max_tokens} as validated; 0 (no limit) when absent or not positive, as the server sends none then. */
    private static int maxTokens(Number n) {
        if (n == null) return 0;
        long max = n instanceof java.math.BigInteger ? Long.MAX_VALUE : n.longValue();
        return max <= 0 ? 0 : (int) Math.min(Integer.MAX_VALUE / 4, max);
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
