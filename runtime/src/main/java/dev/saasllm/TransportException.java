package dev.saasllm;

import java.io.IOException;

/** No usable HTTP answer: connection refused or reset, DNS failure, the call interrupted, ... */
public class TransportException extends SaasLlmException {
    public TransportException(String message, String endpoint, String jobId, IOException cause) {
        super(message, endpoint, jobId, 0, null, null, cause);
    }
}
