package dev.saasllm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.emulator.JobSnapshot;
import dev.saasllm.emulator.SaasLlmEmulator;
import dev.saasllm.emulator.SaasLlmEmulatorExtension;
import dev.saasllm.emulator.ServerRelease;
import dev.saasllm.it.MatrixService;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Release v0.2.0 against the client, end to end. That release cannot settle a job: its
 * {@code complete} (and its {@code llm-call-stream}) reads {@code TeamCredits} before importing it,
 * so every request answers a plain-text {@code 500 Internal Server Error} — a server bug. What the
 * user gets: the calls themselves work (create-and-call's 405 falls back to three steps), then the
 * client keeps completing the job under its settle rules (each 500 followed by a read of the job,
 * still open, then another complete) until its settle deadline, and throws the {@link ServerException}
 * with the server's plain-text body. With the client's defaults that deadline is 30 s per job (there
 * is no public setting); these tests shorten it through the builder's package-private test hook so
 * they stay fast. The job stays open on the server for good (no credit is charged); the client no
 * longer counts it as open.
 */
class OldestReleaseTest {
    /**
     * Long enough for a second complete however loaded the machine: the first complete and the read
     * of the job come before it (800 ms left some 700 ms for those two round trips).
     */
    private static final Duration DEADLINE = Duration.ofSeconds(2);
    private static final String COMPLETE = "POST /api/jobs/{job_id}/complete";
    private static final CallOptions MODEL = CallOptions.builder().model("MatrixAgent").build();
    private static final long CREDITS = 100;

    @RegisterExtension
    static final SaasLlmEmulatorExtension EMULATOR =
            new SaasLlmEmulatorExtension(b -> b.credits(CREDITS).release(ServerRelease.V0_2_0));

    private SaasLlmEmulator emulator;
    private SaasLlmClient client;
    private MatrixService service;

    @BeforeEach
    void connect(SaasLlmEmulator emulator) {
        this.emulator = emulator;
        client = SaasLlmClient.builder().baseUrl(emulator.baseUrl()).teamId(emulator.teamId())
                .virtualKey(emulator.virtualKey()).timeout(Duration.ofSeconds(10)).settleDeadline(DEADLINE).build();
        service = client.create(MatrixService.class);
    }

    @AfterEach
    void close() {
        try {
            assertEquals(0, client.openJobs(), "the client gave the job up");
            assertEquals(CREDITS, emulator.creditsRemaining(), "nothing was charged");
        } finally {
            client.close();
        }
    }

    @Test
    void aTextMethodsCallWorksButTheUserGetsTheCompletesServerErrorAfterTheSettleDeadline() {
        ServerException e = timed(() -> assertThrows(ServerException.class, () -> service.text("What is a job?")));

        assertCompleteRefused(e);
        assertEquals("POST /api/jobs/create-and-call", paths().get(0), "405, then three steps");
        JobSnapshot job = stuck(e.jobId(), dev.saasllm.emulator.JobStatus.IN_PROGRESS);
        assertEquals(1, job.calls().size());
        assertTrue(job.calls().get(0).succeeded(), "the call itself worked: " + job.calls());
    }

    @Test
    void aStructuredMethodLikewise() {
        ServerException e = timed(() -> assertThrows(ServerException.class,
                () -> service.record("Name: Ada Lovelace\nEmail: ada@example.com\nYears: 7")));

        assertCompleteRefused(e);
        stuck(e.jobId(), dev.saasllm.emulator.JobStatus.IN_PROGRESS);
    }

    /** The stream's own plain-text 500 is what the user gets; failing the job then meets the complete's 500. */
    @Test
    void aStreamedMethodGetsTheStreamsServerErrorAndItsJobCannotBeFailed() {
        ServerException tokens = timed(() -> assertThrows(ServerException.class, () -> service.tokens("Hi", t -> {})));
        ServerException stream = timed(() -> assertThrows(ServerException.class, () -> {
            try (Stream<String> s = service.stream("Hi")) {
                s.forEach(t -> {});
            }
        }));

        for (ServerException e : List.of(tokens, stream)) {
            assertEquals(500, e.statusCode());
            assertEquals("POST /api/jobs/{job_id}/llm-call-stream", e.endpoint());
            assertEquals("Internal Server Error", e.rawBody());
            assertEquals(1, e.getSuppressed().length, "the failed complete, attached");
            assertCompleteRefused((ServerException) e.getSuppressed()[0]);
            stuck(e.jobId(), dev.saasllm.emulator.JobStatus.PENDING);
        }
    }

    @Test
    void theLowLevelChatWorksAndItsCompleteFailsAfterTheSettleDeadline() {
        String jobId = client.createJob("low_level");
        assertEquals("Echo: Hi", client.chat(jobId, List.of(ChatMessage.user("Hi")), MODEL).content());

        ServerException e = timed(() -> assertThrows(ServerException.class, () -> client.completeJob(jobId, JobStatus.COMPLETED)));

        assertCompleteRefused(e);
        stuck(jobId, dev.saasllm.emulator.JobStatus.IN_PROGRESS);
    }

    /** No settling involved: the stream's 500 at once, the job (still pending) the caller's. */
    @Test
    void theLowLevelChatStreamFailsAtOnce() {
        String jobId = client.createJob("low_level");

        ServerException e = assertThrows(ServerException.class,
                () -> client.chatStream(jobId, List.of(ChatMessage.user("Hi")), MODEL));

        assertEquals("POST /api/jobs/{job_id}/llm-call-stream", e.endpoint());
        assertEquals("Internal Server Error", e.rawBody());
        assertEquals(List.of("POST /api/jobs/create", "POST /api/jobs/{id}/llm-call-stream"), paths());
        stuck(jobId, dev.saasllm.emulator.JobStatus.PENDING);
    }

    /** The rest of the API: the team's jobs by status (the lower-case fallback), no metadata PATCH. */
    @Test
    void theTeamsJobsShowTheStuckJobsAndMetadataCannotBePatched() {
        String stuck = client.createJob("low_level");
        client.chat(stuck, List.of(ChatMessage.user("Hi")), MODEL);
        String pending = client.createJob("low_level");

        List<Job> inProgress = client.team().jobs(JobStatus.IN_PROGRESS, 10).toList();

        assertEquals(List.of(stuck), inProgress.stream().map(Job::jobId).toList());
        assertEquals(List.of(pending), client.team().jobs(JobStatus.PENDING, 10).map(Job::jobId).toList());
        assertEquals(List.of("status=IN_PROGRESS", "status=in_progress", "status=pending"), emulator.requests().stream()
                .filter(r -> r.path().endsWith("/jobs")).map(r -> r.query().replaceAll(".*&", "")).toList());
        NotFoundException e = assertThrows(NotFoundException.class, () -> client.updateJobMetadata(stuck, Map.of("k", 1)));
        assertEquals("Not Found", e.detail());
    }

    /** Runs {@code body}, asserting it ends within the settle deadline plus a margin for a loaded machine. */
    private static <T> T timed(Supplier<T> body) {
        long start = System.nanoTime();
        T result = body.get();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(DEADLINE.plusSeconds(5)) < 0, "bounded by the settle deadline: took " + took);
        return result;
    }

    /** The complete's plain-text 500, after the client completed again (reading the job in between). */
    private void assertCompleteRefused(ServerException e) {
        assertEquals(500, e.statusCode());
        assertEquals(COMPLETE, e.endpoint());
        assertEquals("Internal Server Error", e.rawBody());
        long completes = paths().stream().filter(p -> p.equals("POST /api/jobs/{id}/complete")).count();
        assertTrue(completes >= 2, "completed again after reading the job: " + paths());
        assertTrue(paths().contains("GET /api/jobs/{id}"), "read the job between completes: " + paths());
    }

    private JobSnapshot stuck(String jobId, dev.saasllm.emulator.JobStatus status) {
        JobSnapshot job = emulator.job(jobId).orElseThrow();
        assertEquals(status, job.status(), "open for good on the server");
        assertEquals(0, job.completeCount());
        return job;
    }

    private List<String> paths() {
        return emulator.requests().stream()
                .map(r -> r.method() + " " + r.path().replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}"))
                .toList();
    }
}
