package bad;

import dev.saasllm.annotations.JobFlow;
import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;
import dev.saasllm.annotations.Reask;
import dev.saasllm.annotations.Retry;

@LlmJob(model = "M")
public interface ReliabilityOnFlow {
    @Prompt("a {x}")
    String step(String x);

    @JobFlow
    @Retry(maxAttempts = 2)
    @Reask(1)
    default String flow(String x) { return step(x); }
}
