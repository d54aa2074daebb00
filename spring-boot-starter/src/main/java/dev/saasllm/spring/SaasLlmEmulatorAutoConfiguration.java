package dev.saasllm.spring;

import dev.saasllm.emulator.SaasLlmEmulator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * For tests: with {@code saasllm.emulator.enabled=true} and saasllm-emulator on the class path, an
 * embedded emulator on a free port (a bean, to enqueue answers and read its jobs) and the client
 * pointed at it with its team and key. The client is made after the emulator and so closed before
 * it: shutdown settles the open jobs on the emulator, then stops it.
 */
@AutoConfiguration(before = SaasLlmAutoConfiguration.class)
@ConditionalOnClass(SaasLlmEmulator.class)
@ConditionalOnBooleanProperty("saasllm.emulator.enabled")
public class SaasLlmEmulatorAutoConfiguration {
    /** Made by Spring Boot, which finds the class in {@code AutoConfiguration.imports}. */
    public SaasLlmEmulatorAutoConfiguration() {}

    @Bean(destroyMethod = "close")
    SaasLlmEmulator saasLlmEmulator() {
        return SaasLlmEmulator.start();
    }

    /** Last, so that the emulator's URL, team and key win over any other customizer's. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SaasLlmClientCustomizer saasLlmEmulatorConnection(SaasLlmEmulator emulator) {
        return builder -> builder.baseUrl(emulator.baseUrl()).teamId(emulator.teamId()).virtualKey(emulator.virtualKey());
    }
}
