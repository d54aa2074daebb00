package dev.saasllm;

import java.util.Objects;

/**
 * One message of a chat: a role and its text.
 *
 * @param role {@code system}, {@code user} or {@code assistant}; not null
 * @param content the text; not null
 */
public record ChatMessage(String role, String content) {
    /**
     * Checks that both parts are given.
     *
     * @param role the value for the {@code role} record component
     * @param content the value for the {@code content} record component
     * @throws NullPointerException when either is null
     */
    public ChatMessage {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
    }

    /**
     * A system message: instructions the model follows for the whole conversation.
     *
     * @param content the instructions; not null
     * @return the message
     */
    public static ChatMessage system(String content) {
        return new ChatMessage("system", content);
    }

    /**
     * A user message.
     *
     * @param content the text; not null
     * @return the message
     */
    public static ChatMessage user(String content) {
        return new ChatMessage("user", content);
    }

    /**
     * An assistant message: an earlier answer of the model, to continue a conversation.
     *
     * @param content the answer's text; not null
     * @return the message
     */
    public static ChatMessage assistant(String content) {
        return new ChatMessage("assistant", content);
    }
}
