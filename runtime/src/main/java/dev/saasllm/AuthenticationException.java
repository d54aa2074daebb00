package dev.saasllm;

/** 401: the virtual key is missing, malformed or unknown. */
public class AuthenticationException extends SaasLlmException {
    /**
     * A 401 answer.
     *
     * @param message what went wrong, for people
     * @param endpoint the failed request's endpoint, e.g. {@code POST /api/jobs/create}, or null
     * @param jobId the job concerned, or null
     * @param statusCode the HTTP status
     * @param detail the server's {@code detail}, or null
     * @param rawBody the raw answer body, or null
     */
    public AuthenticationException(String message, String endpoint, String jobId, int statusCode, String detail, String rawBody) {
        super(message, endpoint, jobId, statusCode, detail, rawBody, null);
    }
}
