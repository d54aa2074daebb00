package dev.saasllm;

/** A non-2xx status none of the other exceptions stands for (400, 409, 3xx, ...). */
public class UnexpectedStatusException extends SaasLlmException {
    /**
     * An answer with an unexpected status.
     *
     * @param message what went wrong, for people
     * @param endpoint the failed request's endpoint, e.g. {@code POST /api/jobs/create}, or null
     * @param jobId the job concerned, or null
     * @param statusCode the HTTP status
     * @param detail the server's {@code detail}, or null
     * @param rawBody the raw answer body, or null
     */
    public UnexpectedStatusException(String message, String endpoint, String jobId, int statusCode, String detail, String rawBody) {
        super(message, endpoint, jobId, statusCode, detail, rawBody, null);
    }
}
