package dev.saasllm;

/**
 * Hears about the jobs a client's generated services, flows and scopes open: for logging and
 * metrics. Register with {@link SaasLlmClient.Builder#listener}. Methods run on the thread that
 * made the request (an OkHttp thread for asynchronous methods) and must be quick; an exception
 * thrown by a listener is logged and never breaks the job.
 */
public interface JobListener {
    /** The job was opened (for a one-call job through {@code create-and-call}: it already ran). */
    default void jobCreated(JobInfo job) {}

    /** A call of the job answered; {@code response} carries its tokens and latency. */
    default void callFinished(JobInfo job, ChatResponse response) {}

    /** The job was completed {@code completed}. */
    default void jobCompleted(JobInfo job, JobCompletion completion) {}

    /**
     * The job failed. {@code completion} is the server's answer to completing it {@code failed},
     * or null when that answer was lost (the failure to complete is suppressed in {@code cause}).
     */
    default void jobFailed(JobInfo job, Throwable cause, JobCompletion completion) {}
}
