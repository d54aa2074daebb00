package dev.saasllm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.ChatResponse;
import dev.saasllm.CreateAndCall;
import dev.saasllm.JobInfo;
import dev.saasllm.JobListener;
import dev.saasllm.SaasLlmClient;
import dev.saasllm.emulator.JobSnapshot;
import dev.saasllm.emulator.JobStatus;
import dev.saasllm.emulator.SaasLlmEmulator;
import dev.saasllm.emulator.SaasLlmEmulatorExtension;
import dev.saasllm.emulator.ServerRelease;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 11, sixth bullet: a blocking call whose thread is interrupted ({@code Future.cancel(true)},
 * an executor's {@code shutdownNow}) threw, but its job stayed {@code in_progress}: the failing
 * complete never reached the server. An interrupted call must still settle its job.
 *
 * <p>Three steps ({@code CreateAndCall.NEVER}), so the job exists on the server while the call
 * runs. Where the interrupt lands decides what today's client does, so each place is pinned down
 * deterministically:
 * <ul>
 *   <li>while the call waits for its answer (the emulator holds its answer, a large body, until the
 *       test has interrupted the call, so OkHttp notices the interrupt while reading it): the job
 *       must be failed;</li>
 *   <li>after the answer arrived and before the job is completed (a listener's
 *       {@code callFinished}, which runs on the calling thread, holds the thread there until the
 *       test interrupts it, and keeps the interrupt flag as a well-behaved callee does): the job
 *       must be settled all the same — {@code completed} (its answer is in hand) or {@code failed},
 *       but not left open.</li>
 * </ul>
 */
class InterruptedCallTest {
    private static final long CREDITS = 100;
    /** A large answer: read in many socket reads, each of which checks the interrupt flag. */
    private static final String LARGE = "x".repeat(256 * 1024);

    @RegisterExtension
    static final SaasLlmEmulatorExtension EMULATOR = new SaasLlmEmulatorExtension(b -> b.credits(CREDITS).release(ServerRelease.FIXED));

    private SaasLlmEmulator emulator;
    private SaasLlmClient client;
    private ExecutorService executor;
    private final CountDownLatch answered = new CountDownLatch(1);
    private HeldAnswer held;
    private volatile boolean holdAfterAnswer;

    @BeforeEach
    void connect(SaasLlmEmulator emulator) {
        this.emulator = emulator;
        client = Emulated.client(emulator).createAndCall(CreateAndCall.NEVER).listener(new JobListener() {
            @Override
            public void callFinished(JobInfo job, ChatResponse response) {
                answered.countDown();
                if (!holdAfterAnswer) return;
                try {
                    Thread.sleep(60_000); // until the test interrupts this thread
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt(); // keep the flag for the caller
                }
            }
        }).build();
        executor = Executors.newSingleThreadExecutor();
    }

    @AfterEach
    void close() throws InterruptedException {
        if (held != null) held.release();
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
        client.close();
    }

    private MatrixService service() {
        return client.create(MatrixService.class);
    }

    /** Waits until the call whose answer is {@link #held} reached the emulator: the job is in progress. */
    private void awaitHeldCall() throws InterruptedException {
        held.awaitCall();
        assertEquals(JobStatus.IN_PROGRESS, emulator.jobs().get(0).status(), "the call is in flight");
    }

    /** Waits until the call reached the emulator: the job exists and is in progress. */
    private void awaitCallInFlight(String suffix) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        // The emulator records the request as it arrives, a moment before it moves the job to in_progress.
        while ((emulator.requests().stream().noneMatch(r -> r.path().endsWith(suffix))
                || emulator.jobs().isEmpty() || emulator.jobs().get(0).status() != JobStatus.IN_PROGRESS)
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(JobStatus.IN_PROGRESS, emulator.jobs().get(0).status(), "the call is in flight");
    }

    private JobSnapshot assertJobSettled() throws InterruptedException {
        long open = Emulated.awaitNoOpenJobs(emulator);
        List<JobSnapshot> jobs = emulator.jobs();
        assertEquals(0, open, "the interrupted call's job is left open: " + Emulated.describe(jobs));
        assertEquals(1, jobs.size(), Emulated.describe(jobs));
        assertEquals(1, jobs.get(0).completeCount(), "settled once: " + Emulated.describe(jobs));
        return jobs.get(0);
    }

    private void assertJobFailed() throws InterruptedException {
        JobSnapshot job = assertJobSettled();
        assertEquals(JobStatus.FAILED, job.status(), Emulated.describe(List.of(job)));
        assertEquals(CREDITS, emulator.creditsRemaining(), "an interrupted job costs nothing");
    }

    // ---- interrupted while waiting for the answer ---------------------------------------------

    @Test
    void cancelTrueWhileTheCallWaitsFailsTheJob() throws InterruptedException {
        held = HeldAnswer.install(emulator, LARGE);
        Future<String> call = executor.submit(() -> service().text("interrupt me"));
        awaitHeldCall();

        assertTrue(call.cancel(true));
        held.release();

        assertJobFailed();
    }

    @Test
    void shutdownNowWhileTheCallWaitsFailsTheJob() throws InterruptedException {
        held = HeldAnswer.install(emulator, "{\"name\": \"" + LARGE + "\", \"email\": \"\", \"years\": 0}");
        executor.submit(() -> service().record("Name: Ada"));
        awaitHeldCall();

        executor.shutdownNow();
        held.release();
        assertTrue(executor.awaitTermination(5, TimeUnit.SECONDS), "the call ends");

        assertJobFailed();
    }

    @Test
    void anInterruptedStreamReadFailsTheJob() throws InterruptedException {
        emulator.settings().streamChunkSize(1).chunkLatency(Duration.ofMillis(200));
        Future<String> call = executor.submit(() -> service().tokens("interrupt me while I stream", token -> {}));
        awaitCallInFlight("/llm-call-stream");
        Thread.sleep(300); // a token or two arrived

        assertTrue(call.cancel(true));

        assertJobFailed();
    }

    // ---- interrupted after the answer, before the complete --------------------------------------

    @Test
    void cancelTrueBeforeTheCompleteStillSettlesTheJob() throws InterruptedException {
        holdAfterAnswer = true;
        Future<String> call = executor.submit(() -> service().text("interrupt me"));
        assertTrue(answered.await(5, TimeUnit.SECONDS), "the call answered");

        assertTrue(call.cancel(true));

        JobSnapshot job = assertJobSettled();
        assertEquals(job.status() == JobStatus.COMPLETED ? CREDITS - 1 : CREDITS, emulator.creditsRemaining());
    }

    @Test
    void shutdownNowBeforeTheCompleteStillSettlesTheJob() throws InterruptedException {
        holdAfterAnswer = true;
        executor.submit(() -> service().record("Name: Ada"));
        assertTrue(answered.await(5, TimeUnit.SECONDS), "the call answered");

        executor.shutdownNow();
        assertTrue(executor.awaitTermination(5, TimeUnit.SECONDS), "the call ends");

        JobSnapshot job = assertJobSettled();
        assertEquals(job.status() == JobStatus.COMPLETED ? CREDITS - 1 : CREDITS, emulator.creditsRemaining());
    }
}
