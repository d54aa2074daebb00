package dev.saasllm;

import java.io.IOException;

/** No usable HTTP answer: connection refused or reset, DNS failure, the call interrupted, ... */
public class TransportException extends SaasLlmException {
    /**
     * A request that got no usable HTTP answer.
     *
     * @param message what went wrong, for people
     * @param endpoint the failed request's endpoint, e.g. {@code POST /api/jobs/create}, or null
     * @param jobId the job concerned, or null
     * @param cause the I/O failure
     */
    public TransportException(String message, String endpoint, String jobId, IOException cause) {
        super(message, endpoint, jobId, 0, null, null, cause);
    }
}
