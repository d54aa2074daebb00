package dev.saasllm;

import java.util.List;

/**
 * A request body with invalid fields; {@link #fieldErrors()} says which and why. Either the server
 * rejected it (422, FastAPI's field errors), or the client refused to send it (status 0): a value
 * you chose (a job type, user id or call purpose) is longer than the server's column holds. The
 * server would not answer 422 there: its commit would fail with a plain-text 500 and keep nothing,
 * after the provider was already paid for a purpose. The field error is the one a length check on
 * the server would give ({@code string_too_long}, {@code String should have at most N characters}).
 */
public class RequestValidationException extends SaasLlmException {
    /** The field errors of the server's {@code detail}; empty when none. */
    private final List<FieldError> fieldErrors;

    /**
     * A request the server rejected (422) or the client refused to send (status 0).
     *
     * @param message what went wrong, for people
     * @param endpoint the failed request's endpoint, e.g. {@code POST /api/jobs/create}, or null
     * @param jobId the job concerned, or null
     * @param statusCode 422 (or 400) from the server, 0 when the client refused to send
     * @param detail the server's {@code detail}, or null
     * @param rawBody the raw answer body, or null
     * @param fieldErrors the field errors; not null
     */
    public RequestValidationException(String message, String endpoint, String jobId, int statusCode, String detail,
                               String rawBody, List<FieldError> fieldErrors) {
        super(message, endpoint, jobId, statusCode, detail, rawBody, null);
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    /**
     * The field errors of the server's {@code detail} list; empty when it sent a plain message.
     *
     * @return the field errors, in the server's order
     */
    public List<FieldError> fieldErrors() { return fieldErrors; }

    /**
     * One entry of a FastAPI validation error.
     *
     * @param loc where, e.g. {@code ["body", "status"]}
     * @param msg what is wrong
     * @param type the error's kind, e.g. {@code missing}
     */
    public record FieldError(List<String> loc, String msg, String type) {
        /**
         * Copies {@code loc}.
         *
         * @param loc where the error is, e.g. {@code [body, status]}
         * @param msg what is wrong
         * @param type the error's kind
         */
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
