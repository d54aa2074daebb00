package dev.saasllm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.saasllm.SaasLlmClient;
import dev.saasllm.ServerException;
import dev.saasllm.StreamFailedException;
import dev.saasllm.StreamInterruptedException;
import dev.saasllm.emulator.JobSnapshot;
import dev.saasllm.emulator.JobStatus;
import dev.saasllm.emulator.SaasLlmEmulator;
import dev.saasllm.emulator.SaasLlmEmulatorExtension;
import dev.saasllm.emulator.ServerRelease;
import dev.saasllm.it.EventLog.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/**
 * Issue 11, second bullet: a {@code JobListener} never heard about streamed jobs. It must hear
 * them as it hears every other job: created, each call, completed — or failed, with the cause.
 */
class StreamedJobListenerTest {
    @RegisterExtension
    static final SaasLlmEmulatorExtension EMULATOR = new SaasLlmEmulatorExtension(b -> b.credits(100).release(ServerRelease.FIXED));

    private SaasLlmEmulator emulator;
    private SaasLlmClient client;
    private MatrixService service;
    private final EventLog events = new EventLog();

    @BeforeEach
    void connect(SaasLlmEmulator emulator) {
        this.emulator = emulator;
        client = Emulated.client(emulator).listener(events).build();
        service = client.create(MatrixService.class);
    }

    @AfterEach
    void close() throws InterruptedException {
        assertEquals(0, Emulated.awaitNoOpenJobs(emulator), "jobs left open: " + Emulated.describe(emulator.jobs()));
        client.close();
    }

    private JobSnapshot onlyJob() {
        List<JobSnapshot> jobs = emulator.jobs();
        assertEquals(1, jobs.size(), Emulated.describe(jobs));
        return jobs.get(0);
    }

    /** The events heard about the only job, once it settled (or after the settle wait). */
    private List<Event> settledEvents() throws InterruptedException {
        events.awaitSettled(1, Emulated.SETTLE_MILLIS);
        return events.events();
    }

    private void assertHeardCompleted() throws InterruptedException {
        List<Event> heard = settledEvents();
        JobSnapshot job = onlyJob();
        assertEquals(JobStatus.COMPLETED, job.status());
        assertEquals(List.of("created", "start", "first-token", "call", "completed"), events.kinds(job.jobId()), "heard: " + heard);
        assertEquals("matrix", heard.get(0).job().jobType());
    }

    @Test
    void aTokenConsumerJobIsHeard() throws InterruptedException {
        service.tokens("Hello", token -> {});
        assertHeardCompleted();
        assertEquals("MatrixService.tokens", events.events().get(0).job().source());
    }

    @Test
    void aPartialConsumerJobIsHeard() throws InterruptedException {
        service.partials("Name: Ada", snapshot -> {});
        assertHeardCompleted();
        assertEquals("MatrixService.partials", events.events().get(0).job().source());
    }

    @Test
    void aStreamJobIsHeard() throws InterruptedException {
        try (Stream<String> tokens = service.stream("Hello")) {
            tokens.forEach(token -> {});
        }
        assertHeardCompleted();
        assertEquals("MatrixService.stream", events.events().get(0).job().source());
    }

    @Test
    void aPublisherJobIsHeard() throws InterruptedException {
        Publishers.join(service.publish("Hello"));
        assertHeardCompleted();
        assertEquals("MatrixService.publish", events.events().get(0).job().source());
    }

    // ---- failures ---------------------------------------------------------------------------

    /** Runs {@code call}, which must throw {@code type}; the listener must hear the job fail with that very exception. */
    private <X extends Throwable> void assertHeardFailed(Class<X> type, Executable call) throws InterruptedException {
        X thrown = assertThrows(type, call);
        List<Event> heard = settledEvents();
        JobSnapshot job = onlyJob();
        assertEquals(JobStatus.FAILED, job.status());
        List<String> kinds = events.kinds(job.jobId());
        assertEquals("created", kinds.isEmpty() ? null : kinds.get(0), "heard: " + heard);
        assertEquals("failed", kinds.isEmpty() ? null : kinds.get(kinds.size() - 1), "heard: " + heard);
        assertEquals(1, kinds.stream().filter(k -> k.equals("failed")).count(), "failed once: " + heard);
        assertEquals(0, kinds.stream().filter(k -> k.equals("completed")).count(), "heard: " + heard);
        Event failed = heard.get(heard.size() - 1);
        assertSame(thrown, failed.cause(), "the listener hears the exception the caller got");
        // The call ended without an answer, with that same exception, before the job failed.
        assertEquals(List.of("start", "call-failed"), events.callKinds(job.jobId(), 1).stream()
                .filter(k -> !k.equals("first-token")).toList(), "heard: " + heard);
        Event callFailed = heard.stream().filter(e -> e.kind().equals("call-failed")).findFirst().orElseThrow();
        assertSame(thrown, callFailed.cause(), "the call failed with the exception the caller got");
    }

    @Test
    void aFailedPlainJobIsHeard_control() throws InterruptedException {
        client.close();
        client = Emulated.client(emulator).listener(events).createAndCall(dev.saasllm.CreateAndCall.NEVER).build();
        emulator.settings().errorRate(1.0, 1);
        assertHeardFailed(ServerException.class, () -> client.create(MatrixService.class).text("Hello"));
    }

    @Test
    void anErrorEventInATokenStreamIsHeard() throws InterruptedException {
        emulator.settings().errorRate(1.0, 1);
        assertHeardFailed(StreamFailedException.class, () -> service.tokens("Hello", token -> {}));
    }

    @Test
    void aDroppedStreamIsHeard() throws InterruptedException {
        emulator.settings().dropStreamAfterChunks(1);
        assertHeardFailed(StreamInterruptedException.class, () -> {
            try (Stream<String> tokens = service.stream("Hello there")) {
                tokens.forEach(token -> {});
            }
        });
    }

    @Test
    void aConsumerThatThrowsIsHeard() throws InterruptedException {
        assertHeardFailed(IllegalStateException.class,
                () -> service.partials("Name: Ada", snapshot -> { throw new IllegalStateException("enough"); }));
    }

    @Test
    void aFailedPublisherIsHeard() throws InterruptedException {
        emulator.settings().errorRate(1.0, 1);
        assertHeardFailed(StreamFailedException.class, () -> Publishers.join(service.publish("Hello")));
    }

    @Test
    void aStreamClosedEarlyIsHeard() throws InterruptedException {
        emulator.settings().streamChunkSize(1).chunkLatency(java.time.Duration.ofMillis(5));
        List<String> first = new ArrayList<>();
        try (Stream<String> tokens = service.stream("a question answered slowly")) {
            tokens.limit(2).forEach(first::add);
        }
        assertEquals(List.of("E", "c"), first);
        List<Event> heard = settledEvents();
        JobSnapshot job = onlyJob();
        assertEquals(JobStatus.FAILED, job.status());
        assertEquals("failed", events.kinds(job.jobId()).isEmpty() ? null
                : events.kinds(job.jobId()).get(events.kinds(job.jobId()).size() - 1), "heard: " + heard);
    }
}
