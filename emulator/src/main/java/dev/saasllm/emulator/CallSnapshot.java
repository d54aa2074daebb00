package dev.saasllm.emulator;

import java.time.LocalDateTime;

/**
 * One LLM call recorded on a job.
 *
 * @param callId the call's id
 * @param model the model requested ({@code model_group_used})
 * @param purpose the {@code purpose} label, or null
 * @param promptTokens tokens recorded for the prompt (0 for a failed call, and for a stream the
 *     server counts no usage of)
 * @param completionTokens tokens recorded for the answer
 * @param latencyMs time the call took; null for a failed call, as the server records none
 * @param costUsd the call's cost as {@code GET /costs} lists it ({@code cost_usd})
 * @param billedUsd what the job's totals count ({@code client_cost_usd}, markup included); 0 for
 *     calls the server bills nothing for (streams and one-call jobs on the current release)
 * @param error the failure message, or null when the call succeeded
 * @param streamed whether it was a streaming call
 * @param createdAt when the call was recorded (UTC)
 */
public record CallSnapshot(
        String callId,
        String model,
        String purpose,
        int promptTokens,
        int completionTokens,
        Long latencyMs,
        double costUsd,
        double billedUsd,
        String error,
        boolean streamed,
        LocalDateTime createdAt) {

    /** {@return whether the call succeeded: it has no error} */
    public boolean succeeded() {
        return error == null;
    }

    /** {@return the prompt and completion tokens together} */
    public int totalTokens() {
        return promptTokens + completionTokens;
    }
}
