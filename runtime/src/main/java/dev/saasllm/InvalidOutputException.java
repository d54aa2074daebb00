package dev.saasllm;

/**
 * The model answered, but its content is not what the method's type asks for: not JSON, JSON of
 * the wrong shape, a missing property, a value out of range. Holds the raw content and the problem.
 */
public class InvalidOutputException extends SaasLlmException {
    /** What was wrong with the content. */
    private final String problem;

    /**
     * Content that does not fit the answer's type, before the call is known.
     *
     * @param problem what was wrong, e.g. {@code Required value 'email' missing at $}
     * @param rawContent the model's answer, as received
     * @param cause the parse failure, or null
     */
    public InvalidOutputException(String problem, String rawContent, Throwable cause) {
        super("Invalid structured output: " + problem, null, null, 0, null, rawContent, cause);
        this.problem = problem;
    }

    /**
     * For subclasses that describe themselves.
     *
     * @param message what went wrong, for people
     * @param problem what was wrong with the content
     * @param endpoint the failed request's endpoint, e.g. {@code POST /api/jobs/create}, or null
     * @param jobId the job concerned, or null
     * @param rawContent the model's answer, as received
     * @param cause the parse failure, or null
     */
    protected InvalidOutputException(String message, String problem, String endpoint, String jobId, String rawContent,
                                     Throwable cause) {
        super(message, endpoint, jobId, 0, null, rawContent, cause);
        this.problem = problem;
    }

    private InvalidOutputException(InvalidOutputException original, String endpoint, String jobId) {
        super(original.getMessage() + " (job " + jobId + ")", endpoint, jobId, 0, null, original.rawBody(), original.getCause());
        this.problem = original.problem;
    }

    /**
     * What was wrong with the content, e.g. {@code Required value 'email' missing at $}.
     *
     * @return the problem, for people and for a re-ask
     */
    public String problem() { return problem; }

    /**
     * The model's answer, as received.
     *
     * @return the raw content
     */
    public String rawContent() { return rawBody(); }

    /**
     * The same failure, now knowing the call and job it belongs to.
     *
     * @param endpoint the call's endpoint
     * @param jobId the call's job
     * @return a new exception with the same problem, content and cause
     */
    public InvalidOutputException withJob(String endpoint, String jobId) {
        return new InvalidOutputException(this, endpoint, jobId);
    }
}
