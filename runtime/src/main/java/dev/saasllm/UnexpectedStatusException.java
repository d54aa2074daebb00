package dev.saasllm;

/** A non-2xx status none of the other exceptions stands for (400, 409, 3xx, ...). */
public class UnexpectedStatusException extends SaasLlmException {
    public UnexpectedStatusException(String message, String endpoint, String jobId, int statusCode, String detail, String rawBody) {
        super(message, endpoint, jobId, statusCode, detail, rawBody, null);
    }
}
