package bad;

import dev.saasllm.JobResult;
import dev.saasllm.TokenConsumer;
import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;
import java.util.concurrent.CompletableFuture;

@LlmJob(model = "M")
public interface BadStreamedJobs {
    @Prompt("a {x}")
    CompletableFuture<String> asyncWithTokens(String x, TokenConsumer tokens);

    @Prompt("b {x}")
    JobResult<String> resultWithTokens(String x, TokenConsumer tokens);
}
