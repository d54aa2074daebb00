package dev.saasllm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.CreateAndCall;
import dev.saasllm.InvalidOutputException;
import dev.saasllm.RefusalException;
import dev.saasllm.SaasLlmClient;
import dev.saasllm.emulator.JobSnapshot;
import dev.saasllm.emulator.JobStatus;
import dev.saasllm.emulator.ModelReply;
import dev.saasllm.emulator.RecordedRequest;
import dev.saasllm.emulator.SaasLlmEmulator;
import dev.saasllm.emulator.SaasLlmEmulatorExtension;
import dev.saasllm.emulator.ServerRelease;
import dev.saasllm.emulator.StreamFormat;
import dev.saasllm.it.MatrixService.Contact;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A model that declines to answer ({@link ModelReply#refusal}), end to end (issue 12, "answers
 * without content"). An OpenAI model's refusal reaches the client as {@code content: null}; Claude's
 * and Gemini's as {@code ""} with their own finish reason ({@code refusal}, {@code SAFETY}). Either
 * is a {@link RefusalException}: a structured method with {@code @Reask} asks again in the same job
 * (one credit), one without fails its job (no credit).
 */
class RefusalTest {
    private static final long CREDITS = 100;
    private static final String TEXT = "Name: Ada Lovelace\nEmail: ada@example.com\nYears: 7";
    private static final Contact ADA = new Contact("Ada Lovelace", "ada@example.com", 7);
    private static final String CORRECTION = "Your previous answer could not be used: the answer has no content "
            + "(the model declined to answer).";

    @RegisterExtension
    static final SaasLlmEmulatorExtension EMULATOR = new SaasLlmEmulatorExtension(b -> b.credits(CREDITS));

    /** Whose refusal, on which server (the current release answers streamed methods unstreamed). */
    static Stream<Arguments> refusals() {
        List<Arguments> cases = new ArrayList<>();
        for (ServerRelease release : List.of(ServerRelease.CURRENT, ServerRelease.FIXED)) {
            for (StreamFormat format : List.of(StreamFormat.OPENAI, StreamFormat.ANTHROPIC, StreamFormat.GEMINI)) {
                cases.add(Arguments.of(release, format));
            }
        }
        return cases.stream();
    }

    private SaasLlmEmulator emulator;
    private SaasLlmClient client;

    @BeforeEach
    void connect(SaasLlmEmulator emulator) {
        this.emulator = emulator;
        client = Emulated.client(emulator).build();
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

    private void refuseNextAs(ServerRelease release, StreamFormat format) {
        emulator.configure(s -> s.release(release).streamFormat(format));
        emulator.enqueue(ModelReply.refusal("I can't help with that."));
    }

    // ---------------------------------------------------------------- structured methods, unstreamed

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("refusals")
    void aRefusedRecordIsAskedForAgainInTheSameJobWithReask(ServerRelease release, StreamFormat format) {
        refuseNextAs(release, format);

        assertEquals(ADA, client.create(ReaskingExtractor.class).extract(TEXT));

        assertReaskedInOneJob();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("refusals")
    void aRefusedRecordFailsItsJobWithoutReask(ServerRelease release, StreamFormat format) {
        refuseNextAs(release, format);

        RefusalException e = assertThrows(RefusalException.class, () -> client.create(MatrixService.class).record(TEXT));

        assertNull(e.rawContent());
        assertTrue(e.response().content() == null || e.response().content().isEmpty(), "no content: " + e.response());
        assertEquals(format == StreamFormat.OPENAI, e.response().content() == null, "OpenAI's content is null: " + e.response());
        assertFailedJob(e.jobId());
    }

    // ---------------------------------------------------------------- streamed structured methods

    /**
     * Streamed, with {@code @Reask}: asked again in the same job on every provider. (An OpenAI
     * stream's refusal comes in {@code delta.refusal} with finish reason {@code stop}; the client reads
     * it as the finish reason {@code refusal}.)
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("refusals")
    void aRefusedStreamedRecordIsAskedForAgainInTheSameJobWithReask(ServerRelease release, StreamFormat format) {
        refuseNextAs(release, format);
        List<Contact> snapshots = new ArrayList<>();

        assertEquals(ADA, client.create(ReaskingExtractor.class).extractWithProgress(TEXT, snapshots::add));

        assertEquals(ADA, snapshots.get(snapshots.size() - 1));
        assertReaskedInOneJob();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("refusals")
    void aRefusedStreamedRecordFailsItsJobWithoutReask(ServerRelease release, StreamFormat format) {
        refuseNextAs(release, format);

        InvalidOutputException e = assertThrows(InvalidOutputException.class,
                () -> client.create(MatrixService.class).partials(TEXT, c -> {}));

        assertTrue(e instanceof RefusalException, e.toString());
        assertFailedJob(e.jobId());
    }

    // ---------------------------------------------------------------- text methods

    /** A text method is never re-asked: in three steps, a refusal fails its job. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("refusals")
    void aRefusedTextMethodInThreeStepsFailsItsJob(ServerRelease release, StreamFormat format) {
        client.close();
        client = Emulated.client(emulator).createAndCall(CreateAndCall.NEVER).build();
        refuseNextAs(release, format);

        RefusalException e = assertThrows(RefusalException.class, () -> client.create(MatrixService.class).text("Hi"));

        assertFailedJob(e.jobId());
    }

    /**
     * With one round trip (the default for text methods) the server completes and charges the job
     * before the client sees the refusal: the user gets the {@link RefusalException}, and the job is
     * the server's — completed, one credit. Use {@code createAndCall(NEVER)} to have refusals fail jobs.
     */
    @Test
    void aRefusedOneRoundTripTextMethodThrowsButTheServerHasAlreadyCompletedItsJob() {
        refuseNextAs(ServerRelease.CURRENT, StreamFormat.OPENAI);

        RefusalException e = assertThrows(RefusalException.class, () -> client.create(MatrixService.class).text("Hi"));

        assertEquals(List.of("POST /api/jobs/create-and-call"), Emulated.paths(emulator));
        JobSnapshot job = emulator.job(e.jobId()).orElseThrow();
        assertEquals(JobStatus.COMPLETED, job.status());
        assertEquals(CREDITS - 1, emulator.creditsRemaining());
    }

    /** A refused streamed text method (here on a fixed server, Claude's stream) fails its job too. */
    @Test
    void aRefusedStreamedTextMethodFailsItsJob() {
        refuseNextAs(ServerRelease.FIXED, StreamFormat.ANTHROPIC);

        RefusalException e = assertThrows(RefusalException.class, () -> client.create(MatrixService.class).tokens("Hi", t -> {}));

        assertEquals("refusal", e.response().finishReason());
        assertFailedJob(e.jobId());
    }

    /**
     * An OpenAI model's streamed refusal: its text in {@code delta.refusal}, finish reason {@code stop}.
     * Read as refused (finish reason {@code refusal}), so a streamed text method fails its job rather
     * than return {@code ""} and be charged.
     */
    @Test
    void anOpenAiStreamedRefusalOnAFixedServerIsARefusal() {
        refuseNextAs(ServerRelease.FIXED, StreamFormat.OPENAI);

        RefusalException e = assertThrows(RefusalException.class, () -> client.create(MatrixService.class).tokens("Hi", t -> {}));

        assertEquals("refusal", e.response().finishReason());
        assertFailedJob(e.jobId());
    }

    // ---------------------------------------------------------------- helpers

    /** One job, completed, two calls (the refused one and the answer), one credit; the re-ask says why. */
    private void assertReaskedInOneJob() {
        List<JobSnapshot> jobs = emulator.jobs();
        assertEquals(1, jobs.size(), Emulated.describe(jobs));
        JobSnapshot job = jobs.get(0);
        assertEquals(JobStatus.COMPLETED, job.status(), Emulated.describe(jobs));
        assertEquals(1, job.completeCount());
        long answered = job.calls().stream().filter(c -> c.succeeded()).count();
        assertEquals(2, answered, "the refused call and the re-asked one: " + job.calls());
        assertEquals(CREDITS - 1, emulator.creditsRemaining(), "one credit");
        List<RecordedRequest> calls = emulator.requests().stream().filter(r -> r.path().contains("/llm-call")).toList();
        String reask = calls.get(calls.size() - 1).body();
        assertTrue(reask.contains(CORRECTION) || reask.contains("the answer is empty"), reask);
        assertFalse(reask.contains("\"role\":\"assistant\""), "no empty assistant message: " + reask);
    }

    private void assertFailedJob(String jobId) {
        JobSnapshot job = emulator.job(jobId).orElseThrow();
        assertEquals(JobStatus.FAILED, job.status(), Emulated.describe(emulator.jobs()));
        assertEquals(1, job.completeCount());
        assertEquals(CREDITS, emulator.creditsRemaining(), "a failed job costs nothing");
    }
}
