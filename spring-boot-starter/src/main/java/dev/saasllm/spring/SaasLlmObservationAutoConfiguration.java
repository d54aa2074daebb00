package dev.saasllm.spring;

import dev.saasllm.JobListener;
import dev.saasllm.micrometer.SaasLlmMeterHandler;
import dev.saasllm.micrometer.SaasLlmObservations;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The client's jobs and calls as Observations of the application's {@link ObservationRegistry}
 * (saasllm-micrometer), and with a {@link MeterRegistry} the {@link SaasLlmMeterHandler}'s token,
 * cost and credit meters, which Spring Boot adds to the registry as it does every handler bean.
 */
@AutoConfiguration(before = SaasLlmAutoConfiguration.class, afterName = {
        "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnClass({SaasLlmObservations.class, ObservationRegistry.class})
public class SaasLlmObservationAutoConfiguration {
    /** Made by Spring Boot, which finds the class in {@code AutoConfiguration.imports}. */
    public SaasLlmObservationAutoConfiguration() {}

    @Bean
    @ConditionalOnBean(ObservationRegistry.class)
    JobListener saasLlmObservationListener(ObservationRegistry registry) {
        return SaasLlmObservations.listener(registry);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    static class Meters {
        @Bean
        @ConditionalOnBean(MeterRegistry.class)
        SaasLlmMeterHandler saasLlmMeterHandler(MeterRegistry meters) {
            return new SaasLlmMeterHandler(meters);
        }
    }
}
