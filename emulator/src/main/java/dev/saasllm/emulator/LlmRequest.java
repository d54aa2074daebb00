package dev.saasllm.emulator;

import java.util.List;
import java.util.Map;

/**
 * One LLM call as the emulator received it, handed to {@link SaasLlmEmulator#answerWith}.
 *
 * @param jobId the job the call belongs to
 * @param model the model alias or group requested
 * @param messages the chat, in order
 * @param responseFormat the {@code response_format} object, or null for a chat answer
 * @param body the whole request body as parsed JSON
 */
public record LlmRequest(
        String jobId,
        String model,
        List<Message> messages,
        Map<String, Object> responseFormat,
        Map<String, Object> body) {

    /**
     * One chat message; content of multi-part messages is their text parts joined.
     *
     * @param role the sender as sent ({@code system}, {@code user}, {@code assistant}, ...);
     *     {@code user} when the message named none
     * @param content the message's text; {@code ""} when it had none
     */
    public record Message(String role, String content) {}

    /**
     * Copies the parts and makes the maps unmodifiable.
     *
     * @param jobId the job the call belongs to
     * @param model the model alias or group requested
     * @param messages the chat, in order
     * @param responseFormat the {@code response_format} object, or null
     * @param body the whole request body
     */
    public LlmRequest {
        messages = List.copyOf(messages);
        body = java.util.Collections.unmodifiableMap(body);
        if (responseFormat != null) responseFormat = java.util.Collections.unmodifiableMap(responseFormat);
    }

    /**
     * The content of the last {@code user} message, or {@code ""}.
     *
     * @return the last user message's text, or {@code ""}
     */
    public String lastUserMessage() {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if ("user".equals(messages.get(i).role())) return messages.get(i).content();
        }
        return "";
    }

    /**
     * True when the call asks for JSON ({@code json_schema} or {@code json_object}).
     *
     * @return true for a structured-output call
     */
    public boolean isStructured() {
        return responseFormat != null;
    }

    /**
     * The JSON Schema of {@code response_format.json_schema.schema}, or null.
     *
     * @return the schema, or null
     */
    public Map<String, Object> schema() {
        if (responseFormat == null) return null;
        Map<String, Object> jsonSchema = Json.asMap(responseFormat.get("json_schema"));
        return jsonSchema == null ? null : Json.asMap(jsonSchema.get("schema"));
    }
}
