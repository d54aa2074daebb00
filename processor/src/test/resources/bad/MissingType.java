package bad;

import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;

@LlmJob
public interface MissingType {
    @Prompt("Parse {text}")
    NoSuchAnswer parse(String text);
}
