package dev.saasllm.spring;

import dev.saasllm.JobListener;
import dev.saasllm.SaasLlmClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.ClassUtils;

/**
 * A {@link SaasLlmClient} from the {@code saasllm.*} properties, with every {@link JobListener} and
 * {@link SaasLlmClientCustomizer} bean, closed on shutdown (which fails the jobs still open after
 * the grace period, so none is left open on the server); and every {@code @LlmJob} interface of the
 * processor's index a bean made by {@link SaasLlmClient#create}.
 */
@AutoConfiguration
@ConditionalOnClass(SaasLlmClient.class)
@EnableConfigurationProperties(SaasLlmProperties.class)
@Import(ServiceBeansRegistrar.class)
public class SaasLlmAutoConfiguration {
    /** Made by Spring Boot, which finds the class in {@code AutoConfiguration.imports}. */
    public SaasLlmAutoConfiguration() {}

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    SaasLlmClient saasLlmClient(SaasLlmProperties properties, ObjectProvider<JobListener> listeners,
                                ObjectProvider<SaasLlmClientCustomizer> customizers, ResourceLoader resources) {
        boolean emulator = properties.emulator().enabled();
        if (emulator && !ClassUtils.isPresent(ClientSettings.EMULATOR_CLASS, resources.getClassLoader())) {
            throw new IllegalStateException("Property saasllm.emulator.enabled is true but saasllm-emulator is not on "
                    + "the class path. Add dev.saasllm:saasllm-emulator (test scope) or turn the property off.");
        }
        SaasLlmClient.Builder builder = ClientSettings.builder(properties, emulator);
        listeners.orderedStream().forEach(builder::listener);
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }
}
