package dev.saasllm;

import dev.saasllm.internal.job.JobEngine;

import java.util.Map;
import java.util.Objects;

/**
 * A job opened by hand for several calls: every call of {@link #service()} is made in it. End it
 * with {@link #complete()}; closing it without completing fails the job ({@code abandoned}), so an
 * exception thrown in a try-with-resources block never completes it {@code completed}.
 *
 * <pre>{@code
 * try (JobScope<DocumentAnalyzer> job = client.openJob(DocumentAnalyzer.class)) {
 *     String points = job.service().keyPoints(document);
 *     String summary = job.service().summary(document);
 *     job.complete();
 * }
 * }</pre>
 *
 * <p>{@link SaasLlmClient#inJob} does the same with a lambda. Not for use by several threads at
 * once, except for the service's asynchronous methods, whose futures must be joined before
 * {@link #complete()}.
 *
 * @param <S> the {@code @LlmJob} interface of the service
 */
public final class JobScope<S> implements AutoCloseable {
    private final JobEngine.Scope job;
    private final S service;

    JobScope(JobEngine.Scope job, S service) {
        this.job = job;
        this.service = service;
    }

    /**
     * The service, bound to this job: its methods make their calls in it (its flows join it).
     *
     * @return the service bound to this job
     */
    public S service() {
        return service;
    }

    /**
     * The job's id.
     *
     * @return the job's id
     */
    public String jobId() {
        return job.jobId();
    }

    /**
     * Completes the job {@code completed} (it is charged one credit).
     *
     * @return the job's settlement
     * @throws IllegalStateException when the job is already settled, or asynchronous calls of it
     *     are still running (then it is failed)
     */
    public JobCompletion complete() {
        return job.complete(null);
    }

    /**
     * {@link #complete()} sending metadata with the completion. Note: the current server
     * validates but drops it; metadata that matters goes on the job's calls (
     * {@link CallOptions.Builder#metadata}) or on creation.
     *
     * @param metadata metadata to send with the completion, or null
     * @return the job's settlement
     */
    public JobCompletion complete(Map<String, ?> metadata) {
        return job.complete(Objects.requireNonNull(metadata, "metadata"));
    }

    /**
     * Completes the job {@code failed} with {@code reason}; null when it was settled already.
     *
     * @param reason the job's {@code error_message}
     * @return the job's settlement, or null when it was already settled
     */
    public JobCompletion fail(String reason) {
        return job.fail(new JobAbandonedException(Objects.requireNonNull(reason, "reason")));
    }

    /** Fails the job with {@code failure} unless it is settled; never throws. */
    void fail(Throwable failure) {
        job.fail(failure);
    }

    /** Fails the job unless it was completed or failed; never throws. */
    @Override
    public void close() {
        if (!job.settled()) {
            job.fail(new JobAbandonedException("abandoned: the JobScope was closed without complete()"));
        }
    }

    @Override
    public String toString() {
        return "JobScope{jobId=" + job.jobId() + ", source=" + job.source() + (job.settled() ? ", settled" : "") + "}";
    }

    /** Why a scope's job failed without an exception of its own. */
    static final class JobAbandonedException extends RuntimeException {
        JobAbandonedException(String message) {
            super(message, null, false, false);
        }
    }
}
