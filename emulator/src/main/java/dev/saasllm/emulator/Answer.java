package dev.saasllm.emulator;

/**
 * What the emulated model answered to one call, before the provider's format shapes it.
 *
 * @param text the answer's text, or the explanation of a refusal
 * @param kind a normal, truncated or refused answer
 * @param promptTokens tokens of the prompt
 * @param completionTokens tokens of the answer
 */
record Answer(String text, ModelReply.Kind kind, int promptTokens, int completionTokens) {
    int totalTokens() {
        return promptTokens + completionTokens;
    }

    boolean refused() {
        return kind == ModelReply.Kind.REFUSAL;
    }

    boolean truncated() {
        return kind == ModelReply.Kind.TRUNCATED;
    }

    /** The non-streamed {@code content} the server returns: null for an OpenAI refusal, "" for others'. */
    String content(StreamFormat format) {
        if (!refused()) return text;
        return format == StreamFormat.OPENAI ? null : "";
    }

    /**
     * The non-streamed {@code finish_reason} the server returns: OpenAI's as sent, Anthropic's {@code
     * stop_reason}, Gemini's {@code finishReason} lower-cased.
     */
    String finishReason(StreamFormat format) {
        return switch (format) {
            case ANTHROPIC -> refused() ? "refusal" : truncated() ? "max_tokens" : "end_turn";
            case GEMINI -> refused() ? "safety" : truncated() ? "max_tokens" : "stop";
            default -> truncated() ? "length" : "stop";
        };
    }
}
