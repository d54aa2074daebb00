package dev.saasllm;

/**
 * The client's budget guard ({@link SaasLlmClient.Builder#budgetGuard(int)}) refused to open a job:
 * the team has fewer credits remaining than the guard's minimum. Nothing was sent to open it. The
 * server itself never refuses work for lack of credits; this refusal is the client's own.
 */
public class BudgetExceededException extends SaasLlmException {
    /** The team's credits remaining, as last read. */
    private final int creditsRemaining;
    /** The guard's minimum. */
    private final int minimumCredits;

    /**
     * A job the budget guard refused.
     *
     * @param message what went wrong, for people
     * @param creditsRemaining the team's credits remaining, as last read
     * @param minimumCredits the guard's minimum
     */
    public BudgetExceededException(String message, int creditsRemaining, int minimumCredits) {
        super(message);
        this.creditsRemaining = creditsRemaining;
        this.minimumCredits = minimumCredits;
    }

    /**
     * The team's credits remaining, as the guard last read them.
     *
     * @return the credits remaining
     */
    public int creditsRemaining() { return creditsRemaining; }

    /**
     * The guard's minimum: a job is opened only with at least this many credits remaining.
     *
     * @return the minimum credits
     */
    public int minimumCredits() { return minimumCredits; }
}
