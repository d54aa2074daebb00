package dev.saasllm.broken;

/** Broken on purpose, a test double: implements its interface but cannot be constructed with a {@code JobRunner}. */
public final class SaasLlm_BrokenGeneration_WithoutRunnerConstructor implements BrokenGeneration.WithoutRunnerConstructor {
    public SaasLlm_BrokenGeneration_WithoutRunnerConstructor() {}

    @Override
    public String answer() {
        throw new AssertionError("a broken test double: never called");
    }
}
