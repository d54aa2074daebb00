package dev.saasllm.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.saasllm.emulator.RawHttp.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code src/api/credits.py} and the budget modes of the server's complete and one-call handlers. */
class CreditsContractTest extends RawHttpTest {
    @RegisterExtension
    static final SaasLlmEmulatorExtension EMULATOR = new SaasLlmEmulatorExtension(b -> b.credits(5));

    @Test
    void theBalanceIsTheTeamsCreditRow() {
        http.complete(http.createJob(), "completed");
        Reply reply = http.get("/api/credits/teams/acme-corp/balance");
        assertEquals("{\"team_id\":\"acme-corp\",\"organization_id\":\"emulator-org\",\"credits_allocated\":5,"
                + "\"credits_used\":1,\"credits_remaining\":4,\"credit_limit\":null,\"auto_refill\":false,\"refill_amount\":null,"
                + "\"refill_period\":null,\"last_refill_at\":null,\"budget_mode\":\"job_based\",\"credits_per_dollar\":10.0,"
                + "\"tokens_per_credit\":10000,\"cost_markup_percentage\":0.0,\"status\":\"active\",\"created_at\":\"<zulu>\","
                + "\"updated_at\":\"<zulu>\"}", RawHttp.normalize(reply.body()));
        Reply other = http.get("/api/credits/teams/globex/balance");
        assertEquals(403, other.status());
        assertEquals("Cannot access credit balance for a different team", other.detail());
    }

    @Test
    void theLedgerListsDeductionsNewestFirstAndTakesOnlyALimit() {
        String first = http.createJob();
        http.complete(first, "completed");
        String second = http.createJob();
        http.complete(second, "completed");
        Reply all = http.get("/api/credits/teams/acme-corp/transactions?offset=1");
        assertEquals("{\"team_id\":\"acme-corp\",\"total\":2,\"transactions\":[{\"transaction_id\":\"<id1>\","
                + "\"team_id\":\"acme-corp\",\"organization_id\":\"emulator-org\",\"job_id\":\"<id2>\",\"transaction_type\":"
                + "\"deduction\",\"credits_amount\":1,\"credits_before\":4,\"credits_after\":3,\"reason\":\"Job test completed "
                + "(job_based mode: 1 credits)\",\"created_at\":\"<zulu>\"},{\"transaction_id\":\"<id3>\",\"team_id\":\"acme-corp\","
                + "\"organization_id\":\"emulator-org\",\"job_id\":\"<id4>\",\"transaction_type\":\"deduction\",\"credits_amount\":1,"
                + "\"credits_before\":5,\"credits_after\":4,\"reason\":\"Job test completed (job_based mode: 1 credits)\","
                + "\"created_at\":\"<zulu>\"}]}", RawHttp.normalize(all.body()));
        assertEquals(second, ((Map<?, ?>) all.list("transactions").get(0)).get("job_id"));
        Reply one = http.get("/api/credits/teams/acme-corp/transactions?limit=1");
        assertEquals(1.0, one.map().get("total"));
        assertEquals("Cannot access credit transactions for a different team",
                http.get("/api/credits/teams/globex/transactions").detail());
    }

    @Test
    void theCheckTakesItsAmountFromTheQueryAndNeverReadsTheBody() {
        Reply enough = http.post("/api/credits/teams/acme-corp/check?credits_needed=5", "not json at all");
        assertEquals("{\"team_id\":\"acme-corp\",\"has_credits\":true,\"credits_remaining\":5,\"credits_needed\":5}", enough.body());
        Reply bodyIgnored = http.post("/api/credits/teams/acme-corp/check", "{\"credits_needed\":100}");
        assertEquals("{\"team_id\":\"acme-corp\",\"has_credits\":true,\"credits_remaining\":5,\"credits_needed\":1}",
                bodyIgnored.body());
        Reply short_ = http.post("/api/credits/teams/acme-corp/check?credits_needed=6", "");
        assertEquals(200, short_.status());
        assertEquals("{\"team_id\":\"acme-corp\",\"has_credits\":false,\"error\":\"Insufficient credits. Team has 5 credits "
                + "remaining, but 6 required. Allocated: 5, Used: 0\",\"credits_needed\":6}", short_.body());
        assertEquals(422, http.post("/api/credits/teams/acme-corp/check?credits_needed=many", "").status());
        assertEquals("Cannot check credits for a different team",
                http.post("/api/credits/teams/globex/check", "").detail());
    }

