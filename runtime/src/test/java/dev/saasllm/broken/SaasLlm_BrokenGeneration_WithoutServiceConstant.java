package dev.saasllm.broken;

import dev.saasllm.internal.JobRunner;

/**
 * Broken on purpose, a test double: implements its interface and takes a {@code JobRunner}, so
 * {@code create} accepts it, but has no {@code SERVICE} constant, which {@code openJob} needs.
 */
public final class SaasLlm_BrokenGeneration_WithoutServiceConstant implements BrokenGeneration.WithoutServiceConstant {
    public SaasLlm_BrokenGeneration_WithoutServiceConstant(JobRunner runner) {}

    @Override
    public String answer() {
        throw new AssertionError("a broken test double: never called");
    }
}
