package dev.saasllm;

import java.io.IOException;

/**
 * A stream ended before its end without an error event (before {@code data: [DONE]} for OpenAI
 * chunks, before {@code message_stop} or the finish reason for Anthropic and Gemini streams): the
 * connection dropped, the server or a proxy cut it off, or a read timed out. The answer read so far
 * is incomplete.
 */
public class StreamInterruptedException extends SaasLlmException {
    /**
     * A stream that stopped before its end.
     *
     * @param message what went wrong, for people
     * @param endpoint the failed request's endpoint, e.g. {@code POST /api/jobs/create}, or null
     * @param jobId the job concerned, or null
     * @param cause the I/O failure, or null
     */
    public StreamInterruptedException(String message, String endpoint, String jobId, IOException cause) {
        super(message, endpoint, jobId, 200, null, null, cause);
    }
}
