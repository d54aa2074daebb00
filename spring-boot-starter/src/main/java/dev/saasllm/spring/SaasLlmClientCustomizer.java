package dev.saasllm.spring;

import dev.saasllm.SaasLlmClient;

/**
 * Changes the builder of the auto-configured {@link SaasLlmClient} after the {@code saasllm.*}
 * properties are applied: for what has no property (a budget guard, an own {@code OkHttpClient}).
 * Every such bean is applied, in {@link org.springframework.core.annotation.Order} order.
 */
@FunctionalInterface
public interface SaasLlmClientCustomizer {
    /**
     * Changes the builder before the client is built.
     *
     * @param builder the builder, with the properties applied
     */
    void customize(SaasLlmClient.Builder builder);
}
