package dev.saasllm.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saasllm.JobListener;
import dev.saasllm.SaasLlmClient;
import dev.saasllm.emulator.SaasLlmEmulator;
import dev.saasllm.emulator.SaasLlmEmulatorExtension;
import dev.saasllm.emulator.ServerRelease;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.common.docs.KeyName;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * docs/observability.md cannot drift from the code: every observation, span, key, event and meter this
 * module makes is named on the page (each meter in a row with its type and unit), every {@code saasllm.*}
 * and {@code gen_ai.*} name on the page is one it makes, and the wiring and options the page shows work.
 */
class ObservabilityPageTest {
    @RegisterExtension
    static final SaasLlmEmulatorExtension EMULATOR = new SaasLlmEmulatorExtension(b -> b.credits(100).release(ServerRelease.FIXED));

    private static final Path PAGE = Path.of("../docs/observability.md");
    /** One of our names in code font on the page. */
    private static final Pattern OUR_NAME = Pattern.compile("`((?:saasllm|gen_ai)\\.[a-z_.]+)`");
    private static final Map<Meter.Type, String> METER_TYPES = Map.of(Meter.Type.TIMER, "timer",
            Meter.Type.LONG_TASK_TIMER, "long-task timer", Meter.Type.COUNTER, "counter",
            Meter.Type.DISTRIBUTION_SUMMARY, "summary", Meter.Type.GAUGE, "gauge");

    @Test
    void theWiringOnThePageTimesJobsAndCalls(SaasLlmEmulator emulator) {
        String baseUrl = emulator.baseUrl();
        String teamId = emulator.teamId();
        String virtualKey = emulator.virtualKey();
        // tag::wiring[]
        MeterRegistry meterRegistry = new SimpleMeterRegistry();   // your application's
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig()
                .observationHandler(new DefaultMeterObservationHandler(meterRegistry))   // timers and counters
                .observationHandler(new SaasLlmMeterHandler(meterRegistry));             // tokens, cost, credits
        SaasLlmClient client = SaasLlmClient.builder()
                .baseUrl(baseUrl).teamId(teamId).virtualKey(virtualKey)
                .listener(SaasLlmObservations.listener(registry))
                .build();
        // end::wiring[]
        try (client) {
            client.create(TriageService.class).text("Hello");
        }

        assertThat(meterRegistry.get("saasllm.job").tags("saasllm.job.type", "triage", "saasllm.job.outcome", "completed")
                .timer().count()).isEqualTo(1);
        assertThat(meterRegistry.get("gen_ai.client.operation").tag("gen_ai.request.model", "TriageAgent").timer().count())
                .isEqualTo(1);
        assertThat(meterRegistry.get("saasllm.job.cost").summary().count()).isEqualTo(1);
    }

    @Test
    void theOptionsOnThePageAddAKeyAndRecordText(SaasLlmEmulator emulator) {
        TestObservationRegistry registry = TestObservationRegistry.create();
        // tag::options[]
        JobListener listener = SaasLlmObservations.builder(registry)
                .jobConvention(new DefaultJobObservationConvention() {   // add or change key values
                    @Override
                    public KeyValues getLowCardinalityKeyValues(JobObservationContext context) {
                        return super.getLowCardinalityKeyValues(context).and("team", "acme");
                    }
                })
                .recordContent(true)                                     // prompt and answer text: off by default
                .build();
        // end::options[]
        try (SaasLlmClient client = ObservedClient.builder(emulator, listener).build()) {
            client.create(TriageService.class).text("Hello");
        }

        TestObservationRegistryAssert.assertThat(registry).hasObservationWithNameEqualTo("saasllm.job").that()
                .hasLowCardinalityKeyValue("team", "acme").hasLowCardinalityKeyValue("saasllm.job.type", "triage");
        TestObservationRegistryAssert.assertThat(registry).hasObservationWithNameEqualTo("gen_ai.client.operation").that()
                .hasHighCardinalityKeyValueWithKey("gen_ai.input.messages")
                .hasHighCardinalityKeyValueWithKey("gen_ai.output.messages");
    }

