package dev.saasllm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.CreateAndCall;
import dev.saasllm.RateLimitException;
import dev.saasllm.SaasLlmClient;
import dev.saasllm.emulator.JobSnapshot;
import dev.saasllm.emulator.JobStatus;
import dev.saasllm.emulator.SaasLlmEmulator;
import dev.saasllm.emulator.SaasLlmEmulatorExtension;
import dev.saasllm.emulator.ServerRelease;
import dev.saasllm.it.CombinationMatrixTest.Style;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 11, seventh bullet: with the default settings (no retry policy), a gateway that answers
 * 429 to a complete left that job {@code in_progress}; behind a gateway limiting every third
 * request, every job of a run leaked. Settling is the client's own obligation: it retries on its
 * own safe rules (429 after {@code Retry-After}) whatever the user's {@code RetryPolicy}.
 *
 * <p>The emulator's {@code rateLimitEvery(3, s)} answers 429 to every third request, counted from
 * the reset before each test: with three steps (create, call, complete) that is the complete.
 */
class SettleThroughRateLimitTest {
    private static final long CREDITS = 100;

    @RegisterExtension
    static final SaasLlmEmulatorExtension EMULATOR = new SaasLlmEmulatorExtension(b -> b.credits(CREDITS).release(ServerRelease.FIXED));

    private SaasLlmEmulator emulator;
    private SaasLlmClient client;

    @BeforeEach
    void emulator(SaasLlmEmulator emulator) {
        this.emulator = emulator;
    }

    @AfterEach
    void close() {
        if (client != null) client.close();
    }

    /** What a call returned or threw: the job's state is checked before the call's outcome. */
    private record Attempt<T>(T result, Throwable failure) {
        T value() {
            if (failure != null) throw new AssertionError("the call failed: " + failure, failure);
            return result;
        }
    }

    private static <T> Attempt<T> attempt(Supplier<T> call) {
        try {
            return new Attempt<>(call.get(), null);
        } catch (RuntimeException e) {
            return new Attempt<>(null, e);
        }
    }

    private void assertOneJobCompleted(String what, Attempt<?> attempt) throws InterruptedException {
        long open = Emulated.awaitNoOpenJobs(emulator);
        List<JobSnapshot> jobs = emulator.jobs();
        assertEquals(0, open, what + ": the job whose complete got 429 is left open: " + Emulated.describe(jobs)
                + "; requests " + Emulated.paths(emulator) + "; the call " + (attempt.failure() == null
                ? "returned" : "threw " + attempt.failure()));
        assertEquals(1, jobs.size(), Emulated.describe(jobs));
        assertEquals(JobStatus.COMPLETED, jobs.get(0).status(), Emulated.describe(jobs));
        assertEquals(1, jobs.get(0).completeCount(), "completed once");
        assertEquals(CREDITS - 1, emulator.creditsRemaining(), "one credit");
        assertTrue(Emulated.paths(emulator).contains("POST /api/jobs/{id}/complete"), "the 429 hit a complete: "
                + Emulated.paths(emulator));
    }

    /** The default builder: no retry policy, default create-and-call (structured methods take three steps). */
    @Test
    void withTheDefaultSettingsAStructuredJobIsSettledDespiteA429OnItsComplete() throws InterruptedException {
        client = Emulated.client(emulator).build();
        emulator.settings().rateLimitEvery(3, 0);

        Attempt<MatrixService.Contact> attempt = attempt(() -> client.create(MatrixService.class).record("Name: Ada"));

        assertOneJobCompleted("record", attempt);
        assertEquals(new MatrixService.Contact("Ada", "", 0), attempt.value());
    }

    /** Every call style of a one-call job, three steps, no retry policy: the answer is delivered and the job settled. */
    @ParameterizedTest
    @EnumSource(Style.class)
    void everyCallStyleSettlesDespiteA429OnItsComplete(Style style) throws InterruptedException {
        client = Emulated.client(emulator).createAndCall(CreateAndCall.NEVER).build();
        emulator.settings().rateLimitEvery(3, 0);
        String input = style.inputs().get(0);

        Attempt<Object> attempt = attempt(() -> style.once(client.create(MatrixService.class), input).value());

        assertOneJobCompleted(style.name(), attempt);
        assertEquals(style.expected(input), attempt.value());
    }

    @Test
    void retryAfterOneSecondIsWaitedForAndTheJobSettled() throws InterruptedException {
        client = Emulated.client(emulator).createAndCall(CreateAndCall.NEVER).build();
        emulator.settings().rateLimitEvery(3, 1);
        long start = System.nanoTime();

        Attempt<String> attempt = attempt(() -> client.create(MatrixService.class).text("wait"));

        long millis = (System.nanoTime() - start) / 1_000_000;
        assertOneJobCompleted("text", attempt);
        assertEquals("Echo: wait", attempt.value());
        assertTrue(millis >= 900, "Retry-After: 1 was honoured (" + millis + " ms)");
    }

    /** The run: a gateway limiting every third request; failures may reach the caller, but no job leaks. */
    @Test
    void aRunBehindAGatewayLimitingEveryThirdRequestLeaksNoJob() throws InterruptedException {
        client = Emulated.client(emulator).build();
        emulator.settings().rateLimitEvery(3, 0);
        MatrixService service = client.create(MatrixService.class);
        int succeeded = 0;
        int rateLimited = 0;
        for (int i = 0; i < 9; i++) {
            try {
                switch (i % 3) {
                    case 0 -> service.record("Name: Job " + i);
                    case 1 -> service.future("job " + i).join();
                    default -> service.tokens("job " + i, token -> {});
                }
                succeeded++;
            } catch (RateLimitException | CompletionException e) {
                rateLimited++;
            }
        }

        long open = Emulated.awaitNoOpenJobs(emulator);
        List<JobSnapshot> jobs = emulator.jobs();
        assertEquals(0, open, "jobs leaked (" + succeeded + " succeeded, " + rateLimited + " rate limited): "
                + Emulated.describe(jobs));
        assertTrue(jobs.stream().allMatch(j -> j.completeCount() == 1), "each settled once: " + Emulated.describe(jobs));
        assertEquals(CREDITS - emulator.jobCount(JobStatus.COMPLETED), emulator.creditsRemaining());
        assertTrue(succeeded > 0, "some jobs succeed");
    }
}
