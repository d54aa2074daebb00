package dev.saasllm;

/**
 * Base of every failure the client reports. Carries what is known of the failed exchange: the
 * endpoint, the job id, the HTTP status, the server's {@code detail} and the raw body. It never
 * carries the virtual key.
 */
public class SaasLlmException extends RuntimeException {
    /** The endpoint of the failed request, or null. */
    private final String endpoint;
    /** The job concerned, or null. */
    private final String jobId;
    /** The HTTP status, or 0. */
    private final int statusCode;
    /** The server's {@code detail}, or null. */
    private final String detail;
    /** The raw answer body or content, or null. */
    private final String rawBody;

    /**
     * A failure with what is known of its exchange.
     *
     * @param message what went wrong, for people
     * @param endpoint e.g. {@code POST /api/jobs/{job_id}/llm-call}, or null
     * @param jobId the job concerned, or null
     * @param statusCode the HTTP status, or 0 when there was no HTTP answer
     * @param detail the server's {@code detail}, or null
     * @param rawBody the raw answer body (or answer content), or null
     * @param cause the underlying failure, or null
     */
    public SaasLlmException(String message, String endpoint, String jobId, int statusCode,
                            String detail, String rawBody, Throwable cause) {
        super(message, cause);
        this.endpoint = endpoint;
        this.jobId = jobId;
        this.statusCode = statusCode;
        this.detail = detail;
        this.rawBody = rawBody;
    }

    /**
     * A failure with no HTTP exchange behind it.
     *
     * @param message what went wrong, for people
     */
    public SaasLlmException(String message) {
        this(message, null, null, 0, null, null, null);
    }

    /**
     * A failure with no HTTP exchange behind it, caused by another.
     *
     * @param message what went wrong, for people
     * @param cause the underlying failure, or null
     */
    public SaasLlmException(String message, Throwable cause) {
        this(message, null, null, 0, null, null, cause);
    }

    /**
     * The endpoint of the failed request, e.g. {@code POST /api/jobs/create}; null if none.
     *
     * @return the endpoint, or null
     */
    public String endpoint() { return endpoint; }

    /**
     * The job concerned; null if none existed yet.
     *
     * @return the job id, or null
     */
    public String jobId() { return jobId; }

    /**
     * The HTTP status, or 0 when no HTTP answer was received.
     *
     * @return the HTTP status, or 0
     */
    public int statusCode() { return statusCode; }

    /**
     * The server's {@code detail} message, or null.
     *
     * @return the server's {@code detail}, or null
     */
    public String detail() { return detail; }

    /**
     * The raw body the server answered (or the model's raw content), or null.
     *
     * @return the raw body, or null
     */
    public String rawBody() { return rawBody; }
}
