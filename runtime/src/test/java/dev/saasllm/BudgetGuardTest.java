package dev.saasllm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.saasllm.internal.FlowMethod;
import dev.saasllm.internal.Invocation;
import dev.saasllm.internal.PromptMethod;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The client's budget guard: every job source is refused before anything opens a job while the
 * team is below the minimum, and the balance is read no more often than its maximum age.
 */
class BudgetGuardTest extends MockServerSupport {
    private static final String BALANCE = "/api/credits/teams/acme-corp/balance";
    private static final Duration HOUR = Duration.ofHours(1);
    private static final PromptMethod<String> CHAT = PromptMethod.chat("x.Svc", "m", "t", CallOptions.NONE);
    private static final Invocation HI = Invocation.of(List.of(ChatMessage.user("hi")));

    /** {@code TeamCredits.to_dict()} with {@code remaining} of 1000 credits left. */
    static String balance(int remaining) {
        return TeamApiTest.BALANCE_BODY.replace("\"credits_used\":1,\"credits_remaining\":999",
                "\"credits_used\":" + (1000 - remaining) + ",\"credits_remaining\":" + remaining);
    }

    private SaasLlmClient guarded(int minimum, Duration maxAge, CreateAndCall createAndCall) {
        return SaasLlmClient.builder().baseUrl(server.url("/").toString()).teamId(TEAM).virtualKey(KEY)
                .defaultModel("DefaultModel").createAndCall(createAndCall).budgetGuard(minimum, maxAge).build();
    }

    private void assertRefused(Executable opening, int remaining, int minimum) throws Exception {
        Throwable thrown = assertThrows(Throwable.class, opening);
        if (thrown instanceof CompletionException async) thrown = async.getCause();
        BudgetExceededException e = assertInstanceOf(BudgetExceededException.class, thrown);
        assertEquals(remaining, e.creditsRemaining());
        assertEquals(minimum, e.minimumCredits());
        assertEquals("Team acme-corp has " + remaining + " credit(s) remaining, fewer than the budget guard's minimum of "
                + minimum + ": no job was opened. Add credits to the team, or lower SaasLlmClient.Builder.budgetGuard(...).",
                e.getMessage());
        assertNoKey(e);
    }

    @Test
    void everyJobSourceIsRefusedBeforeAnythingIsSent() throws Exception {
        try (SaasLlmClient guarded = guarded(5, HOUR, CreateAndCall.NEVER)) {
            enqueueJson(200, balance(3));
            assertRefused(() -> guarded.createJob("report"), 3, 5);
            take("GET", BALANCE);
            // The rest read the balance kept for an hour: no request at all.
            assertRefused(() -> guarded.runner().run(CHAT, HI), 3, 5);
            assertRefused(() -> guarded.runner().runAsync(CHAT, HI).join(), 3, 5);
            assertRefused(() -> guarded.runner().stream(CHAT, HI), 3, 5);
            assertRefused(() -> guarded.runner().flow(FlowMethod.of("x.Svc", "flow", "t", null), HI, runner -> "never"), 3, 5);
            assertRefused(() -> guarded.jobs().openScope("t", "Svc", null, java.util.Map.of()), 3, 5);
            assertRefused(() -> guarded.createJobAsync("report", null, null).join(), 3, 5);
            assertEquals(0, guarded.openJobs());
        }
        assertEquals(1, server.getRequestCount(), "only the balance was asked for");
    }

