package dev.saasllm.emulator;

import java.util.Locale;

/** How a team pays for a completed job (the server's {@code budget_mode}). */
public enum BudgetMode {
    /** One credit per completed job. */
    JOB_BASED,
    /** {@code max(1, total_tokens // tokens_per_credit)} credits. */
    CONSUMPTION_TOKENS,
    /** {@code max(1, int(total_cost_usd * credits_per_dollar))} credits. */
    CONSUMPTION_USD;

    /**
     * The server's name: {@code job_based}, {@code consumption_tokens}, {@code consumption_usd}.
     *
     * @return the lower-case name
     */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The mode of a server name, in any case.
     *
     * @param name {@code job_based}, {@code consumption_tokens} or {@code consumption_usd}
     * @return the mode
     * @throws IllegalArgumentException for an unknown name
     */
    public static BudgetMode named(String name) {
        for (BudgetMode m : values()) {
            if (m.wireName().equals(name.toLowerCase(Locale.ROOT))) return m;
        }
        throw new IllegalArgumentException("Unknown budget mode '" + name
                + "'; expected job_based, consumption_tokens or consumption_usd");
    }
}
