package dev.saasllm.it;

import dev.saasllm.ChatMessage;
import dev.saasllm.TokenConsumer;
import dev.saasllm.annotations.JobFlow;
import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The seed's multi-turn streaming chat, declared: every turn streamed, the whole conversation one
 * job (issue 11, first bullet).
 */
@LlmJob(type = "chat_session", model = "ChatAgent", system = "You are a helpful assistant.")
public interface StreamingChat {
    /** One turn: the history so far, then the new message; tokens as they arrive. */
    @Prompt("{message}")
    String turn(List<ChatMessage> history, String message, TokenConsumer tokens);

    /** One turn as a lazy stream of tokens. */
    @Prompt("{message}")
    Stream<String> streamTurn(List<ChatMessage> history, String message);

    /** The whole conversation in one job; returns the history, each answer as it was streamed. */
    @JobFlow
    default List<ChatMessage> converse(List<String> messages) {
        List<ChatMessage> history = new ArrayList<>();
        for (String message : messages) {
            StringBuilder shown = new StringBuilder();
            String answer = turn(List.copyOf(history), message, shown::append);
            if (!answer.equals(shown.toString())) {
                throw new IllegalStateException("streamed '" + shown + "' but answered '" + answer + "'");
            }
            history.add(ChatMessage.user(message));
            history.add(ChatMessage.assistant(answer));
        }
        return history;
    }
}
