package dev.saasllm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.CallOptions;
import dev.saasllm.ChatChunk;
import dev.saasllm.ChatMessage;
import dev.saasllm.ChatResponse;
import dev.saasllm.ChatStream;
import dev.saasllm.InvalidOutputException;
import dev.saasllm.JobCompletion;
import dev.saasllm.SaasLlmClient;
import dev.saasllm.ServerFallback;
import dev.saasllm.emulator.CallSnapshot;
import dev.saasllm.emulator.JobSnapshot;
import dev.saasllm.emulator.JobStatus;
import dev.saasllm.emulator.SaasLlmEmulator;
import dev.saasllm.emulator.SaasLlmEmulatorExtension;
import dev.saasllm.emulator.ServerRelease;
import dev.saasllm.it.MatrixService.Contact;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each server release a user may run (issue 12), against the client with its defaults
 * ({@code createAndCall(TEXT_ONLY)}, no retries): a generated text, structured and streamed method
 * and the low-level {@code chat}/{@code chatStream}. Where the release works: the emulator's answer,
 * one completed job, one credit, nothing open on either side. Where the release itself cannot work
 * (v1.0.0 has no per-job stream and ignores {@code response_format}), exactly what the user gets: a
 * typed exception at once, the job failed, no credit. v0.2.0, whose every complete is a plain-text
 * 500, is {@code dev.saasllm.OldestReleaseTest}.
 */
class ReleaseMatrixTest {
    private static final long CREDITS = 100;
    private static final String QUESTION = "What is a job?";
    private static final String CONTACT_TEXT = "Name: Ada Lovelace\nEmail: ada@example.com\nYears: 7";
    private static final Contact ADA = new Contact("Ada Lovelace", "ada@example.com", 7);
    private static final CallOptions MODEL = CallOptions.builder().model("MatrixAgent").build();

    @RegisterExtension
    static final SaasLlmEmulatorExtension EMULATOR = new SaasLlmEmulatorExtension(b -> b.credits(CREDITS));

    private SaasLlmEmulator emulator;
    private SaasLlmClient client;
    private MatrixService service;

    @BeforeEach
    void connect(SaasLlmEmulator emulator) {
        this.emulator = emulator;
        client = Emulated.client(emulator).build();
        service = client.create(MatrixService.class);
    }

    @AfterEach
    void nothingLeftOpen() throws InterruptedException {
        try {
            assertEquals(0, Emulated.awaitNoOpenJobs(emulator), "jobs left open: " + Emulated.describe(emulator.jobs()));
            assertEquals(0, client.openJobs(), "client.openJobs()");
        } finally {
            client.close();
        }
    }

    // ---------------------------------------------------------------- every release that works

    @ParameterizedTest
    @EnumSource(value = ServerRelease.class, names = {"V1_0_0", "CURRENT", "FIXED"})
    void aTextMethodTakesOneRoundTripOrFallsBackToThreeStepsOnThe405(ServerRelease release) {
        emulator.configure(s -> s.release(release));

        assertEquals("Echo: " + QUESTION, service.text(QUESTION));
        assertEquals("Echo: And again?", service.text("And again?"));

        List<String> oneJob = release == ServerRelease.V1_0_0
                ? List.of("POST /api/jobs/create", "POST /api/jobs/{id}/llm-call", "POST /api/jobs/{id}/complete")
                : List.of("POST /api/jobs/create-and-call");
        List<String> expected = new ArrayList<>();
        // v1.0.0 answers the POST 405 (its GET-only /api/jobs/{job_id}); the client remembers it.
        if (release == ServerRelease.V1_0_0) expected.add("POST /api/jobs/create-and-call");
        expected.addAll(oneJob);
        expected.addAll(oneJob);
        assertEquals(expected, Emulated.paths(emulator));
        assertCompletedJobs(2, 1);
    }

    @ParameterizedTest
    @EnumSource(value = ServerRelease.class, names = {"V1_0_0", "CURRENT", "FIXED"})
    void theLowLevelChatWorks(ServerRelease release) {
        emulator.configure(s -> s.release(release));

        String jobId = client.createJob("low_level");
        ChatResponse answer = client.chat(jobId, List.of(ChatMessage.user(QUESTION)), MODEL);
        JobCompletion completion = client.completeJob(jobId, dev.saasllm.JobStatus.COMPLETED);

        assertEquals("Echo: " + QUESTION, answer.content());
        assertEquals("stop", answer.finishReason());
        assertEquals(dev.saasllm.JobStatus.COMPLETED, completion.status());
        assertEquals((int) CREDITS - 1, completion.creditsRemaining());
        assertCompletedJobs(1, 1);
    }

