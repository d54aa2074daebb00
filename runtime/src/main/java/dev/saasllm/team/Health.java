package dev.saasllm.team;

/**
 * The answer of {@code GET /health}: {@code {"status": "healthy", "service": "saas-llm-api"}}.
 * A server that is down does not answer: that is a {@code TransportException}, not a status.
 *
 * @param status the server's status, {@code healthy} when it is
 * @param service the service's name
 */
public record Health(String status, String service) {
    /**
     * Whether the server said {@code healthy}.
     *
     * @return true when the server is healthy
     */
    public boolean healthy() {
        return "healthy".equals(status);
    }
}
