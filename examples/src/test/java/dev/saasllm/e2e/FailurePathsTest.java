package dev.saasllm.e2e;

import static dev.saasllm.e2e.Traffic.failedOnce;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.BudgetExceededException;
import dev.saasllm.CallTimeoutException;
import dev.saasllm.InvalidOutputException;
import dev.saasllm.PermissionDeniedException;
import dev.saasllm.RateLimitException;
import dev.saasllm.SaasLlmClient;
import dev.saasllm.ServerException;
import dev.saasllm.emulator.CallSnapshot;
import dev.saasllm.examples.DocumentAnalyzer;
import dev.saasllm.emulator.JobSnapshot;
import dev.saasllm.emulator.JobStatus;
import dev.saasllm.emulator.SaasLlmEmulator;
import dev.saasllm.emulator.SaasLlmEmulatorExtension;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every failure reaches the caller as a typed exception, and the job it opened is completed
 * {@code failed} exactly once (or was never created): no credit charged, nothing left open.
 */
class FailurePathsTest {
    @RegisterExtension
    static final SaasLlmEmulatorExtension EMULATOR = new SaasLlmEmulatorExtension(b -> b.credits(Traffic.CREDITS));

    private static final String JOB_TYPE = "order_reading";

    @AfterEach
    void nothingLeftOpen() {
        assertEquals(0, EMULATOR.emulator().openJobs());
    }

    @Test
    void invalidJsonFromTheModel(SaasLlmEmulator emulator, SaasLlmClient client) {
        emulator.configure(s -> s.invalidJsonAnswers(1));

        InvalidOutputException e = assertThrows(InvalidOutputException.class,
                () -> client.create(OrderDesk.class).read("Name: Ada"));

        assertTrue(e.rawContent().startsWith("Here is the result: {"), e.rawContent());
        JobSnapshot job = failedOnce(emulator, JOB_TYPE);
        assertEquals(job.jobId(), e.jobId());
        assertTrue(job.errorMessage().startsWith("InvalidOutputException: "), job.errorMessage());
        assertTrue(job.calls().get(0).succeeded(), "the call itself succeeded; its answer did not fit");
    }

    @Test
    void anAnswerMissingAProperty(SaasLlmEmulator emulator, SaasLlmClient client) {
        emulator.enqueueAnswer("{\"sku\": \"A-1\", \"quantity\": 2}");

        InvalidOutputException e = assertThrows(InvalidOutputException.class,
                () -> client.create(RootTypes.class).lines("value: one"));

        assertEquals("{\"sku\": \"A-1\", \"quantity\": 2}", e.rawContent());
        assertTrue(e.problem().contains("'value'"), e.problem());
        failedOnce(emulator, "root_types");
    }

    @Test
    void aNestedPropertyMissingFromTheAnswer(SaasLlmEmulator emulator, SaasLlmClient client) {
        emulator.enqueueAnswer("{\"value\": [{\"sku\": \"A-1\", \"quantity\": 2}]}");

        InvalidOutputException e = assertThrows(InvalidOutputException.class,
                () -> client.create(RootTypes.class).lines("value: one"));

        assertTrue(e.problem().contains("'price'"), e.problem());
        failedOnce(emulator, "root_types");
    }

    @Test
    void aServerErrorOnTheCall(SaasLlmEmulator emulator) {
        try (SaasLlmClient threeSteps = Traffic.threeSteps(emulator)) {
            emulator.configure(s -> s.errorRate(1.0, 7));

            ServerException e = assertThrows(ServerException.class, () -> threeSteps.create(OrderDesk.class).greet("Ada"));

            assertEquals(500, e.statusCode());
            assertTrue(e.endpoint().endsWith("/llm-call"), e.endpoint());
            JobSnapshot job = failedOnce(emulator, JOB_TYPE);
            assertEquals(e.jobId(), job.jobId());
            assertEquals(1, job.calls().size());
            assertFalse(job.calls().get(0).succeeded(), "the failed call is recorded");
        }
    }

