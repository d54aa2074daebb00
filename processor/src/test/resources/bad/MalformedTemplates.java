package bad;

import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;

@LlmJob
public interface MalformedTemplates {
    @Prompt("Lone } brace {text}")
    String loneClosing(String text);

    @Prompt("Unclosed {text")
    String unclosed(String text);

    @Prompt("Not a name: {a b} {text}")
    String notAName(String text);

    @Prompt("Empty: {} {text}")
    String empty(String text);

    @Prompt("Escaped {{fine}} {text}")
    String escaped(String text);
}
