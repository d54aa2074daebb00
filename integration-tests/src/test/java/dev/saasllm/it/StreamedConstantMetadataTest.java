package dev.saasllm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.saasllm.SaasLlmClient;
import dev.saasllm.emulator.JobSnapshot;
import dev.saasllm.emulator.JobStatus;
import dev.saasllm.emulator.SaasLlmEmulator;
import dev.saasllm.emulator.SaasLlmEmulatorExtension;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 11, fourth bullet, the part that compiles today: constant {@code @Metadata} on streamed
 * methods (interface and method) must reach their jobs, with {@code saasllm_method}, like every
 * other method's.
 */
class StreamedConstantMetadataTest {
    @RegisterExtension
    static final SaasLlmEmulatorExtension EMULATOR = new SaasLlmEmulatorExtension(b -> b.credits(100));

    private SaasLlmEmulator emulator;
    private SaasLlmClient client;
    private StreamedMetadata service;

    @BeforeEach
    void connect(SaasLlmEmulator emulator) {
        this.emulator = emulator;
        client = Emulated.client(emulator).build();
        service = client.create(StreamedMetadata.class);
    }

    @AfterEach
    void close() throws InterruptedException {
        assertEquals(0, Emulated.awaitNoOpenJobs(emulator), "jobs left open: " + Emulated.describe(emulator.jobs()));
        client.close();
    }

    private void assertMetadata(String method) {
        List<JobSnapshot> jobs = emulator.jobs();
        assertEquals(1, jobs.size(), Emulated.describe(jobs));
        JobSnapshot job = jobs.get(0);
        assertEquals(JobStatus.COMPLETED, job.status());
        assertEquals("integration-tests", job.metadata().get("origin"), "@Metadata on the interface: " + job.metadata());
        assertEquals(method, job.metadata().get("shape"), "@Metadata on the method: " + job.metadata());
        assertEquals("StreamedMetadata." + method, job.metadata().get("saasllm_method"), job.metadata().toString());
    }

    @Test
    void tokens() {
        assertEquals("Echo: Hi", service.tokens("Hi", token -> {}));
        assertMetadata("tokens");
    }

    @Test
    void partials() {
        assertEquals("Ada", service.partials("Name: Ada", snapshot -> {}).name());
        assertMetadata("partials");
    }

    @Test
    void stream() {
        try (Stream<String> tokens = service.stream("Hi")) {
            assertEquals("Echo: Hi", tokens.collect(Collectors.joining()));
        }
        assertMetadata("stream");
    }

    @Test
    void publish() {
        assertEquals("Echo: Hi", Publishers.join(service.publish("Hi")));
        assertMetadata("publish");
    }
}