    @Test
    void createAndCallIsRefusedBeforeItIsSent() throws Exception {
        try (SaasLlmClient guarded = guarded(1, HOUR, CreateAndCall.ALWAYS)) {
            enqueueJson(200, balance(0));
            assertRefused(() -> guarded.runner().run(CHAT, HI), 0, 1);
            take("GET", BALANCE);
        }
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void atTheMinimumAJobIsOpenedAndItsAnswerUpdatesTheBalance() throws Exception {
        try (SaasLlmClient guarded = guarded(5, HOUR, CreateAndCall.ALWAYS)) {
            enqueueJson(200, balance(5));
            enqueueJson(200, oneCall(4));
            assertEquals("Hi", guarded.runner().run(CHAT, HI));
            take("GET", BALANCE);
            take("POST", "/api/jobs/create-and-call");
            // The completion said 4 remain: refused without asking the server again.
            assertRefused(() -> guarded.runner().run(CHAT, HI), 4, 5);
        }
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void aCompletedJobUpdatesTheBalanceToo() throws Exception {
        try (SaasLlmClient guarded = guarded(999, HOUR, CreateAndCall.NEVER)) {
            enqueueJson(200, balance(1000));
            enqueueJson(200, created(JOB_ID));
            enqueueJson(200, callAnswer("Hi"));
            enqueueJson(200, completion("COMPLETED")); // credits_remaining 999: still allowed
            assertEquals("Hi", guarded.runner().run(CHAT, HI));
            enqueueJson(200, created(JOB_ID));
            assertEquals(JOB_ID, guarded.createJob("report"));
            take("GET", BALANCE);
            take("POST", "/api/jobs/create");
            take("POST", "/api/jobs/" + JOB_ID + "/llm-call");
            take("POST", "/api/jobs/" + JOB_ID + "/complete");
            take("POST", "/api/jobs/create");
        }
        assertEquals(5, server.getRequestCount(), "the balance was read once");
    }

    @Test
    void aBalanceKeptWithinItsAgeIsReadOnce() throws Exception {
        try (SaasLlmClient guarded = guarded(1, HOUR, CreateAndCall.NEVER)) {
            enqueueJson(200, balance(10));
            enqueueJson(200, created(JOB_ID));
            enqueueJson(200, created(JOB_ID));
            guarded.createJob("a");
            guarded.createJob("b");
            take("GET", BALANCE);
            take("POST", "/api/jobs/create");
            take("POST", "/api/jobs/create");
        }
    }

    @Test
    void withAMaximumAgeOfZeroTheBalanceIsReadBeforeEveryJob() throws Exception {
        try (SaasLlmClient guarded = guarded(1, Duration.ZERO, CreateAndCall.NEVER)) {
            enqueueJson(200, balance(1));
            enqueueJson(200, created(JOB_ID));
            enqueueJson(200, balance(0));
            guarded.createJob("a");
            assertRefused(() -> guarded.createJob("b"), 0, 1);
            take("GET", BALANCE);
            take("POST", "/api/jobs/create");
            take("GET", BALANCE);
        }
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void aBalanceThatCannotBeReadIsThrownAndOpensNothing() throws Exception {
        try (SaasLlmClient guarded = guarded(1, HOUR, CreateAndCall.NEVER)) {
            enqueueJson(404, "{\"detail\":\"No credit account found for team 'acme-corp'\"}");
            NotFoundException e = assertThrows(NotFoundException.class, () -> guarded.runner().run(CHAT, HI));
            assertEquals("GET /api/credits/teams/{team_id}/balance", e.endpoint());
            take("GET", BALANCE);
            assertEquals(0, guarded.openJobs());
        }
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void withoutTheGuardNoBalanceIsRead() throws Exception {
        enqueueJson(200, created(JOB_ID));
        client.createJob("a");
        take("POST", "/api/jobs/create");
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void theMinimumIsAtLeastOneAndTheAgeNotNegative() {
        assertThrows(IllegalArgumentException.class, () -> SaasLlmClient.builder().budgetGuard(0));
        assertThrows(IllegalArgumentException.class, () -> SaasLlmClient.builder().budgetGuard(1, Duration.ofSeconds(-1)));
    }

    /** A create-and-call answer as the server writes it, with {@code remaining} credits left. */
    private static String oneCall(int remaining) {
        return "{\"job_id\":\"" + JOB_ID + "\",\"status\":\"COMPLETED\",\"response\":{\"content\":\"Hi\",\"finish_reason\":\"stop\"},"
                + "\"metadata\":{\"tokens_used\":11,\"latency_ms\":900,\"model\":\"DefaultModel\"},"
                + "\"costs\":{\"total_calls\":1,\"successful_calls\":1,\"failed_calls\":0,\"total_tokens\":11,"
                + "\"total_cost_usd\":0.0,\"avg_latency_ms\":900,\"credit_applied\":true,\"credits_remaining\":" + remaining + "},"
                + "\"completed_at\":\"2026-11-27T20:58:00.123456\"}";
    }
}
