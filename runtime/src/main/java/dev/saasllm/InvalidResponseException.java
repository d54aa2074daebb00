package dev.saasllm;

/**
 * The server answered 2xx, but the body is not the JSON this endpoint answers: not JSON at all,
 * or a required field missing. {@link #rawBody()} holds the body as received. (A model's answer
 * that does not fit the requested type is an {@link InvalidOutputException} instead.)
 */
public class InvalidResponseException extends SaasLlmException {
    public InvalidResponseException(String message, String endpoint, String jobId, int statusCode, String rawBody, Throwable cause) {
        super(message, endpoint, jobId, statusCode, null, rawBody, cause);
    }
}
