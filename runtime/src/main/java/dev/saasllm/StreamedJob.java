package dev.saasllm;

import dev.saasllm.internal.PromptMethod;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The job of one streamed {@code @Prompt} call, settled exactly once whoever ends it first: the
 * reader at {@code [DONE]}, a failure, or a consumer closing or cancelling from another thread.
 */
final class StreamedJob {
    private static final Logger LOG = System.getLogger("dev.saasllm.jobs");

    private final SaasLlmClient client;
    private final PromptMethod<?> method;
    private final String jobId;
    private final AtomicBoolean settled = new AtomicBoolean();

    StreamedJob(SaasLlmClient client, PromptMethod<?> method, String jobId) {
        this.client = client;
        this.method = method;
        this.jobId = jobId;
    }

    static StreamedJob open(SaasLlmClient client, PromptMethod<?> method) {
        // Resolved first so that a missing model fails before a job exists.
        client.resolveModel(method.options());
        String jobId = client.createJob(method.jobType(), null,
                JobMetadata.of(method.qualifiedName(), method.fingerprint(), method.metadata(), null));
        LOG.log(Level.DEBUG, () -> "Opened streamed job " + jobId + " for " + method.qualifiedName());
        return new StreamedJob(client, method, jobId);
    }

    String id() {
        return jobId;
    }

    PromptMethod<?> method() {
        return method;
    }

    boolean settled() {
        return settled.get();
    }

    /**
     * Completes the job {@code completed}, unless already settled. A failure of this complete is
     * thrown and not followed by a second complete: the first may have been charged.
     */
    void complete() {
        if (!settled.compareAndSet(false, true)) return;
        client.settle(jobId, JobStatus.COMPLETED, null, null);
        LOG.log(Level.DEBUG, () -> "Completed streamed job " + jobId);
    }

    /** Completes the job {@code failed}, unless already settled; a failure to do so is added to {@code cause}. */
    void fail(Throwable cause) {
        fail(OpenJob.errorMessage(client, cause), cause);
    }

    void fail(String errorMessage, Throwable cause) {
        if (!settled.compareAndSet(false, true)) return;
        // A pending interrupt would make the HTTP call fail at once; the job must still settle.
        boolean interrupted = Thread.interrupted();
        try {
            client.settle(jobId, JobStatus.FAILED, null, errorMessage);
            LOG.log(Level.DEBUG, () -> "Failed streamed job " + jobId + ": " + errorMessage);
        } catch (Throwable completionFailure) {
            if (cause != null && completionFailure != cause) cause.addSuppressed(completionFailure);
            LOG.log(Level.DEBUG, () -> "Could not complete job " + jobId + " as failed: " + completionFailure.getClass().getSimpleName());
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

}