    @Test
    void aRateLimitOnTheCall(SaasLlmEmulator emulator) {
        try (SaasLlmClient threeSteps = Traffic.threeSteps(emulator)) {
            emulator.configure(s -> s.rateLimitEvery(2, 3)); // the 2nd request: the llm-call

            RateLimitException e = assertThrows(RateLimitException.class, () -> threeSteps.create(OrderDesk.class).greet("Ada"));

            assertEquals(429, e.statusCode());
            assertEquals(Optional.of(Duration.ofSeconds(3)), e.retryAfter());
            assertEquals(List.of("POST /api/jobs/create", "POST /api/jobs/{id}/llm-call", "POST /api/jobs/{id}/complete"),
                    Traffic.requestLines(emulator));
            JobSnapshot job = failedOnce(emulator, JOB_TYPE);
            assertEquals(List.of(), job.calls(), "a 429 reaches no model");
        }
    }

    @Test
    void aRateLimitOnCreateLeavesNoJob(SaasLlmEmulator emulator, SaasLlmClient client) {
        emulator.configure(s -> s.rateLimitEveryRequest(true));

        RateLimitException e = assertThrows(RateLimitException.class, () -> client.create(OrderDesk.class).read("x"));

        assertEquals(null, e.jobId());
        assertEquals(List.of("POST /api/jobs/create"), Traffic.requestLines(emulator), "nothing to settle");
        assertEquals(List.of(), emulator.jobs());
        assertEquals(Traffic.CREDITS, emulator.creditsRemaining());
    }

    @Test
    void aCallSlowerThanTheClientsTimeout(SaasLlmEmulator emulator) throws InterruptedException {
        emulator.configure(s -> s.callLatency(Duration.ofMillis(700)));
        CallTimeoutException e;
        // The call's own timeout: one of 200 ms on every request could also cut the create or the
        // complete short on a loaded machine.
        try (SaasLlmClient client = SaasLlmClient.builder().baseUrl(emulator.baseUrl()).teamId(emulator.teamId())
                .virtualKey(emulator.virtualKey()).callTimeout(Duration.ofMillis(200)).build()) {
            e = assertThrows(CallTimeoutException.class, () -> client.create(OrderDesk.class).read("Name: Ada"));
        }

        JobSnapshot job = failedOnce(emulator, JOB_TYPE);
        assertEquals(job.jobId(), e.jobId());
        assertTrue(job.errorMessage().startsWith("CallTimeoutException: "), job.errorMessage());
        // The server finishes the abandoned call later; the job must stay failed and uncharged.
        List<CallSnapshot> calls = awaitCalls(emulator, job.jobId());
        assertEquals(1, calls.size());
        assertEquals(JobStatus.FAILED, emulator.job(job.jobId()).orElseThrow().status());
        assertEquals(Traffic.CREDITS, emulator.creditsRemaining());
    }

    @Test
    void aSuspendedTeamLeavesNoJob(SaasLlmEmulator emulator, SaasLlmClient client) {
        emulator.configure(s -> s.teamSuspended(true));

        PermissionDeniedException e = assertThrows(PermissionDeniedException.class,
                () -> client.create(OrderDesk.class).read("Name: Ada"));

        assertEquals(403, e.statusCode());
        assertTrue(e.endpoint().endsWith("/create"), e.endpoint());
        assertEquals(List.of("POST /api/jobs/create"), Traffic.requestLines(emulator));
        assertEquals(List.of(), emulator.jobs());
        assertEquals(Traffic.CREDITS, emulator.creditsRemaining());
    }

