package dev.saasllm.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saasllm.ChatMessage;
import dev.saasllm.ChatStream;
import dev.saasllm.CreateAndCall;
import dev.saasllm.JobListener;
import dev.saasllm.JobScope;
import dev.saasllm.RetryPolicy;
import dev.saasllm.SaasLlmClient;
import dev.saasllm.emulator.JobStatus;
import dev.saasllm.emulator.SaasLlmEmulator;
import dev.saasllm.micrometer.SaasLlmMeterHandler;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.UserConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class SaasLlmAutoConfigurationTest {
    private static final String KEY = "sk-secret-boot-0123456789";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SaasLlmAutoConfiguration.class, SaasLlmEmulatorAutoConfiguration.class,
                    SaasLlmObservationAutoConfiguration.class, SaasLlmHealthAutoConfiguration.class));

    @Test
    void clientFromProperties() {
        runner.withPropertyValues("saasllm.base-url=http://llm.example:8003", "saasllm.team-id=team-a",
                        "saasllm.virtual-key=" + KEY, "saasllm.model=gpt-4o")
                .run(context -> {
                    assertThat(context).hasSingleBean(SaasLlmClient.class).doesNotHaveBean(SaasLlmEmulator.class);
                    String client = context.getBean(SaasLlmClient.class).toString();
                    assertThat(client).contains("http://llm.example:8003/", "team-a", "gpt-4o").doesNotContain(KEY);
                    SaasLlmProperties properties = context.getBean(SaasLlmProperties.class);
                    assertThat(properties.virtualKey()).isEqualTo(KEY);
                    assertThat(properties.toString()).contains("team-a", "virtualKey=(hidden)").doesNotContain(KEY);
                });
    }

    @Test
    void retryAndTimeoutsBindToTheClientsTypes() {
        runner.withPropertyValues("saasllm.team-id=t", "saasllm.virtual-key=" + KEY, "saasllm.retry.max-attempts=4",
                        "saasllm.retry.initial-delay=250ms", "saasllm.retry.statuses=429,503", "saasllm.retry.on-timeout=false",
                        "saasllm.create-and-call=never", "saasllm.call-timeout=45s")
                .run(context -> {
                    SaasLlmProperties properties = context.getBean(SaasLlmProperties.class);
                    assertThat(properties.createAndCall()).isEqualTo(CreateAndCall.NEVER);
                    assertThat(properties.callTimeout()).isEqualTo(Duration.ofSeconds(45));
                    assertThat(ClientSettings.retryPolicy(properties.retry())).isEqualTo(RetryPolicy.builder().maxAttempts(4)
                            .initialDelay(Duration.ofMillis(250)).retryStatuses(Set.of(429, 503)).retryOnTimeout(false).build());
                });
    }

    @Test
    void defaultsAreTheClientsDefaults() {
        runner.withPropertyValues("saasllm.emulator.enabled=true").run(context -> {
            SaasLlmProperties properties = context.getBean(SaasLlmProperties.class);
            assertThat(ClientSettings.retryPolicy(properties.retry())).isEqualTo(RetryPolicy.NONE);
            assertThat(properties.baseUrl()).isEqualTo("http://localhost:8003");
            assertThat(properties.createAndCall()).isEqualTo(CreateAndCall.TEXT_ONLY);
            assertThat(properties.closeGracePeriod()).isEqualTo(Duration.ofSeconds(10));
        });
    }

    @Test
    void missingVirtualKeyFailsStartupNamingTheProperty() {
        runner.withPropertyValues("saasllm.team-id=team-a").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageStartingWith("Property saasllm.virtual-key is not set.");
        });
    }

    @Test
    void missingTeamFailsStartupWithoutShowingTheKey() {
        runner.withPropertyValues("saasllm.virtual-key=" + KEY).run(context -> {
            assertThat(context).hasFailed();
            Throwable failure = context.getStartupFailure();
            assertThat(failure).rootCause().hasMessageStartingWith("Property saasllm.team-id is not set.");
            for (Throwable t = failure; t != null; t = t.getCause()) assertThat(String.valueOf(t.getMessage())).doesNotContain(KEY);
        });
    }

    @Test
    void everyIndexedInterfaceIsABeanServedByTheEmulator() {
        runner.withPropertyValues("saasllm.emulator.enabled=true").run(context -> {
            assertThat(context).hasSingleBean(Greeter.class).hasBean(Greeter.class.getName());
            SaasLlmEmulator emulator = context.getBean(SaasLlmEmulator.class);
            emulator.enqueueAnswer("Hello, Ada!");
            assertThat(context.getBean(Greeter.class).greet("Ada")).isEqualTo("Hello, Ada!");
            assertThat(emulator.jobCount(JobStatus.COMPLETED)).isEqualTo(1);
            assertThat(emulator.jobs().get(0).jobType()).isEqualTo("greeter");
        });
    }

    @Test
    void theIndexListsTheTestInterface() {
        assertThat(ServiceBeansRegistrar.indexedServices(getClass().getClassLoader())).contains(Greeter.class.getName());
    }

    @Test
    void shutdownSettlesOpenJobsBeforeTheEmulatorStops() {
        runner.withPropertyValues("saasllm.emulator.enabled=true", "saasllm.close-grace-period=0s").run(context -> {
            SaasLlmEmulator emulator = context.getBean(SaasLlmEmulator.class);
            JobScope<Greeter> job = context.getBean(SaasLlmClient.class).openJob(Greeter.class);
            assertThat(emulator.openJobs()).isEqualTo(1);
            ((ConfigurableApplicationContext) context.getSourceApplicationContext()).close();
            assertThat(emulator.openJobs()).isZero();
            assertThat(emulator.job(job.jobId()).orElseThrow().status()).isEqualTo(JobStatus.FAILED);
        });
    }

    @Test
    void emulatorPropertyWithoutTheEmulatorSaysWhatToAdd() {
        runner.withClassLoader(new FilteredClassLoader(SaasLlmEmulator.class)).withPropertyValues("saasllm.emulator.enabled=true")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("saasllm-emulator is not on the class path");
                });
    }

    @Test
    void anApplicationsOwnClientWins() {
        runner.withUserConfiguration(OwnClient.class).run(context -> {
            assertThat(context).hasSingleBean(SaasLlmClient.class);
            assertThat(context.getBean(SaasLlmClient.class).toString()).contains("own-team");
            assertThat(context).hasSingleBean(Greeter.class);
        });
    }

    @Test
    void observationsGoToTheApplicationsRegistry() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        runner.withBean(ObservationRegistry.class, () -> registry).withPropertyValues("saasllm.emulator.enabled=true")
                .run(context -> {
                    assertThat(context).hasSingleBean(JobListener.class).doesNotHaveBean(SaasLlmMeterHandler.class);
                    context.getBean(Greeter.class).greet("Ada");
                    TestObservationRegistryAssert.assertThat(registry).hasObservationWithNameEqualTo("saasllm.job")
                            .that().hasLowCardinalityKeyValue("saasllm.job.type", "greeter");
                });
    }

    @Test
    void meterHandlerWithAMeterRegistry() {
        runner.withBean(ObservationRegistry.class, ObservationRegistry::create)
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withPropertyValues("saasllm.emulator.enabled=true")
                .run(context -> assertThat(context).hasSingleBean(SaasLlmMeterHandler.class));
    }

    @Test
    void noObservationsWithoutMicrometer() {
        runner.withClassLoader(new FilteredClassLoader(ObservationRegistry.class)).withPropertyValues("saasllm.emulator.enabled=true")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(JobListener.class));
    }

    @Test
    void healthIsTheServersHealth() {
        runner.withPropertyValues("saasllm.emulator.enabled=true").run(context -> {
            Health health = context.getBean("saasllmHealthIndicator", HealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("status", "healthy").containsEntry("service", "saas-llm-api");
        });
    }

    @Test
    void healthNamesTheFallbacksTheClientUses() {
        // The emulator answers as the current release, whose per-job stream fails: the first stream teaches the client.
        runner.withPropertyValues("saasllm.emulator.enabled=true", "saasllm.model=m").run(context -> {
            HealthIndicator indicator = context.getBean("saasllmHealthIndicator", HealthIndicator.class);
            assertThat(indicator.health().getDetails()).doesNotContainKey("fallbacks");

            SaasLlmClient client = context.getBean(SaasLlmClient.class);
            String jobId = client.createJob("stream_once");
            try (ChatStream stream = client.chatStream(jobId, List.of(ChatMessage.user("Hi")))) {
                while (stream.next() != null) {
                    // read to the end: the answer arrives as one chunk through the fallback
                }
            }
            client.completeJob(jobId, dev.saasllm.JobStatus.COMPLETED);

            Health health = indicator.health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("fallbacks", List.of("UNSTREAMED_CALLS"));
        });
    }

    @Test
    void healthIsDownWhenTheServerCannotBeReachedAndShowsNoKey() {
        runner.withPropertyValues("saasllm.base-url=http://127.0.0.1:1", "saasllm.team-id=t", "saasllm.virtual-key=" + KEY)
                .run(context -> {
                    Health health = context.getBean(HealthIndicator.class).health();
                    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                    assertThat(health.getDetails()).containsKey("error");
                    assertThat(health.toString()).doesNotContain(KEY);
                });
    }

    @Test
    void healthIndicatorCanBeTurnedOffOrIsAbsentWithoutActuator() {
        runner.withPropertyValues("saasllm.emulator.enabled=true", "management.health.saasllm.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(HealthIndicator.class));
        runner.withClassLoader(new FilteredClassLoader(HealthIndicator.class)).withPropertyValues("saasllm.emulator.enabled=true")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("saasllmHealthIndicator"));
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnClient {
        @Bean
        SaasLlmClient ownClient() {
            return SaasLlmClient.builder().teamId("own-team").virtualKey(KEY).build();
        }
    }
}
