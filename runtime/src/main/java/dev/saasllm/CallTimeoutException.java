package dev.saasllm;

import java.io.IOException;

/** The server did not answer (or finish answering) within the client's timeout. */
public class CallTimeoutException extends TransportException {
    /**
     * A request that timed out.
     *
     * @param message what went wrong, for people
     * @param endpoint the failed request's endpoint, e.g. {@code POST /api/jobs/create}, or null
     * @param jobId the job concerned, or null
     * @param cause the I/O failure OkHttp reported
     */
    public CallTimeoutException(String message, String endpoint, String jobId, IOException cause) {
        super(message, endpoint, jobId, cause);
    }
}
