package dev.saasllm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.saasllm.fixtures.Analyzer;
import dev.saasllm.fixtures.Greeter;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The budget guard in front of generated services: every way they open a job is refused before it is sent. */
class BudgetGuardServiceTest extends MockServerSupport {
    /** {@code TeamCredits.to_dict()} of a team with 2 of its 1000 credits left. */
    private static final String BALANCE = "{\"team_id\":\"acme-corp\",\"organization_id\":\"org-acme\",\"credits_allocated\":1000,"
            + "\"credits_used\":998,\"credits_remaining\":2,\"credit_limit\":null,\"auto_refill\":false,\"refill_amount\":null,"
            + "\"refill_period\":null,\"last_refill_at\":null,\"budget_mode\":\"job_based\",\"credits_per_dollar\":10.0,"
            + "\"tokens_per_credit\":10000,\"cost_markup_percentage\":0.0,\"status\":\"active\","
            + "\"created_at\":\"2026-11-01T09:00:00Z\",\"updated_at\":\"2026-11-27T20:57:40Z\"}";

    private static void refused(Executable opening) {
        Throwable thrown = assertThrows(Throwable.class, opening);
        if (thrown instanceof CompletionException async) thrown = async.getCause();
        BudgetExceededException e = assertInstanceOf(BudgetExceededException.class, thrown);
        assertEquals(2, e.creditsRemaining());
        assertEquals(3, e.minimumCredits());
    }

    @Test
    void everyJobSourceOfAGeneratedServiceIsRefused() throws Exception {
        SaasLlmClient guarded = SaasLlmClient.builder().baseUrl(server.url("/").toString()).teamId(TEAM).virtualKey(KEY)
                .createAndCall(CreateAndCall.TEXT_ONLY).budgetGuard(3, Duration.ofHours(1)).build();
        try (guarded) {
            enqueueJson(200, BALANCE);
            Greeter greeter = guarded.create(Greeter.class);
            Analyzer analyzer = guarded.create(Analyzer.class);
            refused(() -> greeter.greet("Ada"));                       // create-and-call
            refused(() -> greeter.mood("calm"));                       // three steps (structured)
            refused(() -> analyzer.keyPointsAsync("doc").join());      // asynchronous
            refused(() -> analyzer.analyze("doc"));                    // @JobFlow
            refused(() -> guarded.openJob(Analyzer.class));            // a scope
            refused(() -> guarded.inJob(Analyzer.class, a -> a.keyPoints("doc")));
            take("GET", "/api/credits/teams/acme-corp/balance");
            assertEquals(0, guarded.openJobs());
        }
        assertEquals(1, server.getRequestCount(), "nothing but the balance was sent");
    }
}
