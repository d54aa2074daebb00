package bad;

import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;

@LlmJob(system = "You are {broken")
public interface MalformedSystem {
    @Prompt("Say {text}")
    String say(String text);
}
