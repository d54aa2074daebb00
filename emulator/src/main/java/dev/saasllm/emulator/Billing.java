package dev.saasllm.emulator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/** What calls cost and what a completed job is charged, as the server computes them. */
final class Billing {
    /** The emulated price of every model: $2 per million prompt tokens and per million completion tokens. */
    static final double PRICE_PER_MILLION = 2.0;

    private Billing() {}

    /** The provider's cost of a call ({@code provider_cost_usd}, rounded to 8 places). */
    static double providerCost(ServerRelease release, int promptTokens, int completionTokens) {
        if (release.pricesAsGpt35()) {
            return (promptTokens * 0.0005 / 1000) + (completionTokens * 0.0015 / 1000);
        }
        double input = (promptTokens / 1_000_000.0) * PRICE_PER_MILLION;
        double output = (completionTokens / 1_000_000.0) * PRICE_PER_MILLION;
        return round(input + output, 8);
    }

    /** {@code apply_markup}: the team's price of a provider cost. */
    static double clientCost(double providerCost, double markupPercentage) {
        return round(providerCost * (1 + markupPercentage / 100), 8);
    }

    /**
     * A float stored in a {@code Numeric(p, scale)} column: the driver sends Python's repr, which
     * Postgres rounds half away from zero.
     */
    static double column(double value, int scale) {
        return new BigDecimal(Json.floatRepr(value)).setScale(scale, RoundingMode.HALF_UP).doubleValue();
    }

    /** Python's {@code round(x, places)} of a float: the exact value rounded half-even. */
    static double round(double x, int places) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return x;
        return new BigDecimal(x).setScale(places, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** The server's {@code calculate_job_costs}: counts, tokens, billed cost and mean latency of the calls. */
    static Map<String, Object> jobCosts(List<CallSnapshot> calls) {
        if (calls.isEmpty()) {
            return Json.obj("total_calls", 0L, "successful_calls", 0L, "failed_calls", 0L,
                    "total_tokens", 0L, "total_cost_usd", 0.0, "avg_latency_ms", 0L);
        }
        long successful = 0;
        long tokens = 0;
        double cost = 0;
        long latencySum = 0;
        long latencyCount = 0;
        for (CallSnapshot call : calls) {
            if (call.succeeded()) successful++;
            tokens += call.totalTokens();
            cost += call.billedUsd();
            // Python's "if c.latency_ms": failed calls (null) and 0 ms calls are left out.
            if (call.latencyMs() != null && call.latencyMs() != 0) {
                latencySum += call.latencyMs();
                latencyCount++;
            }
        }
        return Json.obj(
                "total_calls", (long) calls.size(),
                "successful_calls", successful,
                "failed_calls", calls.size() - successful,
                "total_tokens", tokens,
                "total_cost_usd", round(cost, 6),
                "avg_latency_ms", latencyCount == 0 ? 0L : (long) ((double) latencySum / latencyCount));
    }

    /** Credits to deduct for a completed job in the team's budget mode (at least one). */
    static long creditsFor(ServerRelease release, TeamSettings team, Map<String, Object> costs) {
        if (!release.hasBudgetModes()) return 1;
        return switch (team.budgetMode()) {
            case CONSUMPTION_USD -> Math.max(1, (long) ((Double) costs.get("total_cost_usd") * team.creditsPerDollar()));
            case CONSUMPTION_TOKENS -> Math.max(1, (Long) costs.get("total_tokens")
                    / (release.hasTokensPerCredit() ? team.tokensPerCredit() : 10_000));
            default -> 1;
        };
    }

    /** The ledger line of a deduction, per endpoint: {@code Job}, {@code Single-call job}, {@code Streaming single-call job}. */
    static String reason(ServerRelease release, TeamSettings team, String what, String jobType, long credits) {
        if (!release.hasBudgetModes()) return what + " " + jobType + " completed successfully";
        return what + " " + jobType + " completed (" + team.budgetMode().wireName() + " mode: " + credits + " credits)";
    }
}
