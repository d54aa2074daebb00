package dev.saasllm.spring;

import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;

/** Compiled by saasllm-processor, which lists it in the test classes' service index. */
@LlmJob(model = "gpt-4o-mini")
public interface Greeter {
    @Prompt("Greet {name}")
    String greet(String name);
}
