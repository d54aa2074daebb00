package dev.saasllm;

/** 5xx: the server (or the LLM call it made, {@code LLM call failed: ...}) failed. */
public class ServerException extends SaasLlmException {
    public ServerException(String message, String endpoint, String jobId, int statusCode, String detail, String rawBody) {
        super(message, endpoint, jobId, statusCode, detail, rawBody, null);
    }
}
