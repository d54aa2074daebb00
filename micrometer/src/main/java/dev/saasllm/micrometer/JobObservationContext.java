package dev.saasllm.micrometer;

import dev.saasllm.JobCompletion;
import dev.saasllm.JobInfo;
import io.micrometer.observation.Observation;

/** What a {@link JobObservationConvention} reads of a job: the job, and once settled its outcome. */
public final class JobObservationContext extends Observation.Context {
    private final JobInfo job;
    private volatile JobCompletion completion;
    private volatile boolean settled;
    private volatile boolean failed;

    JobObservationContext(JobInfo job) {
        this.job = job;
    }

    /**
     * The job.
     *
     * @return the job
     */
    public JobInfo job() {
        return job;
    }

    /**
     * The server's answer to completing the job; null before it settled, or when that answer was lost.
     *
     * @return the settlement, or null
     */
    public JobCompletion completion() {
        return completion;
    }

    /**
     * Whether the job settled.
     *
     * @return true once the job is completed or failed
     */
    public boolean settled() {
        return settled;
    }

    /**
     * Whether it settled {@code failed} (the cause is {@link #getError()}).
     *
     * @return true when the job failed
     */
    public boolean failed() {
        return failed;
    }

    void settle(JobCompletion completion, boolean failed) {
        this.completion = completion;
        this.failed = failed;
        this.settled = true;
    }
}
