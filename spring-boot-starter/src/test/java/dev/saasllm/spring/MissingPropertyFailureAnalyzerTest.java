package dev.saasllm.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

/** A missing property is reported by Spring Boot's failure analysis, not as a bare stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class MissingPropertyFailureAnalyzerTest {
    private static final String KEY = "sk-secret-analyzer-42";

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(SaasLlmAutoConfiguration.class)
    static class App {}

    @Test
    void startupFailureNamesThePropertyAndWhatToSet(CapturedOutput output) {
        SpringApplication app = new SpringApplication(App.class);
        app.setWebApplicationType(WebApplicationType.NONE);

        assertThatThrownBy(() -> app.run("--saasllm.virtual-key=" + KEY)).rootCause().isInstanceOf(MissingPropertyException.class);
        assertThat(output).contains("APPLICATION FAILED TO START",
                "Property saasllm.team-id is not set: the SaasLlmClient bean cannot be created.",
                "Set saasllm.team-id and saasllm.virtual-key (the team's virtual key, sk-...)");
        assertThat(output.toString()).doesNotContain(KEY);
    }
}
