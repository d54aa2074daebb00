package dev.saasllm;

/**
 * One event of a streamed chat answer ({@code chat.completion.chunk}).
 *
 * @param content the new text of this chunk; empty when the chunk carries none (a role-only or
 *     usage-only chunk)
 * @param finishReason why the model stopped ({@code stop}, {@code length}, ...); null until the last chunk
 * @param promptTokens prompt tokens, when the server sends usage (usually on the last chunk only); else null
 * @param completionTokens completion tokens, or null
 * @param totalTokens all tokens, or null
 */
public record ChatChunk(String content, String finishReason, Integer promptTokens, Integer completionTokens,
                        Integer totalTokens) {

    public ChatChunk {
        if (content == null) content = "";
    }

    /** Whether this chunk carries token usage. */
    public boolean hasUsage() {
        return totalTokens != null || promptTokens != null || completionTokens != null;
    }
}
