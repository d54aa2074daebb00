package bad;

import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;

@LlmJob
public interface Clash {
    @Prompt("Say {text}")
    String say(String text);
}

// Takes the generated class's name, so the processor cannot write it.
class SaasLlm_Clash {}
