package dev.saasllm;

/**
 * Hears about the jobs a client's generated services, flows and scopes open: for logging and
 * metrics. Register with {@link SaasLlmClient.Builder#listener}. Methods run on the thread that
 * made the request (an OkHttp thread for asynchronous methods) and must be quick; an exception
 * thrown by a listener is logged and never breaks the job.
 *
 * <p>The events of one job come in this order: {@link #jobCreated}; for each call
 * {@link #callStarted}, then {@link #callRetried} per repeated attempt, {@link #firstToken} for a
 * streamed one, and {@link #callFinished} or {@link #callFailed}; {@link #reasked} after an answer
 * that could not be read; finally {@link #jobCompleted} or {@link #jobFailed}. A one-call job
 * through {@code create-and-call} ran on the server in one request: its events come together after
 * it, without {@code callStarted}. The programmatic client's calls on a job id
 * ({@code SaasLlmClient.chat}) are not jobs of the client and have no events.
 */
public interface JobListener {
    /**
     * The job was opened (for a one-call job through {@code create-and-call}: it already ran).
     *
     * @param job the job
     */
    default void jobCreated(JobInfo job) {}

    /**
     * A call of the job is being sent.
     *
     * @param job the job the call belongs to
     * @param call which call of the job, and its model
     */
    default void callStarted(JobInfo job, CallInfo call) {}

    /**
     * An attempt of a call failed with {@code failure} and the retry policy sends it again (after
     * its backoff).
     *
     * @param job the job the call belongs to
     * @param call the call being retried
     * @param failure why the attempt failed
     */
    default void callRetried(JobInfo job, CallInfo call, SaasLlmException failure) {}

    /**
     * The first text of a streamed call's answer arrived.
     *
     * @param job the job the call belongs to
     * @param call the streamed call
     */
    default void firstToken(JobInfo job, CallInfo call) {}

    /**
     * A call of the job answered; {@code response} carries its tokens and latency. By default calls
     * {@link #callFinished(JobInfo, ChatResponse)}.
     *
     * @param job the job the call belongs to
     * @param call the call that answered
     * @param response the answer, with its tokens and latency
     */
    default void callFinished(JobInfo job, CallInfo call, ChatResponse response) {
        callFinished(job, response);
    }

    /**
     * A call of the job answered; {@code response} carries its tokens and latency.
     *
     * @param job the job the call belongs to
     * @param response the answer, with its tokens and latency
     */
    default void callFinished(JobInfo job, ChatResponse response) {}

    /**
     * A call of the job ended without an answer: its error, a stream stopped or closed early, or
     * the server's per-job stream failing so that the call was made again unstreamed.
     *
     * @param job the job the call belongs to
     * @param call the call that failed
     * @param failure why it ended without an answer
     */
    default void callFailed(JobInfo job, CallInfo call, Throwable failure) {}

    /**
     * An answer could not be read ({@code problem}) and is asked for again in the same job, as a
     * new call.
     *
     * @param job the job the call belongs to
     * @param problem what was wrong with the answer, the answer included
     */
    default void reasked(JobInfo job, InvalidOutputException problem) {}

    /**
     * The job was completed {@code completed}.
     *
     * @param job the job
     * @param completion the server's answer to completing it: costs and remaining credits
     */
    default void jobCompleted(JobInfo job, JobCompletion completion) {}

    /**
     * The job failed. {@code completion} is the server's answer to completing it {@code failed},
     * or null when that answer was lost (the failure to complete is suppressed in {@code cause}).
     *
     * @param job the job
     * @param cause why the job failed
     * @param completion the server's answer to failing it, or null when it was lost
     */
    default void jobFailed(JobInfo job, Throwable cause, JobCompletion completion) {}
}
