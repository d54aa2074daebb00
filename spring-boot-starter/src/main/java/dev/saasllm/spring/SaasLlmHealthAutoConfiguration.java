package dev.saasllm.spring;

import dev.saasllm.SaasLlmClient;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/** The {@code saasllm} health indicator (Actuator's {@code /actuator/health}); off with {@code management.health.saasllm.enabled=false}. */
@AutoConfiguration(after = SaasLlmAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(SaasLlmClient.class)
@ConditionalOnEnabledHealthIndicator("saasllm")
public class SaasLlmHealthAutoConfiguration {
    /** Made by Spring Boot, which finds the class in {@code AutoConfiguration.imports}. */
    public SaasLlmHealthAutoConfiguration() {}

    @Bean
    HealthIndicator saasllmHealthIndicator(SaasLlmClient client) {
        return new SaasLlmHealthIndicator(client);
    }
}
