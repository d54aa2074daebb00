package bad;

import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;

@LlmJob
public interface PromptOnNonAbstract {
    @Prompt("default {text}")
    default String withDefault(String text) {
        return text;
    }

    @Prompt("static {text}")
    static String withStatic(String text) {
        return text;
    }
}