    @Test
    void consumptionTokensChargesTokensOverTheRateAndNothingWhenTheBalanceIsShort() {
        emulator.settings().team("acme-corp").budgetMode(BudgetMode.CONSUMPTION_TOKENS).tokensPerCredit(1);
        String small = http.createJob();
        http.call(small, "hi"); // 1 + 2 tokens
        assertEquals(true, http.complete(small, "completed").map("costs").get("credit_applied"));
        assertEquals(2, emulator.creditsRemaining());
        assertEquals("Job test completed (consumption_tokens mode: 3 credits)", ((Map<?, ?>) http
                .get("/api/credits/teams/acme-corp/transactions").list("transactions").get(0)).get("reason"));
        // More credits than the team has left: the server does not charge, and completes the job anyway.
        String large = http.createJob();
        http.call(large, "x".repeat(40));
        Reply complete = http.complete(large, "completed");
        assertEquals("COMPLETED", complete.string("status"));
        assertEquals(false, complete.map("costs").get("credit_applied"));
        assertEquals(2, emulator.creditsRemaining());
        emulator.settings().team("acme-corp").tokensPerCredit(10_000);
        String tiny = http.createJob();
        http.call(tiny, "hi");
        assertEquals(true, http.complete(tiny, "completed").map("costs").get("credit_applied"), "max(1, 3 // 10000)");
        assertEquals(1, emulator.creditsRemaining());
    }

    @Test
    void consumptionUsdChargesTheBilledCostWithItsMarkup() {
        emulator.settings().team("acme-corp").budgetMode(BudgetMode.CONSUMPTION_USD).creditsPerDollar(50_000)
                .costMarkupPercentage(50);
        String id = http.createJob();
        http.call(id, "x".repeat(36)); // 9 + 11 tokens at $2 per million: $0.00004, billed $0.00006
        CallSnapshot call = emulator.callsFor(id).get(0);
        assertEquals(20, call.totalTokens());
        assertEquals(4.0e-5, call.costUsd());
        assertEquals(6.0e-5, call.billedUsd());
        Reply complete = http.complete(id, "completed");
        assertEquals(6.0e-5, complete.map("costs").get("total_cost_usd"));
        assertEquals(true, complete.map("costs").get("credit_applied"));
        assertEquals(2, emulator.creditsRemaining(), "int(0.00006 * 50000) = 3 credits");
        // GET /costs lists the provider's cost; the job's totals count the team's price.
        assertEquals(4.0e-5, http.get("/api/jobs/" + id + "/costs").map("costs").get("total_cost_usd"));
        Reply balance = http.get("/api/credits/teams/acme-corp/balance");
        assertEquals(50000.0, balance.map().get("credits_per_dollar"));
        assertEquals(50.0, balance.map().get("cost_markup_percentage"));
        assertEquals("consumption_usd", balance.map().get("budget_mode"));
    }

    @Test
    void aOneCallJobIsChargedWithItsOwnReason() {
        http.post("/api/jobs/create-and-call", "{\"team_id\":\"acme-corp\",\"job_type\":\"quick\",\"model\":\"m\",\"messages\":[]}");
        http.post("/api/jobs/create-and-call-stream", "{\"team_id\":\"acme-corp\",\"job_type\":\"live\",\"model\":\"m\",\"messages\":[]}");
        List<Object> ledger = http.get("/api/credits/teams/acme-corp/transactions").list("transactions");
        assertEquals("Streaming single-call job live completed (job_based mode: 1 credits)", ((Map<?, ?>) ledger.get(0)).get("reason"));
        assertEquals("Single-call job quick completed (job_based mode: 1 credits)", ((Map<?, ?>) ledger.get(1)).get("reason"));
        assertEquals(3, emulator.creditsRemaining());
    }

    @Test
    void resetRestoresTheBalanceAndEmptiesTheLedger() {
        http.complete(http.createJob(), "completed");
        emulator.reset();
        assertEquals(5, emulator.creditsRemaining());
        assertEquals(0.0, http.get("/api/credits/teams/acme-corp/transactions").map().get("total"));
    }
}
