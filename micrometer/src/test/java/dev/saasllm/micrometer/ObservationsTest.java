package dev.saasllm.micrometer;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saasllm.CreateAndCall;
import dev.saasllm.SaasLlmClient;
import dev.saasllm.ServerException;
import dev.saasllm.emulator.JobSnapshot;
import dev.saasllm.emulator.SaasLlmEmulator;
import dev.saasllm.emulator.SaasLlmEmulatorExtension;
import dev.saasllm.emulator.ServerRelease;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.tck.TestObservationRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Jobs and calls of generated services, against the emulator, as Micrometer observations: names,
 * parents, key values (job ids never low-cardinality), events, errors, and content only on opt-in.
 */
class ObservationsTest {
    @RegisterExtension
    static final SaasLlmEmulatorExtension EMULATOR = new SaasLlmEmulatorExtension(b -> b.credits(100).release(ServerRelease.FIXED));

    private final TestObservationRegistry registry = TestObservationRegistry.create();
    /** Every observation's context, once stopped, in the order stopped. */
    private final List<Observation.Context> stopped = Collections.synchronizedList(new ArrayList<>());
    private SaasLlmEmulator emulator;
    private SaasLlmClient client;
    private TriageService service;

    @BeforeEach
    void connect(SaasLlmEmulator emulator) {
        this.emulator = emulator;
        registry.observationConfig().observationHandler(new ObservationHandler<>() {
            @Override public void onStop(Observation.Context context) { stopped.add(context); }
            @Override public boolean supportsContext(Observation.Context context) { return true; }
        });
        client = ObservedClient.builder(emulator, SaasLlmObservations.listener(registry)).build();
        service = client.create(TriageService.class);
    }

    @AfterEach
    void close() {
        client.close();
    }

    private JobSnapshot onlyJob() {
        assertThat(emulator.jobs()).hasSize(1);
        return emulator.jobs().get(0);
    }

