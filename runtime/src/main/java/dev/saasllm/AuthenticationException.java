package dev.saasllm;

/** 401: the virtual key is missing, malformed or unknown. */
public class AuthenticationException extends SaasLlmException {
    public AuthenticationException(String message, String endpoint, String jobId, int statusCode, String detail, String rawBody) {
        super(message, endpoint, jobId, statusCode, detail, rawBody, null);
    }
}
