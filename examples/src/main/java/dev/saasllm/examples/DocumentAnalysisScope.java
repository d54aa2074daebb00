package dev.saasllm.examples;

import dev.saasllm.JobCompletion;
import dev.saasllm.JobScope;
import dev.saasllm.SaasLlmClient;

/**
 * "Document Analysis" programmatically: a {@link JobScope} opens one job and hands out the service
 * bound to it. {@code complete()} charges the job; leaving the block without it (an exception)
 * fails the job instead.
 */
public final class DocumentAnalysisScope {
    public static void main(String[] args) {
        try (ExampleServer server = ExampleServer.open()) {
            run(server);
        }
    }

    static void run(ExampleServer server) {
        try (SaasLlmClient client = server.client()) {
            // tag::scope[]
            try (JobScope<DocumentAnalysisService> job = client.openJob(DocumentAnalysisService.class)) {
                String keyPoints = job.service().keyPoints(DocumentAnalysis.DOCUMENT);
                String summary = job.service().summary(DocumentAnalysis.DOCUMENT);
                JobCompletion done = job.complete();
                System.out.println("Scope job " + job.jobId() + ": " + keyPoints.length() + " + " + summary.length()
                        + " characters; calls: " + done.costs().totalCalls() + ", credits remaining: " + done.creditsRemaining());
            }
            // end::scope[]

            // The lambda form sees the exception: the job completes on return and fails on a throw.
            // tag::in-job[]
            int length = client.inJob(DocumentAnalysisService.class,
                    service -> service.keyPoints(DocumentAnalysis.DOCUMENT).length());
            // end::in-job[]
            System.out.println("inJob: " + length + " characters of key points");
        }
    }
}
