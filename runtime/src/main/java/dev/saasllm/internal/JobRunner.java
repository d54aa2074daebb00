package dev.saasllm.internal;

import dev.saasllm.ChatMessage;
import java.util.List;

/**
 * What a generated implementation calls for each {@code @Prompt} method: open a job, make the
 * call, read the answer, and complete the job {@code completed}, or {@code failed} on any error
 * after the job exists. The client hands one to the generated constructor.
 */
public interface JobRunner {
    <T> T run(PromptMethod<T> method, List<ChatMessage> messages);
}
