package dev.saasllm.examples;

import dev.saasllm.ChatMessage;
import dev.saasllm.JobCompletion;
import dev.saasllm.JobStatus;
import dev.saasllm.SaasLlmClient;
import java.util.List;
import java.util.Map;

/**
 * The seed's "Environment Variables": {@code SaasLlmClient.fromEnv()} reads
 * {@code SAAS_LITELLM_API_URL} (default {@code http://localhost:8003}), {@code SAAS_LITELLM_TEAM_ID},
 * {@code SAAS_LITELLM_VIRTUAL_KEY} and optionally {@code SAAS_LITELLM_MODEL}. Against the embedded
 * emulator the same variables are handed over as a map.
 */
public final class EnvironmentConfig {
    public static void main(String[] args) {
        try (ExampleServer server = ExampleServer.open()) {
            run(server);
        }
    }

    static void run(ExampleServer server) {
        Map<String, String> env = server.emulator() == null ? System.getenv() : Map.of(
                "SAAS_LITELLM_API_URL", server.baseUrl(),
                "SAAS_LITELLM_TEAM_ID", server.teamId(),
                "SAAS_LITELLM_VIRTUAL_KEY", server.virtualKey(),
                "SAAS_LITELLM_MODEL", ExampleServer.MODEL);
        try (SaasLlmClient client = SaasLlmClient.fromEnv(env)) {
            System.out.println("Configured: " + client);
            String jobId = client.createJob("env_config_demo");
            System.out.println("Answer: " + client.chat(jobId, List.of(ChatMessage.user("Hello from the environment"))).content());
            JobCompletion result = client.completeJob(jobId, JobStatus.COMPLETED);
            System.out.println("Credits remaining: " + result.creditsRemaining());
        }
        try {
            SaasLlmClient.fromEnv(Map.of("SAAS_LITELLM_TEAM_ID", "acme-corp"));
        } catch (IllegalStateException e) {
            System.out.println("Missing variable -> " + e.getMessage());
        }
    }
}
