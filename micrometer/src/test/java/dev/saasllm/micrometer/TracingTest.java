package dev.saasllm.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saasllm.SaasLlmClient;
import dev.saasllm.ServerException;
import dev.saasllm.emulator.SaasLlmEmulator;
import dev.saasllm.emulator.SaasLlmEmulatorExtension;
import dev.saasllm.emulator.ServerRelease;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.otel.bridge.OtelBaggageManager;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The spans the observations become through Micrometer Tracing's OpenTelemetry bridge, read from an
 * in-memory exporter: names, parents, GenAI attributes, events and error status.
 */
class TracingTest {
    @RegisterExtension
    static final SaasLlmEmulatorExtension EMULATOR = new SaasLlmEmulatorExtension(b -> b.credits(100).release(ServerRelease.FIXED));

    private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
    private final SdkTracerProvider tracerProvider = SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(exporter)).build();
    private final ObservationRegistry registry = ObservationRegistry.create();
    private SaasLlmEmulator emulator;
    private SaasLlmClient client;
    private TriageService service;

    @BeforeEach
    void connect(SaasLlmEmulator emulator) {
        this.emulator = emulator;
        OtelCurrentTraceContext current = new OtelCurrentTraceContext();
        OtelTracer tracer = new OtelTracer(tracerProvider.get("saasllm-test"), current, event -> {},
                new OtelBaggageManager(current, List.of(), List.of()));
        registry.observationConfig().observationHandler(new DefaultTracingObservationHandler(tracer));
        client = ObservedClient.builder(emulator, SaasLlmObservations.listener(registry)).build();
        service = client.create(TriageService.class);
    }

    @AfterEach
    void close() {
        client.close();
        tracerProvider.close();
    }

    private SpanData span(String name) {
        return exporter.getFinishedSpanItems().stream().filter(s -> s.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no span " + name + " in " + exporter.getFinishedSpanItems()));
    }

    private static String attribute(SpanData span, String key) {
        return span.getAttributes().get(AttributeKey.stringKey(key));
    }

    @Test
    void aJobIsASpanWithItsCallAsAChild() {
        service.text("Hello");
        String jobId = emulator.jobs().get(0).jobId();

        SpanData job = span("job triage");
        SpanData call = span("chat TriageAgent");
        assertThat(call.getParentSpanId()).isEqualTo(job.getSpanId());
        assertThat(call.getTraceId()).isEqualTo(job.getTraceId());
        assertThat(attribute(job, "saasllm.job.type")).isEqualTo("triage");
        assertThat(attribute(job, "saasllm.job.id")).isEqualTo(jobId);
        assertThat(attribute(job, "saasllm.credits.remaining")).isEqualTo("99");
        assertThat(attribute(job, "saasllm.prompt.fingerprint")).isNotBlank();
        assertThat(attribute(call, "gen_ai.operation.name")).isEqualTo("chat");
        assertThat(attribute(call, "gen_ai.request.model")).isEqualTo("TriageAgent");
        assertThat(attribute(call, "saasllm.job.id")).isEqualTo(jobId);
        assertThat(attribute(call, "saasllm.usage.total_tokens")).isNotBlank();
        assertThat(attribute(call, "gen_ai.input.messages")).isNull();
        assertThat(job.getStatus().getStatusCode()).isNotEqualTo(StatusCode.ERROR);
    }

    @Test
    void aJobOpenedInsideAnObservationIsItsChild() {
        Observation request = Observation.start("http.server.requests", registry);
        try (Observation.Scope scope = request.openScope()) {
            service.text("Hello");
        } finally {
            request.stop();
        }
        assertThat(span("job triage").getParentSpanId()).isEqualTo(span("http.server.requests").getSpanId());
    }

    @Test
    void aStreamedCallHasAFirstTokenSpan() {
        service.tokens("Hello there", token -> {});
        SpanData call = span("chat TriageAgent");
        SpanData firstToken = span("first token");
        assertThat(firstToken.getParentSpanId()).isEqualTo(call.getSpanId());
        assertThat(firstToken.getEndEpochNanos()).isLessThanOrEqualTo(call.getEndEpochNanos());
        assertThat(attribute(call, "saasllm.call.streamed")).isEqualTo("true");
        assertThat(attribute(call, "saasllm.call.time_to_first_token_ms")).isNotBlank();
    }

    @Test
    void retriesAndReasksAreSpanEvents() {
        emulator.settings().rateLimitEvery(2, 0).invalidJsonAnswers(1);
        service.contact("Name: Ada\nEmail: ada@example.com\nYears: 3");
        assertThat(span("job triage").getEvents()).extracting(EventData::getName).containsExactly("re-ask");
        assertThat(exporter.getFinishedSpanItems().stream().filter(s -> s.getName().equals("chat TriageAgent"))
                .flatMap(s -> s.getEvents().stream()).map(EventData::getName)).contains("retry");
    }

    @Test
    void aFailedJobIsAnErrorSpan() {
        emulator.settings().errorRate(1.0, 1);
        assertThatThrownBy(() -> service.text("Hello")).isInstanceOf(ServerException.class);
        assertThat(span("job triage").getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(span("chat TriageAgent").getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(attribute(span("job triage"), "saasllm.job.outcome")).isEqualTo("failed");
    }
}
