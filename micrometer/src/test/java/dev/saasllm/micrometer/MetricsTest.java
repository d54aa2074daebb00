package dev.saasllm.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saasllm.SaasLlmClient;
import dev.saasllm.ServerException;
import dev.saasllm.emulator.SaasLlmEmulator;
import dev.saasllm.emulator.SaasLlmEmulatorExtension;
import dev.saasllm.emulator.ServerRelease;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The metrics a meter handler makes of the observations: names, tags and counts. */
class MetricsTest {
    @RegisterExtension
    static final SaasLlmEmulatorExtension EMULATOR = new SaasLlmEmulatorExtension(b -> b.credits(100).release(ServerRelease.FIXED));

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ObservationRegistry registry = ObservationRegistry.create();
    private SaasLlmEmulator emulator;
    private SaasLlmClient client;
    private TriageService service;

    @BeforeEach
    void connect(SaasLlmEmulator emulator) {
        this.emulator = emulator;
        registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters))
                .observationHandler(new SaasLlmMeterHandler(meters));
        client = ObservedClient.builder(emulator, SaasLlmObservations.listener(registry)).build();
        service = client.create(TriageService.class);
    }

    @AfterEach
    void close() {
        client.close();
    }

    private Timer timer(String name, String... tags) {
        return meters.get(name).tags(tags).timer();
    }

    @Test
    void jobsAreTimedByTypeAndOutcome() {
        service.text("Hello");
        service.future("Hello").join();
        emulator.settings().errorRate(1.0, 1);
        assertThatThrownBy(() -> service.text("Hello")).isInstanceOf(ServerException.class);

        assertThat(timer("saasllm.job", "saasllm.job.type", "triage", "saasllm.job.outcome", "completed", "error", "none").count())
                .isEqualTo(2);
        Timer failed = timer("saasllm.job", "saasllm.job.type", "triage", "saasllm.job.outcome", "failed", "error", "ServerException");
        assertThat(failed.count()).isEqualTo(1);
        assertThat(failed.totalTime(TimeUnit.NANOSECONDS)).isPositive();
        // Running jobs are a long-task timer; none is left running.
        assertThat(meters.get("saasllm.job.active").longTaskTimer().activeTasks()).isZero();
    }

    @Test
    void callsAreTimedByModelStreamedAndOutcome() {
        service.text("Hello");
        service.tokens("Hello", token -> {});

        assertThat(timer("gen_ai.client.operation", "gen_ai.operation.name", "chat", "gen_ai.request.model", "TriageAgent",
                "saasllm.job.type", "triage", "saasllm.call.streamed", "false", "saasllm.call.outcome", "answered").count())
                .isEqualTo(1);
        assertThat(timer("gen_ai.client.operation", "saasllm.call.streamed", "true", "saasllm.call.outcome", "answered").count())
                .isEqualTo(1);
        // Time to first token: streamed calls only.
        Timer firstToken = timer("saasllm.call.first_token", "gen_ai.request.model", "TriageAgent", "saasllm.call.streamed", "true");
        assertThat(firstToken.count()).isEqualTo(1);
        assertThat(meters.find("saasllm.call.first_token").tag("saasllm.call.streamed", "false").timer()).isNull();
    }

    @Test
    void retriesAndReasksAreCounted() {
        emulator.settings().rateLimitEvery(2, 0); // the first call answers 429 once
        service.text("Hello");
        emulator.settings().rateLimitEvery(0, 0).invalidJsonAnswers(1);
        service.contact("Name: Ada\nEmail: ada@example.com\nYears: 3");

        Counter retries = meters.get("gen_ai.client.operation.retry").tag("gen_ai.request.model", "TriageAgent").counter();
        assertThat(retries.count()).isEqualTo(1.0);
        Counter reasks = meters.get("saasllm.job.reask").tag("saasllm.job.type", "triage").counter();
        assertThat(reasks.count()).isEqualTo(1.0);
        // The re-asked job made two calls.
        assertThat(meters.get("gen_ai.client.operation").timers().stream().mapToLong(Timer::count).sum()).isEqualTo(3);
    }

    @Test
    void tokensCostAndCreditsAreMeteredByTheMeterHandler() {
        assertThat(meters.get("saasllm.credits.remaining").gauge().value()).isNaN();
        emulator.settings().openAiAnswerShape(true);
        service.text("Hello");
        service.text("Hello again");
        var calls = emulator.jobs().stream().map(job -> job.calls().get(0)).toList();

        DistributionSummary input = meters.get("gen_ai.client.token.usage").tags("gen_ai.token.type", "input",
                "gen_ai.request.model", "TriageAgent", "saasllm.job.type", "triage").summary();
        DistributionSummary output = meters.get("gen_ai.client.token.usage").tags("gen_ai.token.type", "output").summary();
        DistributionSummary total = meters.get("saasllm.call.tokens").tags("gen_ai.request.model", "TriageAgent").summary();
        assertThat(input.count()).isEqualTo(2);
        assertThat(input.totalAmount()).isEqualTo(calls.stream().mapToDouble(c -> c.promptTokens()).sum());
        assertThat(output.totalAmount()).isEqualTo(calls.stream().mapToDouble(c -> c.completionTokens()).sum());
        assertThat(total.totalAmount()).isEqualTo(calls.stream().mapToDouble(c -> c.totalTokens()).sum());
        assertThat(input.totalAmount()).isPositive();

        DistributionSummary cost = meters.get("saasllm.job.cost").tags("saasllm.job.type", "triage",
                "saasllm.job.outcome", "completed").summary();
        assertThat(cost.count()).isEqualTo(2);
        assertThat(meters.get("saasllm.credits.remaining").gauge().value()).isEqualTo(emulator.creditsRemaining());
    }

    @Test
    void noMeterIsTaggedWithAJobIdAFingerprintOrText() {
        service.text("a question nobody should see in a tag");
        service.tokens("Hello", token -> {});
        List<String> forbidden = emulator.jobs().stream()
                .flatMap(job -> java.util.stream.Stream.of(job.jobId(), (String) job.metadata().get("saasllm_fingerprint")))
                .toList();
        assertThat(forbidden).doesNotContainNull().hasSize(4);
        for (Meter meter : meters.getMeters()) {
            for (Tag tag : meter.getId().getTags()) {
                assertThat(forbidden).as(meter.getId() + " " + tag).doesNotContain(tag.getValue());
                assertThat(tag.getValue()).as(meter.getId().getName()).doesNotContain("nobody");
            }
        }
    }
}