    @Test
    void everyNameTheModuleMakesIsOnThePageAndNoOther(SaasLlmEmulator emulator) throws IOException {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        List<Observation.Context> contexts = Collections.synchronizedList(new ArrayList<>());
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig()
                .observationHandler(new DefaultMeterObservationHandler(meters))
                .observationHandler(new SaasLlmMeterHandler(meters))
                .observationHandler(new ObservationHandler<>() {
                    @Override public void onStop(Observation.Context context) { contexts.add(context); }
                    @Override public boolean supportsContext(Observation.Context context) { return true; }
                });
        try (SaasLlmClient client = ObservedClient.builder(emulator,
                SaasLlmObservations.builder(registry).recordContent(true).build()).build()) {
            TriageService service = client.create(TriageService.class);
            emulator.settings().openAiAnswerShape(true);
            service.text("Hello");                                              // tokens in and out, cost, credits
            service.tokens("Hello", token -> {});                              // a first token
            emulator.settings().invalidJsonAnswers(1);
            service.contact("Name: Ada\nEmail: ada@example.com\nYears: 3");    // a re-ask
            emulator.settings().errorRate(1.0, 1);
            assertThatThrownBy(() -> service.text("Hello"));                   // a retry, a failed call and job
        }

        Set<String> names = new TreeSet<>();
        for (SaasLlmObservationDocumentation documentation : SaasLlmObservationDocumentation.values()) {
            for (KeyName key : documentation.getLowCardinalityKeyNames()) names.add(key.asString());
            for (KeyName key : documentation.getHighCardinalityKeyNames()) names.add(key.asString());
        }
        for (SaasLlmObservationDocumentation.Events event : SaasLlmObservationDocumentation.Events.values()) {
            names.add(event.getName());
            names.add(event.getContextualName());
        }
        synchronized (contexts) {
            for (Observation.Context context : contexts) {
                names.add(context.getName());
                // A span's name with the job type and model as the page writes them: "job <type>", "chat <model>".
                names.add(context.getContextualName().replace("TriageAgent", "<model>").replace("triage", "<type>"));
                for (KeyValue value : context.getAllKeyValues()) names.add(value.getKey());
            }
        }
        for (Meter meter : meters.getMeters()) {
            names.add(meter.getId().getName());
            for (Tag tag : meter.getId().getTags()) names.add(tag.getKey());
        }

        String page = Files.readString(PAGE);
        assertThat(names.stream().filter(name -> !page.contains("`" + name + "`")))
                .as("made by the module but missing from " + PAGE).isEmpty();
        assertThat(OUR_NAME.matcher(page).results().map(name -> name.group(1)).filter(name -> !names.contains(name)).distinct())
                .as("named on " + PAGE + " but made by nothing").isEmpty();
        for (Meter meter : meters.getMeters()) {
            String row = row(page, meter.getId().getName());
            assertThat(row).as("the type of meter " + meter.getId().getName())
                    .contains("| " + METER_TYPES.get(meter.getId().getType()) + " |");
            if (meter.getId().getBaseUnit() != null) {
                assertThat(row).as("the unit of meter " + meter.getId().getName()).contains(meter.getId().getBaseUnit());
            }
        }
    }

    /** The row of the page's meters table that starts with {@code name}. */
    private static String row(String page, String name) {
        int meters = page.indexOf("\n## Meters\n");
        assertThat(meters).as(PAGE + " has a section \"Meters\"").isNotNegative();
        return page.substring(meters).lines().filter(line -> line.startsWith("| `" + name + "` |")).findFirst()
                .orElseThrow(() -> new AssertionError(PAGE + " has no row for meter " + name + " in its meters table"));
    }
}