    @ParameterizedTest
    @EnumSource(value = ServerRelease.class, names = {"CURRENT", "FIXED"})
    void aStructuredMethodTakesThreeSteps(ServerRelease release) {
        emulator.configure(s -> s.release(release));

        assertEquals(ADA, service.record(CONTACT_TEXT));

        assertEquals(List.of("POST /api/jobs/create", "POST /api/jobs/{id}/llm-call", "POST /api/jobs/{id}/complete"),
                Emulated.paths(emulator));
        assertCompletedJobs(1, 1);
    }

    @ParameterizedTest
    @EnumSource(value = ServerRelease.class, names = {"V1_0_0", "CURRENT", "FIXED"})
    void theClientListsTheFallbacksTheReleaseTaughtIt(ServerRelease release) {
        emulator.configure(s -> s.release(release));
        assertEquals(Set.of(), client.serverFallbacks(), "nothing is learned before the server answers");

        service.text(QUESTION);
        service.tokens(QUESTION, token -> {});
        client.team().jobs(dev.saasllm.JobStatus.COMPLETED).count();

        List<ServerFallback> expected = switch (release) {
            case V1_0_0 -> List.of(ServerFallback.THREE_STEP_JOBS, ServerFallback.UNSTREAMED_CALLS,
                    ServerFallback.LOWER_CASE_STATUS_FILTER);
            case CURRENT -> List.of(ServerFallback.UNSTREAMED_CALLS);
            default -> List.of();
        };
        assertEquals(expected, List.copyOf(client.serverFallbacks()), "in declaration order");
    }

    // ---------------------------------------------------------------- streams: the fixed server streams, the others fall back

    @ParameterizedTest
    @EnumSource(value = ServerRelease.class, names = {"V1_0_0", "CURRENT", "FIXED"})
    void aTokenConsumerMethodGetsTheWholeAnswer(ServerRelease release) {
        emulator.configure(s -> s.release(release));
        List<String> tokens = new ArrayList<>();

        assertEquals("Echo: " + QUESTION, service.tokens(QUESTION, tokens::add));

        assertEquals("Echo: " + QUESTION, String.join("", tokens));
        assertTokensAsTheReleaseSendsThem(release, tokens);
        assertStreamedJob(release);
    }

    @ParameterizedTest
    @EnumSource(value = ServerRelease.class, names = {"V1_0_0", "CURRENT", "FIXED"})
    void aStreamMethodGetsTheWholeAnswer(ServerRelease release) {
        emulator.configure(s -> s.release(release));

        List<String> tokens;
        try (Stream<String> stream = service.stream(QUESTION)) {
            tokens = stream.collect(Collectors.toList());
        }

        assertEquals("Echo: " + QUESTION, String.join("", tokens));
        assertTokensAsTheReleaseSendsThem(release, tokens);
        assertStreamedJob(release);
    }

    @ParameterizedTest
    @EnumSource(value = ServerRelease.class, names = {"V1_0_0", "CURRENT", "FIXED"})
    void theLowLevelChatStreamGetsTheWholeAnswer(ServerRelease release) {
        emulator.configure(s -> s.release(release));

        String jobId = client.createJob("low_level");
        List<ChatChunk> chunks;
        try (ChatStream stream = client.chatStream(jobId, List.of(ChatMessage.user(QUESTION)), MODEL)) {
            chunks = stream.chunks().collect(Collectors.toList());
            assertTrue(stream.isDone(), "ended normally");
        }
        client.completeJob(jobId, dev.saasllm.JobStatus.COMPLETED);

        assertEquals("Echo: " + QUESTION, chunks.stream().map(ChatChunk::content).collect(Collectors.joining()));
        assertEquals(List.of("stop"), chunks.stream().map(ChatChunk::finishReason).filter(r -> r != null).toList());
        if (release != ServerRelease.FIXED) {
            // The fallback: the same call unstreamed in the same job, its answer as one chunk with its tokens.
            assertEquals(1, chunks.size(), "one chunk: " + chunks);
            assertTrue(chunks.get(0).hasUsage(), "the unstreamed answer's tokens: " + chunks);
        } else {
            assertTrue(chunks.size() > 2, "streamed in pieces: " + chunks);
            assertTrue(chunks.get(chunks.size() - 1).hasUsage(), "the fixed server's usage chunk: " + chunks);
        }
        assertStreamedJob(release);
    }

