package bad;

import dev.saasllm.TokenConsumer;
import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;

@LlmJob(type = "t", model = "m")
interface TokenConsumerInTemplate {
    @Prompt("{q} and {tokens}")
    String answer(String q, TokenConsumer tokens);
}
