package dev.saasllm.processor.generated;

import dev.saasllm.ChatMessage;
import dev.saasllm.internal.JobRunner;
import dev.saasllm.internal.PromptMethod;
import java.util.List;

/** Records what generated code asks for and answers with canned content, read by the method's reader. */
final class FakeJobRunner implements JobRunner {
    PromptMethod<?> method;
    List<ChatMessage> messages;
    String answer = "";

    FakeJobRunner answering(String answer) {
        this.answer = answer;
        return this;
    }

    @Override
    public <T> T run(PromptMethod<T> method, List<ChatMessage> messages) {
        this.method = method;
        this.messages = messages;
        return method.reader().read(answer);
    }
}
