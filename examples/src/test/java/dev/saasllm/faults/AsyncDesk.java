package dev.saasllm.faults;

import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;
import java.util.concurrent.CompletableFuture;

/** An asynchronous service for the async fault tests: one job per call, on OkHttp's dispatcher. */
@LlmJob(type = "async_faults", model = "fault-model")
public interface AsyncDesk {
    @Prompt("Say {text}")
    CompletableFuture<String> sayAsync(String text);
}
