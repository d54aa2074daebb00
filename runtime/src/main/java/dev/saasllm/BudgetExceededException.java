package dev.saasllm;

/**
 * The client's budget guard ({@link SaasLlmClient.Builder#budgetGuard(int)}) refused to open a job:
 * the team has fewer credits remaining than the guard's minimum. Nothing was sent to open it. The
 * server itself never refuses work for lack of credits; this refusal is the client's own.
 */
public class BudgetExceededException extends SaasLlmException {
    private final int creditsRemaining;
    private final int minimumCredits;

    public BudgetExceededException(String message, int creditsRemaining, int minimumCredits) {
        super(message);
        this.creditsRemaining = creditsRemaining;
        this.minimumCredits = minimumCredits;
    }

    /** The team's credits remaining, as the guard last read them. */
    public int creditsRemaining() { return creditsRemaining; }

    /** The guard's minimum: a job is opened only with at least this many credits remaining. */
    public int minimumCredits() { return minimumCredits; }
}