    private <C extends Observation.Context> List<C> stopped(Class<C> type) {
        synchronized (stopped) {
            return stopped.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    private static String high(Observation.Context context, String key) {
        KeyValue value = context.getHighCardinalityKeyValue(key);
        return value == null ? null : value.getValue();
    }

    private static String low(Observation.Context context, String key) {
        KeyValue value = context.getLowCardinalityKeyValue(key);
        return value == null ? null : value.getValue();
    }

    @Test
    void aBlockingJobIsAJobObservationWithItsCallAsAChild() {
        assertThat(service.text("Hello")).isEqualTo("Echo: Hello");
        JobSnapshot job = onlyJob();

        assertThat(registry)
                .hasNumberOfObservationsWithNameEqualTo("saasllm.job", 1)
                .hasNumberOfObservationsWithNameEqualTo("gen_ai.client.operation", 1)
                .hasObservationWithNameEqualTo("saasllm.job").that()
                .hasContextualNameEqualTo("job triage")
                .hasLowCardinalityKeyValue("saasllm.job.type", "triage")
                .hasLowCardinalityKeyValue("saasllm.job.outcome", "completed")
                .hasHighCardinalityKeyValue("saasllm.job.id", job.jobId())
                .hasHighCardinalityKeyValue("saasllm.job.source", "TriageService.text")
                .hasHighCardinalityKeyValue("saasllm.prompt.fingerprint", (String) job.metadata().get("saasllm_fingerprint"))
                .hasHighCardinalityKeyValue("saasllm.credits.remaining", "99")
                .hasHighCardinalityKeyValue("saasllm.job.credit_applied", "true")
                .hasHighCardinalityKeyValue("saasllm.job.calls", "1")
                .hasHighCardinalityKeyValueWithKey("saasllm.job.cost_usd")
                .hasHighCardinalityKeyValueWithKey("saasllm.job.total_tokens")
                .doesNotHaveLowCardinalityKeyValueWithKey("saasllm.job.id")
                .doesNotHaveError()
                .hasBeenStarted()
                .hasBeenStopped();

        CallObservationContext call = stopped(CallObservationContext.class).get(0);
        JobObservationContext jobContext = stopped(JobObservationContext.class).get(0);
        assertThat(call.getParentObservation().getContextView()).isSameAs(jobContext);
        assertThat(call.getContextualName()).isEqualTo("chat TriageAgent");
        assertThat(low(call, "gen_ai.operation.name")).isEqualTo("chat");
        assertThat(low(call, "gen_ai.request.model")).isEqualTo("TriageAgent");
        assertThat(low(call, "saasllm.job.type")).isEqualTo("triage");
        assertThat(low(call, "saasllm.call.streamed")).isEqualTo("false");
        assertThat(low(call, "saasllm.call.outcome")).isEqualTo("answered");
        assertThat(high(call, "saasllm.job.id")).isEqualTo(job.jobId());
        assertThat(high(call, "saasllm.call.number")).isEqualTo("1");
        assertThat(high(call, "saasllm.call.retries")).isEqualTo("0");
        assertThat(high(call, "gen_ai.response.id")).isEqualTo(job.calls().get(0).callId());
        assertThat(high(call, "saasllm.usage.total_tokens")).isEqualTo(String.valueOf(job.calls().get(0).totalTokens()));
        assertThat(high(call, "saasllm.call.server_latency_ms")).isNotNull();
        assertThat(high(call, "saasllm.call.time_to_first_token_ms")).isNull();
        // The job's stopped after its call.
        assertThat(stopped).containsExactly(call, jobContext);
    }

    @Test
    void highCardinalityValuesAreNeverLowCardinality() {
        service.text("Hello");
        String jobId = onlyJob().jobId();
        for (Observation.Context context : stopped) {
            for (KeyValue value : context.getLowCardinalityKeyValues()) {
                assertThat(value.getValue()).as(value.getKey()).isNotEqualTo(jobId)
                        .doesNotContain("Hello").doesNotContain((String) onlyJob().metadata().get("saasllm_fingerprint"));
            }
        }
    }

    @Test
    void promptAndAnswerAreNotRecordedByDefault() {
        service.text("my secret question");
        for (Observation.Context context : stopped) {
            assertThat(context.getHighCardinalityKeyValue("gen_ai.input.messages")).isNull();
            assertThat(context.getHighCardinalityKeyValue("gen_ai.output.messages")).isNull();
            context.getAllKeyValues().forEach(value -> assertThat(value.getValue()).doesNotContain("secret"));
        }
    }

    @Test
    void promptAndAnswerAreRecordedWhenOptedIn() {
        client.close();
        client = ObservedClient.builder(emulator, SaasLlmObservations.builder(registry).recordContent(true).build()).build();
        assertThat(client.create(TriageService.class).text("Say \"hi\"")).isEqualTo("Echo: Say \"hi\"");
        CallObservationContext call = stopped(CallObservationContext.class).get(0);
        assertThat(high(call, "gen_ai.input.messages"))
                .isEqualTo("[{\"role\":\"user\",\"parts\":[{\"type\":\"text\",\"content\":\"Say \\\"hi\\\"\"}]}]");
        assertThat(high(call, "gen_ai.output.messages")).isEqualTo("[{\"role\":\"assistant\",\"parts\":[{\"type\":\"text\","
                + "\"content\":\"Echo: Say \\\"hi\\\"\"}],\"finish_reason\":\"stop\"}]");
    }

    @Test
    void anOpenAiShapedAnswerGivesInputAndOutputTokens() {
        emulator.settings().openAiAnswerShape(true);
        service.text("Hello");
        var recorded = onlyJob().calls().get(0);
        CallObservationContext call = stopped(CallObservationContext.class).get(0);
        assertThat(high(call, "gen_ai.usage.input_tokens")).isEqualTo(String.valueOf(recorded.promptTokens()));
        assertThat(high(call, "gen_ai.usage.output_tokens")).isEqualTo(String.valueOf(recorded.completionTokens()));
    }

    @Test
    void anAsynchronousJobIsObservedAlike() {
        assertThat(service.future("Hello").join()).isEqualTo("Echo: Hello");
        assertThat(registry).hasNumberOfObservationsWithNameEqualTo("saasllm.job", 1)
                .hasObservationWithNameEqualTo("saasllm.job").that()
                .hasLowCardinalityKeyValue("saasllm.job.outcome", "completed")
                .hasHighCardinalityKeyValue("saasllm.job.source", "TriageService.future").hasBeenStopped();
        assertThat(registry).hasObservationWithNameEqualTo("gen_ai.client.operation").that()
                .hasLowCardinalityKeyValue("saasllm.call.outcome", "answered").hasBeenStopped();
    }

    @Test
    void aStreamedCallHasItsTimeToFirstToken() {
        emulator.settings().streamChunkSize(2);
        StringBuilder tokens = new StringBuilder();
        List<String> each = new ArrayList<>();
        assertThat(service.tokens("Hello there", token -> { tokens.append(token); each.add(token); })).isEqualTo("Echo: Hello there");
        assertThat(each).hasSizeGreaterThan(1); // it really streamed

        CallObservationContext call = stopped(CallObservationContext.class).get(0);
        assertThat(low(call, "saasllm.call.streamed")).isEqualTo("true");
        assertThat(Long.parseLong(high(call, "saasllm.call.time_to_first_token_ms"))).isNotNegative();
        assertThat(registry).hasObservationWithNameEqualTo("saasllm.call.first_token").that()
                .hasContextualNameEqualTo("first token")
                .hasLowCardinalityKeyValue("gen_ai.request.model", "TriageAgent")
                .hasLowCardinalityKeyValue("saasllm.call.streamed", "true")
                .doesNotHaveLowCardinalityKeyValueWithKey("saasllm.call.outcome")
                .hasParentObservationContextMatching(parent -> parent == call)
                .doesNotHaveError()
                .hasBeenStopped();
        // The first token came before the end of the call.
        Observation.Context firstToken = stopped.stream().filter(c -> "saasllm.call.first_token".equals(c.getName()))
                .findFirst().orElseThrow();
        assertThat(stopped.indexOf(firstToken)).isLessThan(stopped.indexOf(call));
    }

    @Test
    void aStreamJobIsObservedUntilTheStreamEnds() {
        try (Stream<String> tokens = service.stream("Hello")) {
            assertThat(String.join("", tokens.toList())).isEqualTo("Echo: Hello");
        }
        assertThat(registry).hasObservationWithNameEqualTo("saasllm.job").that()
                .hasLowCardinalityKeyValue("saasllm.job.outcome", "completed").hasBeenStopped();
        assertThat(registry).hasObservationWithNameEqualTo("saasllm.call.first_token").that().hasBeenStopped();
    }

    @Test
    void aFailedJobHasItsErrorOnTheJobAndTheCall() {
        emulator.settings().errorRate(1.0, 1);
        Throwable thrown = assertThatThrownBy(() -> service.text("Hello")).isInstanceOf(ServerException.class).actual();

        assertThat(registry).hasObservationWithNameEqualTo("saasllm.job").that()
                .hasLowCardinalityKeyValue("saasllm.job.outcome", "failed")
                .hasError(thrown)
                .hasBeenStopped();
        assertThat(registry).hasObservationWithNameEqualTo("gen_ai.client.operation").that()
                .hasLowCardinalityKeyValue("saasllm.call.outcome", "failed")
                .hasHighCardinalityKeyValue("saasllm.call.retries", "1") // two attempts: one retry
                .hasError(thrown)
                .hasBeenStopped();
        CallObservationContext call = stopped(CallObservationContext.class).get(0);
        assertThat(call.retries()).isEqualTo(1);
    }

    @Test
    void aFailedStreamEndsItsWaitForTheFirstTokenWithTheError() {
        emulator.settings().errorRate(1.0, 1);
        Throwable thrown = assertThatThrownBy(() -> service.tokens("Hello", token -> {})).actual();
        assertThat(registry).hasObservationWithNameEqualTo("saasllm.call.first_token").that()
                .hasError(thrown).hasBeenStopped();
        assertThat(registry).hasObservationWithNameEqualTo("gen_ai.client.operation").that()
                .hasError(thrown).hasLowCardinalityKeyValue("saasllm.call.outcome", "failed").hasBeenStopped();
    }

    @Test
    void aReaskIsAnEventOfTheJobAndItsCallsAreTwoObservations() {
        emulator.settings().invalidJsonAnswers(1);
        assertThat(service.contact("Name: Ada\nEmail: ada@example.com\nYears: 3").name()).isEqualTo("Ada");

        assertThat(registry).hasNumberOfObservationsWithNameEqualTo("gen_ai.client.operation", 2);
        JobObservationContext job = stopped(JobObservationContext.class).get(0);
        assertThat(low(job, "saasllm.job.outcome")).isEqualTo("completed");
        assertThat(stopped(CallObservationContext.class)).extracting(c -> high(c, "saasllm.call.number"))
                .containsExactly("1", "2");
    }

    @Test
    void aRetriedAttemptIsAnEventOfTheCall() {
        emulator.settings().rateLimitEvery(2, 0); // the call (the 2nd request) answers 429 once
        assertThat(service.text("Hello")).isEqualTo("Echo: Hello");
        assertThat(registry).hasObservationWithNameEqualTo("gen_ai.client.operation").that()
                .hasHighCardinalityKeyValue("saasllm.call.retries", "1")
                .hasLowCardinalityKeyValue("saasllm.call.outcome", "answered")
                .doesNotHaveError();
    }

    @Test
    void aCreateAndCallJobHasItsCallToo() {
        client.close();
        client = ObservedClient.builder(emulator, SaasLlmObservations.listener(registry)).createAndCall(CreateAndCall.ALWAYS).build();
        assertThat(client.create(TriageService.class).text("Hello")).isEqualTo("Echo: Hello");
        assertThat(emulator.requests()).extracting(r -> r.path()).containsExactly("/api/jobs/create-and-call");
        assertThat(registry).hasNumberOfObservationsWithNameEqualTo("saasllm.job", 1)
                .hasNumberOfObservationsWithNameEqualTo("gen_ai.client.operation", 1);
        CallObservationContext call = stopped(CallObservationContext.class).get(0);
        assertThat(call.getParentObservation().getContextView()).isSameAs(stopped(JobObservationContext.class).get(0));
        assertThat(low(call, "saasllm.call.outcome")).isEqualTo("answered");
    }

    @Test
    void aConventionCanAddKeyValues() {
        client.close();
        JobObservationConvention withTeam = new DefaultJobObservationConvention() {
            @Override
            public io.micrometer.common.KeyValues getLowCardinalityKeyValues(JobObservationContext context) {
                return super.getLowCardinalityKeyValues(context).and("team", "acme");
            }
        };
        client = ObservedClient.builder(emulator, SaasLlmObservations.builder(registry).jobConvention(withTeam).build()).build();
        client.create(TriageService.class).text("Hello");
        assertThat(registry).hasObservationWithNameEqualTo("saasllm.job").that()
                .hasLowCardinalityKeyValue("team", "acme")
                .hasLowCardinalityKeyValue("saasllm.job.type", "triage");
    }
}
