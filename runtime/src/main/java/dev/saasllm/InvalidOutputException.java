package dev.saasllm;

/**
 * The model answered, but its content is not what the method's type asks for: not JSON, JSON of
 * the wrong shape, a missing property, a value out of range. Holds the raw content and the problem.
 */
public class InvalidOutputException extends SaasLlmException {
    private final String problem;

    public InvalidOutputException(String problem, String rawContent, Throwable cause) {
        super("Invalid structured output: " + problem, null, null, 0, null, rawContent, cause);
        this.problem = problem;
    }

    /** For subclasses that describe themselves. */
    protected InvalidOutputException(String message, String problem, String endpoint, String jobId, String rawContent,
                                     Throwable cause) {
        super(message, endpoint, jobId, 0, null, rawContent, cause);
        this.problem = problem;
    }

    private InvalidOutputException(InvalidOutputException original, String endpoint, String jobId) {
        super(original.getMessage() + " (job " + jobId + ")", endpoint, jobId, 0, null, original.rawBody(), original.getCause());
        this.problem = original.problem;
    }

    /** What was wrong with the content, e.g. {@code Required value 'email' missing at $}. */
    public String problem() { return problem; }

    /** The model's answer, as received. */
    public String rawContent() { return rawBody(); }

    /** The same failure, now knowing the call and job it belongs to. */
    public InvalidOutputException withJob(String endpoint, String jobId) {
        return new InvalidOutputException(this, endpoint, jobId);
    }
}
