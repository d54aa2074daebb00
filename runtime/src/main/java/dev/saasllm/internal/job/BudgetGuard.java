package dev.saasllm.internal.job;

import dev.saasllm.BudgetExceededException;
import dev.saasllm.JobCompletion;
import dev.saasllm.JobInfo;
import dev.saasllm.JobListener;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntSupplier;

/**
 * The client's budget guard: before a job is opened, the team's credits remaining must be at least
 * the minimum. The balance is read from the server at most once per {@code maxAge} (one request at a
 * time; threads that need it meanwhile wait for that answer), and every completion the client
 * receives refreshes it for free with its {@code credits_remaining}. A guard, not a lock: jobs
 * already open when the balance drops still finish.
 */
final class BudgetGuard implements JobListener {
    private record Reading(int credits, long atNanos) {}

    private final String teamId;
    private final int minimum;
    private final long maxAgeNanos;
    private final IntSupplier creditsRemaining;
    private final ReentrantLock fetching = new ReentrantLock(); // not synchronized: a virtual thread must not pin on I/O
    private volatile Reading last;

    BudgetGuard(String teamId, int minimum, Duration maxAge, IntSupplier creditsRemaining) {
        this.teamId = teamId;
        this.minimum = minimum;
        this.maxAgeNanos = maxAge.toNanos();
        this.creditsRemaining = creditsRemaining;
    }

    /** Throws when the team is below the minimum; a failure to read the balance is thrown as it is. */
    void check() {
        int credits = credits();
        if (credits < minimum) {
            throw new BudgetExceededException("Team " + teamId + " has " + credits + " credit(s) remaining, fewer than the "
                    + "budget guard's minimum of " + minimum + ": no job was opened. Add credits to the team, or lower "
                    + "SaasLlmClient.Builder.budgetGuard(...).", credits, minimum);
        }
    }

    private int credits() {
        Reading reading = last;
        if (fresh(reading)) return reading.credits();
        fetching.lock();
        try {
            reading = last;
            if (fresh(reading)) return reading.credits();
            int credits = creditsRemaining.getAsInt();
            last = new Reading(credits, System.nanoTime());
            return credits;
        } finally {
            fetching.unlock();
        }
    }

    private boolean fresh(Reading reading) {
        return reading != null && System.nanoTime() - reading.atNanos() < maxAgeNanos;
    }

    @Override
    public void jobCompleted(JobInfo job, JobCompletion completion) {
        observe(completion);
    }

    @Override
    public void jobFailed(JobInfo job, Throwable cause, JobCompletion completion) {
        observe(completion);
    }

    private void observe(JobCompletion completion) {
        if (completion != null && completion.creditsRemaining() != null) {
            last = new Reading(completion.creditsRemaining(), System.nanoTime());
        }
    }
}
