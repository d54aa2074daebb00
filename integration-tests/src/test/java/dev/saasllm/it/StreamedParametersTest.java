package dev.saasllm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.CallOptions;
import dev.saasllm.SaasLlmClient;
import dev.saasllm.emulator.CallSnapshot;
import dev.saasllm.emulator.JobSnapshot;
import dev.saasllm.emulator.JobStatus;
import dev.saasllm.emulator.LlmRequest;
import dev.saasllm.emulator.SaasLlmEmulator;
import dev.saasllm.emulator.SaasLlmEmulatorExtension;
import dev.saasllm.emulator.ServerRelease;
import dev.saasllm.it.MatrixService.Contact;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 11, fourth bullet: streamed methods take {@code CallOptions}, {@code @UserId},
 * {@code @JobMetadata} and {@code @Metadata} like every other method. The user id and metadata go
 * on the job; the options win over the interface's model and go on the streamed call.
 */
class StreamedParametersTest {
    private static final CallOptions OPTIONS = CallOptions.builder()
            .model("OtherAgent").temperature(0.2).maxTokens(300).purpose("streamed-with-options").build();

    @RegisterExtension
    static final SaasLlmEmulatorExtension EMULATOR = new SaasLlmEmulatorExtension(b -> b.credits(100).release(ServerRelease.FIXED));

    private SaasLlmEmulator emulator;
    private SaasLlmClient client;
    private StreamedParameters service;
    private final List<LlmRequest> calls = new ArrayList<>();

    @BeforeEach
    void connect(SaasLlmEmulator emulator) {
        this.emulator = emulator;
        client = Emulated.client(emulator).build();
        service = client.create(StreamedParameters.class);
        emulator.answerWith(request -> {
            synchronized (calls) {
                calls.add(request);
            }
            return null; // the model's answer
        });
    }

    @AfterEach
    void close() throws InterruptedException {
        assertEquals(0, Emulated.awaitNoOpenJobs(emulator), "jobs left open: " + Emulated.describe(emulator.jobs()));
        client.close();
    }

    private void assertJobAndCallCarryEverything(String method) {
        List<JobSnapshot> jobs = emulator.jobs();
        assertEquals(1, jobs.size(), Emulated.describe(jobs));
        JobSnapshot job = jobs.get(0);
        assertEquals(JobStatus.COMPLETED, job.status());
        assertEquals("user-7", job.userId(), "@UserId");
        assertEquals("acme", job.metadata().get("tenant"), "@JobMetadata: " + job.metadata());
        assertEquals("integration-tests", job.metadata().get("origin"), "@Metadata on the interface: " + job.metadata());
        assertEquals(method, job.metadata().get("shape"), "@Metadata on the method: " + job.metadata());
        assertEquals("StreamedParameters." + method, job.metadata().get("saasllm_method"));

        assertEquals(1, job.calls().size(), job.calls().toString());
        CallSnapshot call = job.calls().get(0);
        assertTrue(call.streamed(), "streamed: " + call);
        assertEquals("OtherAgent", call.model(), "CallOptions.model wins over @LlmJob(model)");
        assertEquals("streamed-with-options", call.purpose());
        LlmRequest request = calls.get(0);
        assertEquals(0.2, ((Number) request.body().get("temperature")).doubleValue(), 1e-9, "temperature: " + request.body());
        assertEquals(300, ((Number) request.body().get("max_tokens")).intValue(), "max_tokens: " + request.body());
    }

    @Test
    void tokens() {
        StringBuilder tokens = new StringBuilder();
        assertEquals("Echo: Hello", service.tokens("Hello", "user-7", "acme", OPTIONS, tokens::append));
        assertEquals("Echo: Hello", tokens.toString());
        assertJobAndCallCarryEverything("tokens");
    }

    @Test
    void partials() {
        List<Contact> snapshots = new ArrayList<>();
        assertEquals(new Contact("Ada", "ada@example.com", 0),
                service.partials("Name: Ada\nEmail: ada@example.com", "user-7", "acme", OPTIONS, snapshots::add));
        assertTrue(!snapshots.isEmpty());
        assertJobAndCallCarryEverything("partials");
    }

    @Test
    void stream() {
        try (Stream<String> tokens = service.stream("Hello", "user-7", "acme", OPTIONS)) {
            assertEquals("Echo: Hello", tokens.collect(Collectors.joining()));
        }
        assertJobAndCallCarryEverything("stream");
    }

    @Test
    void publish() {
        assertEquals("Echo: Hello", Publishers.join(service.publish("Hello", "user-7", "acme", OPTIONS)));
        assertJobAndCallCarryEverything("publish");
    }
}
