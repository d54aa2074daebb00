package com.acme.nested;

import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;

public class Outer {
    public record Verdict(boolean spam, double confidence) {}

    @LlmJob(model = "Filter")
    public interface SpamFilter {
        @Prompt("Is this spam? {message}")
        Verdict check(String message);
    }
}
