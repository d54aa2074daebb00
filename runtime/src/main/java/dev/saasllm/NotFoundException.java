package dev.saasllm;

/** 404: unknown job or team (or an endpoint this server version does not have). */
public class NotFoundException extends SaasLlmException {
    public NotFoundException(String message, String endpoint, String jobId, int statusCode, String detail, String rawBody) {
        super(message, endpoint, jobId, statusCode, detail, rawBody, null);
    }
}
