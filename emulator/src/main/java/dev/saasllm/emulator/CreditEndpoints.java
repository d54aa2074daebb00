package dev.saasllm.emulator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The team's credit endpoints ({@code src/api/credits.py}): balance, ledger and check. */
final class CreditEndpoints {
    private final EmulatorCore core;

    CreditEndpoints(EmulatorCore core) {
        this.core = core;
    }

    /** {@code GET /api/credits/teams/{team_id}/balance}: the team's {@code TeamCredits.to_dict()}. */
    void balance(Exchange ex, String teamId) throws IOException {
        TeamSettings team = core.authenticate(ex);
        EmulatorCore.sameTeam(teamId, team, "Cannot access credit balance for a different team");
        Account account = core.store.account(team.teamId());
        Map<String, Object> view = Json.obj(
                "team_id", team.teamId(),
                "organization_id", TeamSettings.ORGANIZATION_ID,
                "credits_allocated", account.allocated(),
                "credits_used", account.used(),
                "credits_remaining", account.remaining(),
                "credit_limit", null,
                "auto_refill", false,
                "refill_amount", null,
                "refill_period", null,
                "last_refill_at", null);
        ServerRelease release = core.release();
        if (release.hasBudgetModes()) {
            view.put("budget_mode", team.budgetMode().wireName());
            view.put("credits_per_dollar", team.creditsPerDollar());
            if (release.hasTokensPerCredit()) {
                view.put("tokens_per_credit", (long) team.tokensPerCredit());
                view.put("cost_markup_percentage", team.costMarkupPercentage());
            }
            if (release.checksTeamStatus()) view.put("status", team.status());
        }
        view.put("created_at", core.viewTime(account.createdAt()));
        view.put("updated_at", core.viewTime(account.updatedAt()));
        ex.sendJson(200, view);
    }

    /** {@code GET .../transactions?limit=50}: the ledger, newest first ({@code offset} is not a parameter). */
    void transactions(Exchange ex, String teamId) throws IOException {
        TeamSettings team = core.authenticate(ex);
        List<Object> errors = new ArrayList<>();
        long limit = Fields.queryInt(ex.query(), "limit", 50, errors);
        if (!errors.isEmpty()) throw HttpError.validation(errors);
        EmulatorCore.sameTeam(teamId, team, "Cannot access credit transactions for a different team");
        if (limit < 0) throw HttpError.internal(); // Postgres refuses a negative LIMIT
        List<Object> page = new ArrayList<>();
        for (Account.Transaction t : core.store.account(team.teamId()).ledger()) {
            if (page.size() >= limit) break;
            page.add(Json.obj(
                    "transaction_id", t.transactionId(),
                    "team_id", team.teamId(),
                    "organization_id", TeamSettings.ORGANIZATION_ID,
                    "job_id", t.jobId(),
                    "transaction_type", "deduction",
                    "credits_amount", t.amount(),
                    "credits_before", t.before(),
                    "credits_after", t.after(),
                    "reason", t.reason(),
                    "created_at", core.viewTime(t.createdAt())));
        }
        ex.sendJson(200, Json.obj("team_id", teamId, "total", (long) page.size(), "transactions", page));
    }

    /**
     * {@code POST .../check?credits_needed=1}: the amount is a query parameter and the body is never
     * read. Answers 200 either way, with {@code has_credits}.
     */
    void check(Exchange ex, String teamId) throws IOException {
        TeamSettings team = core.authenticate(ex);
        List<Object> errors = new ArrayList<>();
        long needed = Fields.queryInt(ex.query(), "credits_needed", 1, errors);
        if (!errors.isEmpty()) throw HttpError.validation(errors);
        EmulatorCore.sameTeam(teamId, team, "Cannot check credits for a different team");
        Account account = core.store.account(team.teamId());
        long remaining = account.remaining();
        if (remaining < needed) {
            ex.sendJson(200, Json.obj(
                    "team_id", teamId,
                    "has_credits", false,
                    "error", "Insufficient credits. Team has " + remaining + " credits remaining, but " + needed
                            + " required. Allocated: " + account.allocated() + ", Used: " + account.used(),
                    "credits_needed", needed));
        } else {
            ex.sendJson(200, Json.obj(
                    "team_id", teamId,
                    "has_credits", true,
                    "credits_remaining", remaining,
                    "credits_needed", needed));
        }
    }
}