    @Test
    void aTeamWithNoCreditsLeftStillGetsItsJobsCompletedUnbilled() {
        // The server never refuses work for credits: the job completes, with credit_applied false.
        try (SaasLlmEmulator emulator = SaasLlmEmulator.builder().credits(1).start();
                SaasLlmClient client = SaasLlmClient.builder().baseUrl(emulator.baseUrl()).teamId(emulator.teamId())
                        .virtualKey(emulator.virtualKey()).build()) {
            OrderDesk desk = client.create(OrderDesk.class);
            assertEquals("Echo: Greet Ada in one line.", desk.greet("Ada"));
            assertEquals(0, emulator.creditsRemaining());

            assertEquals("Echo: Greet Grace in one line.", desk.greet("Grace"));

            // One charged, one completed without a credit to take (jobs() is not in creation order).
            assertEquals(List.of(false, true), emulator.jobs().stream().map(JobSnapshot::creditApplied).sorted().toList());
            assertEquals(2, emulator.jobCount(JobStatus.COMPLETED));
            assertEquals(0, emulator.creditsRemaining());
            assertEquals(0, emulator.openJobs());
        }
    }

    @Test
    void theBudgetGuardRefusesBeforeAnyJobWhenTheTeamRunsLow() {
        try (SaasLlmEmulator emulator = SaasLlmEmulator.builder().credits(1).start();
                SaasLlmClient client = SaasLlmClient.builder().baseUrl(emulator.baseUrl()).teamId(emulator.teamId())
                        .virtualKey(emulator.virtualKey()).budgetGuard(1, Duration.ZERO).build()) {
            OrderDesk desk = client.create(OrderDesk.class);
            assertEquals("Echo: Greet Ada in one line.", desk.greet("Ada"));
            int before = emulator.requests().size();

            BudgetExceededException e = assertThrows(BudgetExceededException.class, () -> desk.greet("Grace"));

            assertEquals(0, e.creditsRemaining());
            assertEquals(1, e.minimumCredits());
            List<String> lines = Traffic.requestLines(emulator);
            assertEquals(List.of("GET /api/credits/teams/" + emulator.teamId() + "/balance"), lines.subList(before, lines.size()));
            assertEquals(1, emulator.jobs().size(), "the refused job was never created");
            assertEquals(0, emulator.openJobs());
        }
    }

    @Test
    void aModelTheTeamMayNotUse(SaasLlmEmulator emulator, SaasLlmClient client) {
        emulator.configure(s -> s.allowedModels(Set.of("some-other-model")));

        PermissionDeniedException e = assertThrows(PermissionDeniedException.class,
                () -> client.create(OrderDesk.class).read("Name: Ada"));

        assertTrue(e.detail().contains("e2e-model"), e.detail());
        JobSnapshot job = failedOnce(emulator, JOB_TYPE);
        assertEquals(e.jobId(), job.jobId());
    }

    @Test
    void noModelAnywhereFailsBeforeAnythingIsSent(SaasLlmEmulator emulator, SaasLlmClient client) {
        // DocumentAnalyzer declares no model, and the injected client has no default model.
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> client.create(DocumentAnalyzer.class).analyze("a document"));

        assertTrue(e.getMessage().startsWith("No model for this call"), e.getMessage());
        assertEquals(List.of(), emulator.requests());
    }

    @Test
    void aRateLimitedCompleteIsSentAgainAfterItsRetryAfterWhateverThePolicy(SaasLlmEmulator emulator) {
        try (SaasLlmClient threeSteps = Traffic.threeSteps(emulator)) { // no retry policy
            emulator.configure(s -> s.rateLimitEvery(3, 1)); // the 3rd request: complete, Retry-After: 1

            assertEquals("Echo: Greet Ada in one line.", threeSteps.create(OrderDesk.class).greet("Ada"));

            // A 429 is answered before the request is handled: the complete is provably unapplied, so it is sent again.
            assertEquals(List.of("POST /api/jobs/create", "POST /api/jobs/{id}/llm-call", "POST /api/jobs/{id}/complete",
                    "POST /api/jobs/{id}/complete"), Traffic.requestLines(emulator));
            JobSnapshot job = Traffic.onlyJob(emulator);
            assertEquals(JobStatus.COMPLETED, job.status());
            assertEquals(Traffic.CREDITS - 1, emulator.creditsRemaining());
        }
    }

    /** Waits, boundedly, for the emulator to record the call the client gave up on. */
    private static List<CallSnapshot> awaitCalls(SaasLlmEmulator emulator, String jobId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (emulator.callsFor(jobId).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return emulator.callsFor(jobId);
    }
}
