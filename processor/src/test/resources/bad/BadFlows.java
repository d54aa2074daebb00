package bad;

import dev.saasllm.CallOptions;
import dev.saasllm.annotations.JobFlow;
import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;
import dev.saasllm.annotations.Temperature;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.stream.Stream;

@LlmJob(model = "M")
public interface BadFlows {
    @Prompt("a {x}")
    String step(String x);

    @JobFlow // on an abstract method
    String abstractFlow(String x);

    @JobFlow // on a static method
    static String staticFlow(String x) { return x; }

    @JobFlow
    default String checkedFlow(String x) throws IOException { return step(x); }

    @JobFlow
    default CompletableFuture<String> asyncFlow(String x) { return CompletableFuture.completedFuture(step(x)); }

    @JobFlow
    default Stream<String> streamFlow(String x) { return Stream.of(step(x)); }

    @JobFlow
    default Flow.Publisher<String> publisherFlow(String x) { return null; }

    @JobFlow
    default <T> T genericFlow(T x) { return x; }

    @JobFlow
    @Temperature(0.1)
    default String temperatureFlow(String x) { return step(x); }

    @JobFlow
    default String optionsFlow(String x, CallOptions options) { return step(x); }
}
