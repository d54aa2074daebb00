package dev.saasllm.internal;

import dev.saasllm.CallOptions;
import dev.saasllm.ChatMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changes from one call of a {@code @Prompt} method to the next: the rendered messages and
 * the values of its option, user-id and metadata parameters.
 *
 * @param messages the messages to send, the conversation history included
 * @param options per-call options ({@link CallOptions#NONE} when the method takes none); they win
 *     over the method's
 * @param userId the job's {@code user_id}, or null
 * @param metadata job metadata from parameters, in declaration order; never null
 */
public record Invocation(List<ChatMessage> messages, CallOptions options, String userId, Map<String, Object> metadata) {
    /**
     * Copies the parts, reading null options and metadata as none.
     *
     * @param messages the messages to send
     * @param options per-call options, or null
     * @param userId the job's {@code user_id}, or null
     * @param metadata job metadata from parameters, or null
     */
    public Invocation {
        messages = List.copyOf(messages);
        options = options == null ? CallOptions.NONE : options;
        metadata = metadata == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /**
     * Just the messages.
     *
     * @param messages the messages to send
     * @return the invocation
     */
    public static Invocation of(List<ChatMessage> messages) {
        return new Invocation(messages, CallOptions.NONE, null, Map.of());
    }

    /**
     * For generated code: metadata from parameters as keys and values alternating, in declaration order.
     *
     * @param keysAndValues keys and values alternating; an enum value goes by its name
     * @return the metadata, in order
     */
    public static Map<String, Object> metadata(Object... keysAndValues) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            metadata.put((String) keysAndValues[i], value instanceof Enum<?> e ? e.name() : value);
        }
        return metadata;
    }

    /**
     * {@code history} (may be null), then {@code messages}; system messages of the template go first.
     *
     * @param history earlier messages, or null
     * @param messages the template's messages
     * @return the messages to send
     */
    public static List<ChatMessage> withHistory(List<ChatMessage> history, List<ChatMessage> messages) {
        if (history == null || history.isEmpty()) return messages;
        List<ChatMessage> all = new ArrayList<>(history.size() + messages.size());
        int i = 0;
        while (i < messages.size() && messages.get(i).role().equals("system")) all.add(messages.get(i++));
        for (ChatMessage message : history) all.add(Objects.requireNonNull(message, "a message of the history is null"));
        all.addAll(messages.subList(i, messages.size()));
        return all;
    }
}
