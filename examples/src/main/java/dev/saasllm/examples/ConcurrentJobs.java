package dev.saasllm.examples;

import dev.saasllm.SaasLlmClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * The seed's "Concurrent Jobs": ten documents at once, one job each, through one shared client
 * (the client is thread-safe; its connection pool is shared).
 */
public final class ConcurrentJobs {
    public static void main(String[] args) throws Exception {
        try (ExampleServer server = ExampleServer.open()) {
            run(server);
        }
    }

    static void run(ExampleServer server) throws Exception {
        List<String> documents = IntStream.rangeClosed(1, 10).mapToObj(i -> "doc" + i).toList();
        ExecutorService pool = Executors.newFixedThreadPool(documents.size());
        try (SaasLlmClient client = server.client()) {
            DocumentAnalyzer analyzer = client.create(DocumentAnalyzer.class);
            List<Future<String>> results = new ArrayList<>();
            for (String document : documents) {
                results.add(pool.submit(() -> analyzer.analyze(document)));
            }
            for (int i = 0; i < documents.size(); i++) {
                System.out.println(documents.get(i) + " -> " + results.get(i).get());
            }
            System.out.println(documents.size() + " jobs done concurrently");
            if (server.emulator() != null) {
                System.out.println("Jobs still open: " + server.emulator().openJobs()
                        + ", credits remaining: " + server.emulator().creditsRemaining());
            }
        } finally {
            pool.shutdown();
        }
    }
}
