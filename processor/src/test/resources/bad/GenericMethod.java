package bad;

import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;

@LlmJob
public interface GenericMethod {
    @Prompt("Pick from {text}")
    <T> T pick(String text);
}