    private static void assertTokensAsTheReleaseSendsThem(ServerRelease release, List<String> tokens) {
        if (release != ServerRelease.FIXED) {
            assertEquals(1, tokens.size(), "the fallback delivers the answer as one token: " + tokens);
        } else {
            assertTrue(tokens.size() > 1, "streamed in pieces: " + tokens);
        }
    }

    /**
     * One completed job, one credit. On the current release the job also holds the call its per-job
     * stream failed (the defect's error event, recorded by the server) before the unstreamed one; on
     * v1.0.0 the stream's 404 reached no route, so only the unstreamed call is there.
     */
    private void assertStreamedJob(ServerRelease release) {
        JobSnapshot job = assertCompletedJobs(1, release == ServerRelease.CURRENT ? 2 : 1);
        List<CallSnapshot> calls = job.calls();
        CallSnapshot answered = calls.get(calls.size() - 1);
        assertTrue(answered.succeeded(), "calls: " + calls);
        assertEquals(release == ServerRelease.FIXED, answered.streamed(), "calls: " + calls);
    }

    // ---------------------------------------------------------------- v1.0.0: what it cannot do

    /**
     * v1.0.0 forwards only model, messages, temperature and max_tokens: the model never sees the
     * schema and answers prose. The user gets the typed error with the raw answer, at once; the job is
     * failed and costs nothing.
     */
    @Test
    void onV1_0_0AStructuredMethodFailsTypedSinceTheServerDropsResponseFormat() {
        emulator.configure(s -> s.release(ServerRelease.V1_0_0));

        InvalidOutputException e = assertThrows(InvalidOutputException.class, () -> service.record(CONTACT_TEXT));

        assertTrue(e.rawContent().startsWith("Echo: Extract the contact"), e.rawContent());
        assertFailedJob(e.jobId(), 1);
        assertTrue(emulator.requests().stream().anyMatch(r -> r.path().endsWith("/llm-call")
                && r.body().contains("\"response_format\"")), "the client sent the schema");
    }

    /**
     * v1.0.0 has no {@code llm-call-stream} route (FastAPI's 404 {@code Not Found}): the client learns
     * it once, and every later stream goes straight to the unstreamed call, with no 404 in between.
     */
    @Test
    void onV1_0_0TheMissingStreamRouteIsLearnedOnce() {
        emulator.configure(s -> s.release(ServerRelease.V1_0_0));

        assertEquals("Echo: " + QUESTION, service.tokens(QUESTION, t -> {}));
        assertEquals("Echo: " + QUESTION, service.tokens(QUESTION, t -> {}));

        assertEquals(1, emulator.requests().stream().filter(r -> r.path().endsWith("/llm-call-stream")).count(),
                Emulated.paths(emulator).toString());
        assertCompletedJobs(2, 1);
    }

    // ---------------------------------------------------------------- helpers

    /** {@code jobs} jobs, all completed once with {@code calls} calls each, one credit each; returns the newest. */
    private JobSnapshot assertCompletedJobs(int jobs, int calls) {
        List<JobSnapshot> all = emulator.jobs();
        assertEquals(jobs, all.size(), Emulated.describe(all));
        for (JobSnapshot job : all) {
            assertEquals(JobStatus.COMPLETED, job.status(), Emulated.describe(all));
            assertEquals(1, job.completeCount(), Emulated.describe(all));
            assertEquals(calls, job.calls().size(), "calls: " + job.calls());
            assertTrue(job.creditApplied(), Emulated.describe(all));
        }
        assertEquals(CREDITS - jobs, emulator.creditsRemaining(), "one credit per job");
        return all.get(0);
    }

    private void assertFailedJob(String jobId, int calls) {
        JobSnapshot job = emulator.job(jobId).orElseThrow();
        assertEquals(JobStatus.FAILED, job.status(), Emulated.describe(emulator.jobs()));
        assertEquals(1, job.completeCount());
        assertEquals(calls, job.calls().size(), "calls: " + job.calls());
        assertTrue(job.calls().stream().allMatch(CallSnapshot::succeeded), "calls: " + job.calls());
        assertEquals(false, job.creditApplied());
    }
}
