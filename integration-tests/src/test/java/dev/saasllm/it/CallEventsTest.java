package dev.saasllm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.saasllm.CreateAndCall;
import dev.saasllm.InvalidOutputException;
import dev.saasllm.RateLimitException;
import dev.saasllm.RetryPolicy;
import dev.saasllm.SaasLlmClient;
import dev.saasllm.ServerException;
import dev.saasllm.emulator.JobSnapshot;
import dev.saasllm.emulator.SaasLlmEmulator;
import dev.saasllm.emulator.SaasLlmEmulatorExtension;
import dev.saasllm.emulator.ServerRelease;
import dev.saasllm.it.EventLog.Event;
import dev.saasllm.it.MatrixService.Contact;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 13: the call events of the one job lifecycle ({@code callStarted}, {@code callRetried},
 * {@code callFailed}, {@code reasked}) for blocking, asynchronous and streamed calls. The sequences
 * of successful calls of every style are pinned by {@link CombinationMatrixTest}.
 */
class CallEventsTest {
    @RegisterExtension
    static final SaasLlmEmulatorExtension EMULATOR = new SaasLlmEmulatorExtension(b -> b.credits(100).release(ServerRelease.FIXED));

    private SaasLlmEmulator emulator;
    private SaasLlmClient client;
    private MatrixService service;
    private final EventLog events = new EventLog();

    @BeforeEach
    void connect(SaasLlmEmulator emulator) {
        this.emulator = emulator;
        client = Emulated.client(emulator).listener(events).createAndCall(CreateAndCall.NEVER)
                .retryPolicy(RetryPolicy.builder().maxAttempts(3).initialDelay(Duration.ofMillis(10)).build()).maxReasks(1)
                .build();
        service = client.create(MatrixService.class);
    }

    @AfterEach
    void close() throws InterruptedException {
        assertEquals(0, Emulated.awaitNoOpenJobs(emulator), "jobs left open: " + Emulated.describe(emulator.jobs()));
        client.close();
    }

    private String onlyJobId() {
        List<JobSnapshot> jobs = emulator.jobs();
        assertEquals(1, jobs.size(), Emulated.describe(jobs));
        return jobs.get(0).jobId();
    }

    @Test
    void aRetriedAttemptIsHeardOnItsCall() throws InterruptedException {
        emulator.settings().rateLimitEvery(2, 0); // the call (the 2nd request) answers 429 once
        assertEquals("Echo: Hello", service.text("Hello"));
        events.awaitSettled(1, Emulated.SETTLE_MILLIS);
        String jobId = onlyJobId();
        assertEquals(List.of("start", "retry", "call"), events.callKinds(jobId, 1), "heard: " + events.events());
        Event retry = events.events().stream().filter(e -> e.kind().equals("retry")).findFirst().orElseThrow();
        assertInstanceOf(RateLimitException.class, retry.cause());
    }

    @Test
    void aFailedBlockingCallIsHeardWithTheCallersException() throws InterruptedException {
        emulator.settings().errorRate(1.0, 1);
        ServerException thrown = assertThrows(ServerException.class, () -> service.text("Hello"));
        assertCallFailed(thrown);
    }

    @Test
    void aFailedAsynchronousCallIsHeardWithTheCallersException() throws InterruptedException {
        emulator.settings().errorRate(1.0, 1);
        CompletionException thrown = assertThrows(CompletionException.class, () -> service.future("Hello").join());
        assertCallFailed(thrown.getCause());
    }

    private void assertCallFailed(Throwable thrown) throws InterruptedException {
        events.awaitSettled(1, Emulated.SETTLE_MILLIS);
        String jobId = onlyJobId();
        // 500s are retried under the policy: each failed attempt but the last is a retry of the same call.
        assertEquals(List.of("start", "retry", "retry", "call-failed"), events.callKinds(jobId, 1), "heard: " + events.events());
        Event failed = events.events().stream().filter(e -> e.kind().equals("call-failed")).findFirst().orElseThrow();
        assertSame(thrown, failed.cause());
        assertEquals(List.of("created", "failed"), events.jobKinds(jobId));
    }

    @Test
    void aReaskIsHeardBetweenTheRejectedCallAndTheNext() throws InterruptedException {
        emulator.settings().invalidJsonAnswers(1);
        assertEquals("Ada", service.record("Name: Ada\nEmail: ada@example.com\nYears: 3").name());
        events.awaitSettled(1, Emulated.SETTLE_MILLIS);
        String jobId = onlyJobId();
        assertEquals(List.of("created", "start", "call", "reask", "start", "call", "completed"), events.kinds(jobId),
                "heard: " + events.events());
        Event reask = events.events().stream().filter(e -> e.kind().equals("reask")).findFirst().orElseThrow();
        assertInstanceOf(InvalidOutputException.class, reask.cause());
    }

    @Test
    void aStreamedReaskIsHeardWithBothStreams() throws InterruptedException {
        emulator.settings().invalidJsonAnswers(1);
        Contact contact = service.partials("Name: Ada\nEmail: ada@example.com\nYears: 3", snapshot -> {});
        assertEquals("Ada", contact.name());
        events.awaitSettled(1, Emulated.SETTLE_MILLIS);
        String jobId = onlyJobId();
        assertEquals(List.of("start", "first-token", "call"), events.callKinds(jobId, 1), "heard: " + events.events());
        assertEquals(List.of("start", "first-token", "call"), events.callKinds(jobId, 2), "heard: " + events.events());
        assertEquals(List.of("created", "reask", "completed"), events.jobKinds(jobId), "heard: " + events.events());
    }

    @Test
    void aStreamThatFallsBackIsAFailedStreamedCallAndAnUnstreamedOne() throws InterruptedException {
        emulator.settings().release(ServerRelease.CURRENT); // its per-job stream fails with the known defect
        assertEquals("Echo: Hello", service.tokens("Hello", token -> {}));
        events.awaitSettled(1, Emulated.SETTLE_MILLIS);
        String jobId = onlyJobId();
        assertEquals(List.of("start", "call-failed"), events.callKinds(jobId, 1), "heard: " + events.events());
        assertEquals(List.of("start", "call"), events.callKinds(jobId, 2), "heard: " + events.events());
        List<Event> calls = events.events().stream().filter(e -> e.call() != null).toList();
        assertEquals(List.of(true, false), calls.stream().filter(e -> e.kind().equals("start")).map(e -> e.call().streamed()).toList());
        assertEquals(List.of("created", "completed"), events.jobKinds(jobId));
    }
}
