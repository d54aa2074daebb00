package dev.saasllm;

/**
 * The server reported a failure inside a stream that had started (HTTP 200): an event
 * {@code data: {"error": "..."}}. {@link #detail()} is the server's message, {@link #rawBody()}
 * the event's data as received.
 */
public class StreamFailedException extends SaasLlmException {
    /**
     * A stream the server ended with an error event.
     *
     * @param serverMessage the error event's message
     * @param rawEvent the error event as received
     * @param endpoint the failed request's endpoint, e.g. {@code POST /api/jobs/create}, or null
     * @param jobId the job concerned, or null
     */
    public StreamFailedException(String serverMessage, String rawEvent, String endpoint, String jobId) {
        super("The stream from " + endpoint + (jobId == null ? "" : " for job " + jobId) + " failed: " + serverMessage,
                endpoint, jobId, 200, serverMessage, rawEvent, null);
    }
}
