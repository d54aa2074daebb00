package dev.saasllm.examples;

import dev.saasllm.Batch;
import dev.saasllm.SaasLlmClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/**
 * The seed's "Concurrent Jobs": ten documents at once, one job each, through one shared client —
 * asynchronous methods, so no thread is blocked per job. Then a larger batch through
 * {@link Batch#mapAsync}, which keeps at most a few jobs in flight.
 */
public final class ConcurrentJobs {
    public static void main(String[] args) throws Exception {
        try (ExampleServer server = ExampleServer.open()) {
            run(server);
        }
    }

    static void run(ExampleServer server) throws Exception {
        List<String> documents = IntStream.rangeClosed(1, 10).mapToObj(i -> "doc" + i).toList();
        try (SaasLlmClient client = server.client()) {
            DocumentAnalyzer analyzer = client.create(DocumentAnalyzer.class);
            List<CompletableFuture<String>> results = new ArrayList<>();
            for (String document : documents) {
                results.add(analyzer.analyzeAsync(document));
            }
            CompletableFuture.allOf(results.toArray(new CompletableFuture<?>[0])).join();
            for (int i = 0; i < documents.size(); i++) {
                System.out.println(documents.get(i) + " -> " + results.get(i).join());
            }
            System.out.println(documents.size() + " jobs done concurrently");

            List<String> batch = IntStream.rangeClosed(1, 25).mapToObj(i -> "batch document " + i).toList();
            List<String> answers = Batch.mapAsync(batch, 5, analyzer::analyzeAsync).join();
            System.out.println("Batch: " + answers.size() + " documents, at most 5 jobs in flight; last -> "
                    + answers.get(answers.size() - 1));
            if (server.emulator() != null) {
                System.out.println("Jobs still open: " + server.emulator().openJobs()
                        + ", credits remaining: " + server.emulator().creditsRemaining());
            }
        }
    }
}
