package dev.saasllm.emulator;

/**
 * One LLM call recorded on a job.
 *
 * @param callId the call's id
 * @param model the model requested
 * @param purpose the {@code purpose} label, or null
 * @param promptTokens tokens counted for the prompt
 * @param completionTokens tokens counted for the answer (0 for a failed call)
 * @param latencyMs time the call took
 * @param costUsd the emulated cost
 * @param error the failure message, or null when the call succeeded
 * @param streamed whether it was a streaming call
 * @param createdAt when the call was made (UTC)
 */
public record CallSnapshot(
        String callId,
        String model,
        String purpose,
        int promptTokens,
        int completionTokens,
        long latencyMs,
        double costUsd,
        String error,
        boolean streamed,
        java.time.LocalDateTime createdAt) {

    public boolean succeeded() {
        return error == null;
    }

    public int totalTokens() {
        return promptTokens + completionTokens;
    }
}
