package dev.saasllm.benchmarks;

import dev.saasllm.TokenConsumer;
import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/** The generated side of every comparison: saasllm-processor writes {@code SaasLlm_ProfileExtractor}. */
@LlmJob(type = "profile_extraction", model = "ProfileAgent")
public interface ProfileExtractor {
    @Prompt(system = "You extract data from profiles.", value = "Extract the profile:\n\n{text}")
    Profile extract(String text);

    /** The same job, asynchronous. */
    @Prompt(system = "You extract data from profiles.", value = "Extract the profile:\n\n{text}")
    CompletableFuture<Profile> extractAsync(String text);

    /** A streamed chat job: tokens to {@code tokens} as they arrive. */
    @Prompt(system = "You extract data from profiles.", value = "{question}")
    String answer(String question, TokenConsumer tokens);

    /** The same streamed chat job as a publisher: tokens as they are requested. */
    @Prompt(system = "You extract data from profiles.", value = "{question}")
    Flow.Publisher<String> publish(String question);
}
