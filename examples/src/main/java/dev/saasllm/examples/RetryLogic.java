package dev.saasllm.examples;

import dev.saasllm.ChatMessage;
import dev.saasllm.ChatResponse;
import dev.saasllm.JobCompletion;
import dev.saasllm.JobStatus;
import dev.saasllm.RateLimitException;
import dev.saasllm.SaasLlmClient;
import dev.saasllm.ServerException;
import dev.saasllm.TransportException;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * The seed's "Retry Logic" (tenacity: three attempts, exponential wait): retries stay inside the
 * same job, so they cost no extra credit. Only failures worth retrying are retried: 429 (after its
 * {@code Retry-After}), 5xx and transport errors; a 4xx is final. A 5xx or a timeout on create or
 * complete is not retried here: the server may have acted on it.
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
        try (SaasLlmClient client = server.client()) {
            // A 429 means the server did nothing, so even creating the job may be retried.
            String jobId = withRetry(3, Duration.ofMillis(200), Duration.ofSeconds(10), () -> client.createJob("test"));
            try {
                for (String question : List.of("What is a job?", "What is a credit?")) {
                    ChatResponse response = withRetry(3, Duration.ofMillis(200), Duration.ofSeconds(10),
                            () -> client.chat(jobId, List.of(ChatMessage.user(question))));
                    System.out.println("Answer: " + response.content());
                }
                JobCompletion result = withRetry(3, Duration.ofMillis(200), Duration.ofSeconds(10),
                        () -> client.completeJob(jobId, JobStatus.COMPLETED));
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

    static <T> T withRetry(int attempts, Duration minWait, Duration maxWait, Supplier<T> call) {
        Duration wait = minWait;
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (RateLimitException | ServerException | TransportException e) {
                if (attempt >= attempts) throw e;
                Duration delay = wait;
                if (e instanceof RateLimitException limited && limited.retryAfter().isPresent()) {
                    delay = limited.retryAfter().get();
                }
                System.out.println("  attempt " + attempt + " failed (" + e.getClass().getSimpleName()
                        + "), retrying in " + delay.toMillis() + " ms");
                sleep(delay);
                wait = wait.multipliedBy(2).compareTo(maxWait) > 0 ? maxWait : wait.multipliedBy(2);
            }
        }
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }
}
