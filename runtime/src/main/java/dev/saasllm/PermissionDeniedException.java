package dev.saasllm;

/**
 * 403: the key is valid but not allowed this: team suspended, out of credits, model not allowed,
 * job of another team, or a {@code team_id} that is not the key's team.
 */
public class PermissionDeniedException extends SaasLlmException {
    public PermissionDeniedException(String message, String endpoint, String jobId, int statusCode, String detail, String rawBody) {
        super(message, endpoint, jobId, statusCode, detail, rawBody, null);
    }
}
