package dev.saasllm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.CallOptions;
import dev.saasllm.ChatMessage;
import dev.saasllm.RequestValidationException;
import dev.saasllm.SaasLlmClient;
import dev.saasllm.emulator.JobSnapshot;
import dev.saasllm.emulator.JobStatus;
import dev.saasllm.emulator.SaasLlmEmulator;
import dev.saasllm.emulator.SaasLlmEmulatorExtension;
import dev.saasllm.emulator.ServerRelease;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/**
 * The server's bounded columns end to end (issue 12): a user id (255), job type (100) or purpose
 * (200) known only at run time and longer than its column is refused by the client before anything
 * is sent — no request reaches the emulator, no job exists on it. A value that just fits, counted in
 * characters as PostgreSQL counts them (an emoji is one), goes through and the emulator, which
 * enforces the same limits with the server's plain-text 500, accepts it.
 */
class ColumnLimitsTest {
    private static final String USER_256 = "u".repeat(256);
    private static final String TYPE_101 = "t".repeat(101);
    private static final String PURPOSE_201 = "p".repeat(201);
    private static final String CONTACT_TEXT = "Name: Ada Lovelace\nEmail: ada@example.com\nYears: 7";

    @RegisterExtension
    static final SaasLlmEmulatorExtension EMULATOR = new SaasLlmEmulatorExtension(b -> b.release(ServerRelease.FIXED));

    private SaasLlmEmulator emulator;
    private SaasLlmClient client;
    private UserDesk desk;

    @BeforeEach
    void connect(SaasLlmEmulator emulator) {
        this.emulator = emulator;
        client = Emulated.client(emulator).build();
        desk = client.create(UserDesk.class);
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

    // ---------------------------------------------------------------- refused before anything is sent

    @Test
    void aUserIdOverItsColumnIsRefusedByEveryCallStyle() {
        refused("user_id", 256, 255, () -> desk.text("Hi", USER_256, CallOptions.NONE));   // one round trip
        refused("user_id", 256, 255, () -> desk.record(CONTACT_TEXT, USER_256));           // three steps
        refused("user_id", 256, 255, () -> desk.tokens("Hi", USER_256, t -> {}));          // streamed
        refused("user_id", 256, 255, () -> {
            try {
                desk.future("Hi", USER_256).join();
            } catch (CompletionException e) {
                throw e.getCause();
            }
        });
        refused("user_id", 256, 255, () -> client.createJob("low_level", USER_256, null));
    }

    @Test
    void aJobTypeOverItsColumnIsRefusedWhereverAJobIsOpened() {
        refused("job_type", 101, 100, () -> client.openJob(UserDesk.class, TYPE_101));
        refused("job_type", 101, 100, () -> client.inJob(UserDesk.class, TYPE_101, d -> d.text("Hi", null, CallOptions.NONE)));
        refused("job_type", 101, 100, () -> client.createJob(TYPE_101));
    }

    @Test
    void aPurposeOverItsColumnIsRefusedBeforeTheOneCallJobIsOpened() {
        CallOptions options = CallOptions.builder().purpose(PURPOSE_201).build();

        refused("purpose", 201, 200, () -> desk.text("Hi", null, options));
    }

    /** In a job already open, the refused call sends nothing, and the job is still the caller's to settle. */
    @Test
    void aPurposeOverItsColumnInAnOpenJobSendsNoCall() {
        String jobId = client.createJob("low_level");
        CallOptions options = CallOptions.builder().model("LimitAgent").purpose(PURPOSE_201).build();

        RequestValidationException e = assertThrows(RequestValidationException.class,
                () -> client.chat(jobId, List.of(ChatMessage.user("Hi")), options));
        assertEquals(0, e.statusCode());
        assertEquals(List.of("POST /api/jobs/create"), Emulated.paths(emulator));

        client.completeJob(jobId, dev.saasllm.JobStatus.FAILED, null, e.getMessage());
        assertEquals(JobStatus.FAILED, emulator.job(jobId).orElseThrow().status());
        assertEquals(0, emulator.job(jobId).orElseThrow().calls().size());
    }

    // ---------------------------------------------------------------- values that fit

    /** Exactly at the limit, in characters: 255 emoji are 510 UTF-16 units, and fit the server's VARCHAR(255). */
    @Test
    void valuesThatJustFitGoThroughCountedInCharacters() {
        String user = "\uD83D\uDE00".repeat(255);
        String type = "\uD83D\uDE00".repeat(100);
        String purpose = "\uD83D\uDE00".repeat(200);

        assertEquals("Echo: Hi", desk.text("Hi", user, CallOptions.builder().purpose(purpose).build()));
        assertEquals("Echo: Hi", client.inJob(UserDesk.class, type, d -> d.text("Hi", null, CallOptions.NONE)));

        List<JobSnapshot> jobs = emulator.jobs();
        assertEquals(2, jobs.size(), Emulated.describe(jobs));
        assertTrue(jobs.stream().allMatch(j -> j.status() == JobStatus.COMPLETED), Emulated.describe(jobs));
        assertEquals(type, jobs.get(0).jobType());
        assertEquals(user, jobs.get(1).userId());
        assertEquals(purpose, jobs.get(1).calls().get(0).purpose());
    }

    // ---------------------------------------------------------------- helpers

    /** {@code call} throws the client's refusal, naming the field, its length and limit; nothing reached the emulator. */
    private void refused(String field, int length, int limit, Executable call) {
        RequestValidationException e = assertInstanceOf(RequestValidationException.class,
                assertThrows(Throwable.class, call), field);
        assertEquals(0, e.statusCode(), "refused by the client");
        assertTrue(e.getMessage().startsWith(field + " is " + length + " characters long, over the server's limit of " + limit),
                e.getMessage());
        assertEquals("string_too_long", e.fieldErrors().get(0).type());
        assertEquals(List.of("body", field), e.fieldErrors().get(0).loc());
        assertEquals(List.of(), Emulated.paths(emulator), "nothing sent");
        assertEquals(List.of(), emulator.jobs(), "no job");
    }
}
