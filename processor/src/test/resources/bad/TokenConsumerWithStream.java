package bad;

import dev.saasllm.TokenConsumer;
import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;
import java.util.stream.Stream;

@LlmJob(type = "t", model = "m")
interface TokenConsumerWithStream {
    @Prompt("{q}")
    Stream<String> answer(String q, TokenConsumer tokens);
}
