package dev.saasllm;

/**
 * The server answered 2xx, but the body is not the JSON this endpoint answers: not JSON at all,
 * or a required field missing. {@link #rawBody()} holds the body as received. (A model's answer
 * that does not fit the requested type is an {@link InvalidOutputException} instead.)
 */
public class InvalidResponseException extends SaasLlmException {
    /**
     * A 2xx answer whose body could not be read.
     *
     * @param message what went wrong, for people
     * @param endpoint the failed request's endpoint, e.g. {@code POST /api/jobs/create}, or null
     * @param jobId the job concerned, or null
     * @param statusCode the HTTP status
     * @param rawBody the raw answer body, or null
     * @param cause the parse failure, or null
     */
    public InvalidResponseException(String message, String endpoint, String jobId, int statusCode, String rawBody, Throwable cause) {
        super(message, endpoint, jobId, statusCode, null, rawBody, cause);
    }
}
