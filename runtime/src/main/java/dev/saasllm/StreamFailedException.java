package dev.saasllm;

/**
 * The server reported a failure inside a stream that had started (HTTP 200): an event
 * {@code data: {"error": "..."}}. {@link #detail()} is the server's message, {@link #rawBody()}
 * the event's data as received.
 */
public class StreamFailedException extends SaasLlmException {
    public StreamFailedException(String serverMessage, String rawEvent, String endpoint, String jobId) {
        super("The stream from " + endpoint + (jobId == null ? "" : " for job " + jobId) + " failed: " + serverMessage,
                endpoint, jobId, 200, serverMessage, rawEvent, null);
    }
}
