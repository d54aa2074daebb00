package bad;

import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;

@LlmJob
public interface UnknownPlaceholder {
    @Prompt("Summarize {txt}")
    String summarize(String text);

    @Prompt(value = "Translate {text}", system = "Answer in {lang}")
    String translate(String text, String language);

    @Prompt("Nothing close: {zzzzzzzz}")
    String far(String text);
}
