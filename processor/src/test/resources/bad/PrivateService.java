package bad;

import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;

public class PrivateService {
    @LlmJob
    private interface Hidden {
        @Prompt("Say {text}")
        String say(String text);
    }
}
