package bad;

import dev.saasllm.annotations.Items;
import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Minimum;
import dev.saasllm.annotations.Prompt;

@LlmJob(type = "t", model = "m")
interface MisplacedConstraints {
    record Answer(@Minimum(1) String text, @Items(max = 2) int count) {}

    @Prompt("a")
    Answer answer();
}
