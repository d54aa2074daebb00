package dev.saasllm.processor.generated;

import dev.saasllm.ChatMessage;
import dev.saasllm.PartialConsumer;
import dev.saasllm.internal.JobRunner;
import dev.saasllm.internal.PartialReader;
import dev.saasllm.internal.PromptMethod;
import java.util.List;

/** Records what generated code asks for and answers with canned content, read by the method's reader. */
final class FakeJobRunner implements JobRunner {
    PromptMethod<?> method;
    List<ChatMessage> messages;
    String answer = "";
    /** The snapshot reader a streamed method passed: the generated one, JobRunner has no reflective overload. */
    PartialReader<?> snapshots;

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

    @Override
    public <T> T runStreaming(PromptMethod<T> method, List<ChatMessage> messages, PartialReader<T> snapshots,
                              PartialConsumer<? super T> partials) {
        this.snapshots = snapshots;
        return run(method, messages);
    }
}
