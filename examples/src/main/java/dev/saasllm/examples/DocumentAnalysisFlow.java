package dev.saasllm.examples;

import dev.saasllm.JobCompletion;
import dev.saasllm.JobInfo;
import dev.saasllm.JobListener;
import dev.saasllm.SaasLlmClient;
import java.util.List;

/**
 * "Document Analysis" declaratively: a {@code @JobFlow} default method whose two calls share one
 * job. A listener prints what the job cost.
 */
public final class DocumentAnalysisFlow {
    public static void main(String[] args) {
        try (ExampleServer server = ExampleServer.open()) {
            run(server);
        }
    }

    static void run(ExampleServer server) {
        JobListener costs = new JobListener() {
            @Override
            public void jobCompleted(JobInfo job, JobCompletion completion) {
                System.out.println("[listener] " + job.source() + " job " + job.jobId() + ": "
                        + completion.costs().totalCalls() + " calls, credits remaining: " + completion.creditsRemaining());
            }
        };
        try (SaasLlmClient client = server.client(b -> b.listener(costs))) {
            DocumentAnalysisService analysis = client.create(DocumentAnalysisService.class);
            DocumentAnalysisService.Analysis result = analysis.analyze(DocumentAnalysis.DOCUMENT);
            System.out.println("Key Points:\n" + result.keyPoints());
            System.out.println("Summary:\n" + result.summary());

            // A template loop over several documents: one call, one job.
            String themes = analysis.themes(List.of(new DocumentAnalysisService.Document("Report", "AI is transforming industries."),
                    new DocumentAnalysisService.Document("Memo", "AI pilots start in finance next quarter.")));
            System.out.println("Themes:\n" + themes);
        }
    }
}
