package dev.saasllm.examples;

/** Runs every example in turn against one server: what the README's run command does. */
public final class RunAllExamples {
    public static void main(String[] args) throws Exception {
        try (ExampleServer server = ExampleServer.open()) {
            section("Basic usage");
            BasicUsage.run(server);
            section("Document analysis (two calls, one job)");
            DocumentAnalysis.run(server);
            section("Document analysis as a @JobFlow (two calls, one job)");
            DocumentAnalysisFlow.run(server);
            section("Document analysis in a JobScope");
            DocumentAnalysisScope.run(server);
            section("Structured data extraction (generated @LlmJob service)");
            ResumeParsing.run(server);
            section("The team's jobs, usage and credits; the budget guard");
            TeamAndCredits.run(server);
            section("Error handling");
            ErrorHandling.run(server);
            section("Retry logic");
            RetryLogic.run(server);
            section("Environment configuration");
            EnvironmentConfig.run(server);
            section("Custom timeout");
            CustomTimeout.run(server);
            section("Concurrent jobs");
            ConcurrentJobs.run(server);
            section("Streaming chat");
            StreamingChat.run(server);
            if (server.emulator() != null) {
                System.out.println();
                System.out.println("Emulator: " + server.emulator().jobs().size() + " jobs, "
                        + server.emulator().openJobs() + " left open, "
                        + server.emulator().creditsRemaining() + " credits remaining");
            }
        }
    }

    private static void section(String title) {
        System.out.println();
        System.out.println("=== " + title + " ===");
    }
}
