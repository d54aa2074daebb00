package bad;

import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;
import dev.saasllm.annotations.Reask;
import dev.saasllm.annotations.Retry;
import dev.saasllm.annotations.Timeout;

@LlmJob(type = "t", model = "m")
@Reask(-1)
interface ReliabilityValues {
    @Prompt("a")
    @Retry(maxAttempts = 0)
    String noAttempts();

    @Prompt("b")
    @Timeout(0)
    String zeroTimeout();

    @Prompt("c")
    @Retry(initialDelayMillis = -5)
    String negativeDelay();
}
