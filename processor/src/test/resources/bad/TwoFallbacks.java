package bad;

import dev.saasllm.annotations.Fallback;
import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;

@LlmJob(type = "t", model = "m")
interface TwoFallbacks {
    enum Level { @Fallback LOW, HIGH, @Fallback UNKNOWN }

    record Answer(Level level) {}

    @Prompt("a")
    Answer answer();
}
