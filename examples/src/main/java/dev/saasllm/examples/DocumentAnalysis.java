package dev.saasllm.examples;

import dev.saasllm.CallOptions;
import dev.saasllm.ChatMessage;
import dev.saasllm.JobCompletion;
import dev.saasllm.JobStatus;
import dev.saasllm.SaasLlmClient;
import java.util.List;
import java.util.Map;

/**
 * The seed's "Document Analysis": key points and a summary, two calls in one job, one credit.
 * The job is completed {@code failed} if anything goes wrong in between.
 */
public final class DocumentAnalysis {
    static final String DOCUMENT = """
            Artificial intelligence (AI) is transforming industries worldwide.
            Machine learning algorithms can process vast amounts of data and
            identify patterns. This technology is being applied in healthcare,
            finance, and transportation for various innovative solutions.
            """;

    public static void main(String[] args) {
        try (ExampleServer server = ExampleServer.open()) {
            run(server);
        }
    }

    static void run(ExampleServer server) {
        try (SaasLlmClient client = server.client()) {
            String jobId = client.createJob("document_analysis", Map.of("document_length", DOCUMENT.length()));
            try {
                String keyPoints = client.chat(jobId, List.of(
                        ChatMessage.system("Extract key points as bullet points"),
                        ChatMessage.user("Extract key points from:\n\n" + DOCUMENT)),
                        CallOptions.builder().temperature(0.3).maxTokens(500).purpose("key_points").build()).content();
                System.out.println("Key Points:\n" + keyPoints);

                String summary = client.chat(jobId, List.of(
                        ChatMessage.system("Create concise summaries"),
                        ChatMessage.user("Summarize in 2-3 sentences:\n\n" + DOCUMENT)),
                        CallOptions.builder().temperature(0.5).maxTokens(200).purpose("summary").build()).content();
                System.out.println("Summary:\n" + summary);

                JobCompletion result = client.completeJob(jobId, JobStatus.COMPLETED);
                System.out.println("Analysis complete! Calls: " + result.costs().totalCalls()
                        + ", credits remaining: " + result.creditsRemaining());
            } catch (RuntimeException e) {
                client.completeJob(jobId, JobStatus.FAILED, null, e.getMessage());
                throw e;
            }
        }
    }
}
