package bad;

import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;

@LlmJob(system = "You help {customer}.")
public interface InterfaceSystemPlaceholder {
    @Prompt("Answer {question}")
    String answer(String question, String customer);

    @Prompt("Answer {question} alone")
    String withoutCustomer(String question);

    @Prompt(value = "Answer {question} here", system = "Own system prompt")
    String ownSystem(String question);
}
