package dev.saasllm;

/** 5xx: the server (or the LLM call it made, {@code LLM call failed: ...}) failed. */
public class ServerException extends SaasLlmException {
    /**
     * A 5xx answer.
     *
     * @param message what went wrong, for people
     * @param endpoint the failed request's endpoint, e.g. {@code POST /api/jobs/create}, or null
     * @param jobId the job concerned, or null
     * @param statusCode the HTTP status
     * @param detail the server's {@code detail}, or null
     * @param rawBody the raw answer body, or null
     */
    public ServerException(String message, String endpoint, String jobId, int statusCode, String detail, String rawBody) {
        super(message, endpoint, jobId, statusCode, detail, rawBody, null);
    }
}
