package dev.saasllm.broken;

import dev.saasllm.internal.JobRunner;

/** Broken on purpose, a test double: does not implement {@link BrokenGeneration.NotImplementing}. */
public final class SaasLlm_BrokenGeneration_NotImplementing {
    public SaasLlm_BrokenGeneration_NotImplementing(JobRunner runner) {}
}
