package dev.saasllm;

import java.io.IOException;

/** The server did not answer (or finish answering) within the client's timeout. */
public class CallTimeoutException extends TransportException {
    public CallTimeoutException(String message, String endpoint, String jobId, IOException cause) {
        super(message, endpoint, jobId, cause);
    }
}
