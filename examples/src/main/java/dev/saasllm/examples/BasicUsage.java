package dev.saasllm.examples;

import dev.saasllm.ChatMessage;
import dev.saasllm.ChatResponse;
import dev.saasllm.JobCompletion;
import dev.saasllm.JobStatus;
import dev.saasllm.SaasLlmClient;
import java.util.List;

/** The seed's "Basic Usage": create a job, make one call, complete the job. */
public final class BasicUsage {
    public static void main(String[] args) {
        try (ExampleServer server = ExampleServer.open()) {
            run(server);
        }
    }

    static void run(ExampleServer server) {
        // tag::basic[]
        try (SaasLlmClient client = SaasLlmClient.builder()
                .baseUrl(server.baseUrl()).teamId(server.teamId()).virtualKey(server.virtualKey())
                .defaultModel(ExampleServer.MODEL)
                .build()) {
            String jobId = client.createJob("my_first_job");
            System.out.println("Created job: " + jobId);

            ChatResponse response = client.chat(jobId, List.of(ChatMessage.user("What is Python?")));
            System.out.println("Response: " + response.content());

            JobCompletion result = client.completeJob(jobId, JobStatus.COMPLETED);
            System.out.println("Credits remaining: " + result.creditsRemaining());
        }
        // end::basic[]
    }
}
