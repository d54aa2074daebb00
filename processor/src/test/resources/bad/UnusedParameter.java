package bad;

import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.NotInTemplate;
import dev.saasllm.annotations.Prompt;

@LlmJob
public interface UnusedParameter {
    @Prompt("Summarize {text}")
    String summarize(String text,
                     String language); // unused

    @Prompt("Summarize {text}")
    String marked(String text, @NotInTemplate String traceId);

    @Prompt(value = "Summarize {text}", system = "Answer in {language}")
    String usedBySystem(String text, String language);
}
