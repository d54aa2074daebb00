package dev.saasllm;

import java.util.List;

/** 422: the server rejected the request body; {@link #fieldErrors()} says which fields and why. */
public class RequestValidationException extends SaasLlmException {
    private final List<FieldError> fieldErrors;

    public RequestValidationException(String message, String endpoint, String jobId, int statusCode, String detail,
                               String rawBody, List<FieldError> fieldErrors) {
        super(message, endpoint, jobId, statusCode, detail, rawBody, null);
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    /** The field errors of the server's {@code detail} list; empty when it sent a plain message. */
    public List<FieldError> fieldErrors() { return fieldErrors; }

    /**
     * One entry of a FastAPI validation error.
     *
     * @param loc where, e.g. {@code ["body", "status"]}
     * @param msg what is wrong
     * @param type the error's kind, e.g. {@code missing}
     */
    public record FieldError(List<String> loc, String msg, String type) {
        public FieldError {
            loc = List.copyOf(loc);
        }

        /** {@code body.status: msg (type)}. */
        @Override
        public String toString() {
            return String.join(".", loc) + ": " + msg + (type == null ? "" : " (" + type + ")");
        }
    }
}
