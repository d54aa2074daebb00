package bad;

import dev.saasllm.TokenConsumer;
import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;

@LlmJob(type = "t", model = "m")
interface TokenConsumerTwice {
    @Prompt("{q}")
    String answer(String q, TokenConsumer first, TokenConsumer second);
}
