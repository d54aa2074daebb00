package bad;

import dev.saasllm.CallOptions;
import dev.saasllm.JobResult;
import dev.saasllm.TokenConsumer;
import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;
import dev.saasllm.annotations.UserId;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

@LlmJob(model = "M")
public interface BadStreamedJobs {
    @Prompt("a {x}")
    CompletableFuture<String> asyncWithTokens(String x, TokenConsumer tokens);

    @Prompt("b {x}")
    JobResult<String> resultWithTokens(String x, TokenConsumer tokens);

    @Prompt("c {x}")
    Stream<String> streamWithOptions(String x, CallOptions perCall);

    @Prompt("d {x}")
    Stream<String> streamWithUser(String x, @UserId String endUser);
}
