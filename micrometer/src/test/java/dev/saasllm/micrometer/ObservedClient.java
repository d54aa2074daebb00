package dev.saasllm.micrometer;

import dev.saasllm.CreateAndCall;
import dev.saasllm.JobListener;
import dev.saasllm.RetryPolicy;
import dev.saasllm.SaasLlmClient;
import dev.saasllm.emulator.SaasLlmEmulator;
import java.time.Duration;

/** A client of the emulator with an observing listener: three-step jobs, quick retries, one re-ask. */
final class ObservedClient {
    private ObservedClient() {}

    static SaasLlmClient.Builder builder(SaasLlmEmulator emulator, JobListener listener) {
        return SaasLlmClient.builder()
                .baseUrl(emulator.baseUrl())
                .teamId(emulator.teamId())
                .virtualKey(emulator.virtualKey())
                .timeout(Duration.ofSeconds(10))
                .createAndCall(CreateAndCall.NEVER)
                .retryPolicy(RetryPolicy.builder().maxAttempts(2).initialDelay(Duration.ofMillis(10)).build())
                .maxReasks(1)
                .listener(listener);
    }
}
