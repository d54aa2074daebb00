package bad;

import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;

@LlmJob
public interface GenericService<T> {
    @Prompt("Say {text}")
    String say(String text);
}
