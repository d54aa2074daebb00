package bad;

import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;

@LlmJob(systemResource = "prompts/no-system.txt")
public interface BadPromptFiles {
    @Prompt(resource = "prompts/missing.txt")
    String missing(String text);

    @Prompt(value = "Inline {text}", resource = "prompts/both.txt")
    String both(String text);

    @Prompt()
    String neither(String text);
}
