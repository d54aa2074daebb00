package dev.saasllm;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A job opened for several calls (a flow or a {@link JobScope}): settled exactly once, by its owner.
 */
final class OpenJob {
    private static final Logger LOG = System.getLogger("dev.saasllm.jobs");
    /** Long enough for any message we make; bounds what a huge server detail puts in the job. */
    private static final int MAX_ERROR_MESSAGE = 4000;

    private final SaasLlmClient client;
    private final JobInfo info;
    private final long startNanos = System.nanoTime();
    private final AtomicBoolean settled = new AtomicBoolean();
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();

    private OpenJob(SaasLlmClient client, JobInfo info) {
        this.client = client;
        this.info = info;
    }

    static OpenJob open(SaasLlmClient client, String jobType, String source, String userId, Map<String, Object> metadata) {
        String jobId = client.createJob(jobType, userId, metadata);
        JobInfo info = new JobInfo(jobId, jobType, source);
        LOG.log(Level.DEBUG, () -> "Opened job " + jobId + " of type " + jobType + " for " + source);
        client.listeners().created(info);
        return new OpenJob(client, info);
    }

    JobInfo info() { return info; }
    String id() { return info.jobId(); }
    SaasLlmClient client() { return client; }
    boolean settled() { return settled.get(); }
    int calls() { return calls.get(); }
    Duration elapsed() { return Duration.ofNanos(System.nanoTime() - startNanos); }

    void checkOpen() {
        if (settled.get()) {
            throw new IllegalStateException("Job " + id() + " (" + info.source() + ") is already settled; "
                    + "a call needs an open job. Make calls inside the flow or before completing the scope.");
        }
    }

    void callStarted() {
        calls.incrementAndGet();
        inFlight.incrementAndGet();
    }

    void callEnded() {
        inFlight.decrementAndGet();
    }

    /**
     * Completes the job {@code completed}. Asynchronous calls still in flight make it fail instead:
     * their answers would be lost and the job charged for them.
     */
    JobCompletion complete(Map<String, ?> metadata) {
        int pending = inFlight.get();
        if (pending > 0) {
            IllegalStateException e = new IllegalStateException(pending + " asynchronous call(s) of job " + id()
                    + " were still running when " + info.source() + " ended; join their futures before returning. "
                    + "The job was completed 'failed'.");
            fail(e);
            throw e;
        }
        if (!settled.compareAndSet(false, true)) {
            throw new IllegalStateException("Job " + id() + " is already settled; a job is completed exactly once.");
        }
        // No fail() if this throws: the complete may have reached the server, and a second would toggle the charge.
        JobCompletion completion = client.settle(id(), JobStatus.COMPLETED, metadata, null);
        LOG.log(Level.DEBUG, () -> "Completed job " + id() + " (" + info.source() + ")");
        client.listeners().completed(info, completion);
        return completion;
    }

    /** Completes the job {@code failed} unless it is settled already; never throws. */
    JobCompletion fail(Throwable cause) {
        if (!settled.compareAndSet(false, true)) return null;
        // A pending interrupt would make the HTTP call fail at once; the job must still settle.
        boolean interrupted = Thread.interrupted();
        JobCompletion completion = null;
        try {
            completion = client.settle(id(), JobStatus.FAILED, null, errorMessage(client, cause));
            LOG.log(Level.DEBUG, () -> "Failed job " + id() + " (" + info.source() + "): " + cause.getClass().getSimpleName());
        } catch (Throwable completionFailure) {
            if (completionFailure != cause) cause.addSuppressed(completionFailure);
            LOG.log(Level.DEBUG, () -> "Could not complete job " + id() + " as failed: " + completionFailure.getClass().getSimpleName());
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
        client.listeners().failed(info, cause, completion);
        return completion;
    }

    /** The {@code error_message} for a failure: its type and message, redacted and bounded. */
    static String errorMessage(SaasLlmClient client, Throwable failure) {
        String message = failure.getMessage();
        String text = message == null || message.isBlank()
                ? failure.getClass().getName()
                : failure.getClass().getSimpleName() + ": " + message;
        text = client.redact(text);
        return text.length() <= MAX_ERROR_MESSAGE ? text : text.substring(0, MAX_ERROR_MESSAGE) + "...";
    }
}
