package dev.saasllm.emulator;

import java.util.Objects;

/**
 * One team of the emulator: its virtual key, starting credits, status and billing (the server's
 * {@code team_credits} row). The emulator serves one team by default; more are added with {@link
 * SaasLlmEmulator.Builder#addTeam}. Every setter may be called while the emulator runs; {@link
 * SaasLlmEmulator#reset()} restores the values it was built with and the starting balance.
 */
public final class TeamSettings {
    /** The organization every emulated team belongs to (the server routes calls by organization). */
    static final String ORGANIZATION_ID = "emulator-org";

    private volatile String teamId;
    private volatile String virtualKey;
    private volatile long credits = 1000;
    private volatile String status = "active";
    private volatile BudgetMode budgetMode = BudgetMode.JOB_BASED;
    private volatile int tokensPerCredit = 10_000;
    private volatile double creditsPerDollar = 10.0;
    private volatile double costMarkupPercentage;

    TeamSettings(String teamId, String virtualKey) {
        this.teamId = requireText(teamId, "teamId");
        this.virtualKey = requireText(virtualKey, "virtualKey");
    }

    TeamSettings copy() {
        TeamSettings copy = new TeamSettings(teamId, virtualKey);
        copy.copyFrom(this);
        return copy;
    }

    void copyFrom(TeamSettings other) {
        teamId = other.teamId;
        virtualKey = other.virtualKey;
        credits = other.credits;
        status = other.status;
        budgetMode = other.budgetMode;
        tokensPerCredit = other.tokensPerCredit;
        creditsPerDollar = other.creditsPerDollar;
        costMarkupPercentage = other.costMarkupPercentage;
    }

    /** {@return the team's id} */
    public String teamId() {
        return teamId;
    }

    /**
     * The credits allocated when the emulator starts (and after {@link SaasLlmEmulator#reset()}); 1000 by default.
     *
     * @param credits the starting credits
     * @return these settings
     */
    public TeamSettings credits(long credits) {
        this.credits = credits;
        return this;
    }

    /**
     * The team's status: {@code active} (the default) or anything else, such as {@code suspended} or
     * {@code paused}, which makes every authenticated request answer 403 {@code Team access is
     * <status>. Please contact support.} (v1.0.0 has no team status and ignores it).
     *
     * @param status the status; not blank
     * @return these settings
     */
    public TeamSettings status(String status) {
        this.status = requireText(status, "status");
        return this;
    }

    /**
     * Shorthand for {@code status("suspended")} or {@code status("active")}.
     *
     * @param suspended true to suspend, false to activate
     * @return these settings
     */
    public TeamSettings suspended(boolean suspended) {
        return status(suspended ? "suspended" : "active");
    }

    /**
     * How the team is billed ({@link BudgetMode#JOB_BASED} by default).
     *
     * @param mode the budget mode; not null
     * @return these settings
     */
    public TeamSettings budgetMode(BudgetMode mode) {
        this.budgetMode = Objects.requireNonNull(mode, "mode");
        return this;
    }

    /**
     * Tokens per credit in {@code consumption_tokens} mode (10,000).
     *
     * @param tokens tokens per credit
     * @return these settings
     */
    public TeamSettings tokensPerCredit(int tokens) {
        if (tokens <= 0) throw new IllegalArgumentException("tokens_per_credit must be a positive integer");
        this.tokensPerCredit = tokens;
        return this;
    }

    /**
     * Credits per dollar in {@code consumption_usd} mode (10.0).
     *
     * @param credits credits per dollar
     * @return these settings
     */
    public TeamSettings creditsPerDollar(double credits) {
        if (!(credits > 0)) throw new IllegalArgumentException("credits_per_dollar must be a positive number");
        this.creditsPerDollar = credits;
        return this;
    }

    /**
     * Markup on the provider's cost, in percent, in what the team is billed (0).
     *
     * @param percent the markup, in percent
     * @return these settings
     */
    public TeamSettings costMarkupPercentage(double percent) {
        if (percent < 0) throw new IllegalArgumentException("markup must not be negative");
        this.costMarkupPercentage = percent;
        return this;
    }

    @Override
    public String toString() {
        return "TeamSettings{" + teamId + ", " + status + ", " + budgetMode.wireName() + "}";
    }

    // ---- Reads for the server ------------------------------------------------------------------

    void identity(String teamId, String virtualKey) {
        this.teamId = requireText(teamId, "teamId");
        this.virtualKey = requireText(virtualKey, "virtualKey");
    }

    String virtualKey() { return virtualKey; }
    long credits() { return credits; }
    String status() { return status; }
    BudgetMode budgetMode() { return budgetMode; }
    int tokensPerCredit() { return tokensPerCredit; }
    double creditsPerDollar() { return creditsPerDollar; }
    double costMarkupPercentage() { return costMarkupPercentage; }

    static String requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) throw new IllegalArgumentException(name + " must not be blank");
        return value;
    }
}
