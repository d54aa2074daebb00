package dev.saasllm;

/**
 * One piece of a streamed chat answer, read from whichever shape the server forwards for the model:
 * an OpenAI {@code chat.completion.chunk}, an Anthropic event or a Gemini object.
 *
 * @param content the new text of this chunk; empty when the chunk carries none (a role-only,
 *     usage-only or {@code content: null} chunk, an Anthropic {@code message_delta})
 * @param finishReason why the model stopped, as the provider says it ({@code stop}, {@code length},
 *     {@code end_turn}, {@code max_tokens}, {@code STOP}, {@code MAX_TOKENS}, ...); null until the
 *     chunk that ends the answer
 * @param promptTokens prompt tokens, when the server sends usage (usually on the last chunk only); else null
 * @param completionTokens completion tokens, or null
 * @param totalTokens all tokens, or null
 */
public record ChatChunk(String content, String finishReason, Integer promptTokens, Integer completionTokens,
                        Integer totalTokens) {

    /**
     * Reads a null {@code content} as empty.
     *
     * @param content the new text, or null for none
     * @param finishReason why the model stopped, or null
     * @param promptTokens prompt tokens, or null
     * @param completionTokens completion tokens, or null
     * @param totalTokens all tokens, or null
     */
    public ChatChunk {
        if (content == null) content = "";
    }

    /**
     * Whether this chunk carries token usage.
     *
     * @return true when the token counts are set
     */
    public boolean hasUsage() {
        return totalTokens != null || promptTokens != null || completionTokens != null;
    }

    /**
     * Whether its finish reason says the answer was cut off by {@code max_tokens} (see {@link
     * ChatResponse#truncated()}).
     *
     * @return true when the answer was cut off
     */
    public boolean truncated() {
        return ChatResponse.truncates(finishReason);
    }
}
