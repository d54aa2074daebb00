package dev.saasllm;

/**
 * 403: the key is valid but not allowed this: team suspended, out of credits, model not allowed,
 * job of another team, or a {@code team_id} that is not the key's team.
 */
public class PermissionDeniedException extends SaasLlmException {
    /**
     * A 403 answer.
     *
     * @param message what went wrong, for people
     * @param endpoint the failed request's endpoint, e.g. {@code POST /api/jobs/create}, or null
     * @param jobId the job concerned, or null
     * @param statusCode the HTTP status
     * @param detail the server's {@code detail}, or null
     * @param rawBody the raw answer body, or null
     */
    public PermissionDeniedException(String message, String endpoint, String jobId, int statusCode, String detail, String rawBody) {
        super(message, endpoint, jobId, statusCode, detail, rawBody, null);
    }
}
