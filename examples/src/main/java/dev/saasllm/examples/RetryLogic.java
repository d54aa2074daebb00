package dev.saasllm.examples;

import dev.saasllm.ChatMessage;
import dev.saasllm.ChatResponse;
import dev.saasllm.JobCompletion;
import dev.saasllm.JobStatus;
import dev.saasllm.RetryPolicy;
import dev.saasllm.SaasLlmClient;
import java.time.Duration;
import java.util.List;

/**
 * The seed's "Retry Logic" (tenacity: three attempts, exponential wait), as the client's
 * {@link RetryPolicy}: retries stay inside the same job, so they cost no extra credit. 429 (after
 * its {@code Retry-After}), 500/502/503/504, refused or reset connections and timeouts are retried;
 * a 4xx is final. Creating and completing a job are repeated only when the server provably did
 * nothing (429, connection refused), so a retry never opens a second job or toggles a charge.
 * On a generated service, {@code @Retry} on the interface or a method does the same.
 */
public final class RetryLogic {
    public static void main(String[] args) {
        try (ExampleServer server = ExampleServer.open()) {
            run(server);
        }
    }

    static void run(ExampleServer server) {
        if (server.emulator() != null) {
            // Every third request is answered 429 with Retry-After: 1, so a retry is needed.
            server.emulator().configure(s -> s.rateLimitEvery(3, 1));
        }
        // tag::policy[]
        RetryPolicy policy = RetryPolicy.builder()
                .maxAttempts(3)
                .initialDelay(Duration.ofMillis(200))
                .maxDelay(Duration.ofSeconds(10))
                .build();
        // end::policy[]
        try (SaasLlmClient client = server.client(b -> b.retryPolicy(policy))) {
            String jobId = client.createJob("test");
            try {
                for (String question : List.of("What is a job?", "What is a credit?")) {
                    ChatResponse response = client.chat(jobId, List.of(ChatMessage.user(question)));
                    System.out.println("Answer: " + response.content());
                }
                JobCompletion result = client.completeJob(jobId, JobStatus.COMPLETED);
                System.out.println("Job completed after " + result.costs().totalCalls() + " calls; credits remaining: "
                        + result.creditsRemaining());
            } catch (RuntimeException e) {
                client.completeJob(jobId, JobStatus.FAILED, null, e.getMessage());
                throw e;
            }
        } finally {
            if (server.emulator() != null) server.emulator().configure(s -> s.rateLimitEvery(0, 0));
        }
    }
}
