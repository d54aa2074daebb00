package bad;

import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;

@LlmJob
public interface MissingPrompt extends MissingPromptBase {
    @Prompt("Fine: {text}")
    String fine(String text);

    String forgotten(String text);

    String toString(); // implemented by Object: not an error
}

interface MissingPromptBase {
    String inherited(String text);
}
