package dev.saasllm;

import java.util.List;

/**
 * The LLM call a {@link JobListener} event is about: it pairs a call's start with its end when a
 * job makes several calls at once.
 *
 * @param number the call's place in its job, from 1 (a re-ask and a streamed call's unstreamed
 *     fallback are calls of their own)
 * @param model the model (group) asked for
 * @param streamed whether the answer is streamed ({@code llm-call-stream})
 * @param messages the conversation sent (the prompt); left out of {@link #toString()} so that a
 *     log line never carries it
 */
public record CallInfo(int number, String model, boolean streamed, List<ChatMessage> messages) {
    /**
     * Copies {@code messages}.
     *
     * @param number the call's place in its job, from 1
     * @param model the model (group) asked for
     * @param streamed whether the answer is streamed
     * @param messages the conversation sent
     */
    public CallInfo {
        messages = List.copyOf(messages);
    }

    @Override
    public String toString() {
        return "CallInfo[number=" + number + ", model=" + model + ", streamed=" + streamed + ", messages=" + messages.size() + "]";
    }
}
