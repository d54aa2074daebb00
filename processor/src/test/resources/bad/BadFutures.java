package bad;

import dev.saasllm.JobResult;
import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;
import java.util.concurrent.CompletableFuture;

@LlmJob(model = "M")
public interface BadFutures {
    @Prompt("a {x}")
    @SuppressWarnings("rawtypes")
    CompletableFuture rawFuture(String x);

    @Prompt("b {x}")
    CompletableFuture<?> wildcardFuture(String x);

    @Prompt("c {x}")
    JobResult<? extends String> wildcardResult(String x);
}
