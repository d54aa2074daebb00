package dev.saasllm;

/**
 * The answer of one LLM call. Servers answer in two shapes (the job API's own, and OpenAI's
 * {@code chat.completion}); each fills what it carries and leaves the rest null.
 *
 * @param content the answer's text (for structured output, the JSON document); null only for an
 *     answer without content (an OpenAI model's refusal), which the client throws as
 *     {@link RefusalException} (as it does an empty one whose finish reason says it was withheld:
 *     Claude's and Gemini's refusals) and a {@link JobListener} sees in {@code callFinished}
 * @param finishReason why the model stopped, as the provider says it: {@code stop}, {@code length} (OpenAI),
 *     {@code end_turn}, {@code max_tokens} (Anthropic), {@code STOP}, {@code MAX_TOKENS} (Gemini), ...; may be null
 * @param callId the server's id of the call ({@code call_id}, or {@code id} of a chat.completion)
 * @param model the model (group) that answered
 * @param promptTokens prompt tokens (chat.completion {@code usage} only)
 * @param completionTokens completion tokens (chat.completion {@code usage} only)
 * @param totalTokens all tokens ({@code metadata.tokens_used} or {@code usage.total_tokens})
 * @param latencyMs the server's measured latency ({@code metadata.latency_ms})
 */
public record ChatResponse(
        String content,
        String finishReason,
        String callId,
        String model,
        Integer promptTokens,
        Integer completionTokens,
        Integer totalTokens,
        Long latencyMs) {

    /**
     * Whether the answer was cut off by {@code max_tokens}: the finish reason is OpenAI's
     * {@code length}, Anthropic's {@code max_tokens} or Gemini's {@code MAX_TOKENS} (the server
     * passes each provider's own on).
     *
     * @return true when the finish reason says {@code max_tokens} cut the answer short
     */
    public boolean truncated() {
        return truncates(finishReason);
    }

    static boolean truncates(String finishReason) {
        return "length".equalsIgnoreCase(finishReason) || "max_tokens".equalsIgnoreCase(finishReason);
    }
}
