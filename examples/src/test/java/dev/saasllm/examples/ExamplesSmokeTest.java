package dev.saasllm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.saasllm.emulator.JobSnapshot;
import dev.saasllm.emulator.JobStatus;
import dev.saasllm.emulator.SaasLlmEmulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the examples in-process against the embedded emulator and checks the lines that show each
 * did its work. Only those lines are matched, so rewording the rest of the output is free.
 */
class ExamplesSmokeTest {
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @BeforeAll
    static void onlyAgainstTheEmbeddedEmulator() {
        String url = System.getenv("SAAS_LITELLM_API_URL");
        assumeTrue(url == null || url.isBlank(), "SAAS_LITELLM_API_URL is set: the examples would use that server");
    }

    @Test
    void runAllExamplesShowsEveryExampleAtWork() throws Exception {
        String out = captureOut(() -> RunAllExamples.main(new String[0]));

        assertLine(out, ".*embedded emulator at http://127\\.0\\.0\\.1:\\d+");
        // Basic usage and environment configuration: a job created, answered, completed.
        assertLine(out, "Created job: " + UUID);
        assertLine(out, "Response: Echo: What is Python\\?");
        assertLine(out, "Answer: Echo: Hello from the environment");
        assertLine(out, "Missing variable -> .*SAAS_LITELLM_VIRTUAL_KEY.*");
        // Document analysis: two calls in one job.
        assertLine(out, ".*Calls: 2, credits remaining: \\d+");
        // The same two calls as a @JobFlow and in a JobScope: one job each.
        assertLine(out, "\\[listener\\] DocumentAnalysisService.analyze job " + UUID + ": 2 calls, credits remaining: \\d+");
        assertLine(out, "Echo: Find the common themes of these documents:"); // a template loop over two documents
        assertLine(out, "## 2\\. Memo");
        assertLine(out, "Scope job " + UUID + ": \\d+ \\+ \\d+ characters; calls: 2, credits remaining: \\d+");
        assertLine(out, "inJob: \\d+ characters of key points");
        // Resume parsing: the generated service's typed answer and the programmatic client's.
        assertLine(out, "Name: John Doe");
        assertLine(out, "Experience: 5 years");
        assertLine(out, "Skills: Python, JavaScript, React, Docker, Kubernetes");
        assertLine(out, "Typed client: John Doe, credits remaining: \\d+");
        // The team's API: the job's costs, the team's usage and credits; the budget guard refusing a job.
        assertLine(out, "Job " + UUID + ": 1 call\\(s\\), \\$\\d+\\.\\d{6}");
        assertLine(out, "Server healthy: true");
        assertLine(out, "Team acme-corp: \\d+ jobs this month, 0 failed");
        assertLine(out, "Credits: \\d+ remaining; \\d+ ledger entries; 5 more available: true");
        assertLine(out, "Budget guard -> Team acme-corp has \\d+ credit\\(s\\) remaining, fewer than the budget guard's minimum of \\d+: no job was opened.*");
        // Error handling: the typed exceptions, and the failed job.
        assertLine(out, "Wrong key -> AuthenticationException .*HTTP 401.*");
        assertLine(out, "Unknown job -> NotFoundException .*HTTP 404.*");
        assertLine(out, "Incomplete answer -> InvalidOutputException .*'email'.*");
        assertLine(out, "\\s*job " + UUID + " is now FAILED");
        // Retry logic: 429s retried by the client's RetryPolicy inside the same job, then completed (the
        // retries themselves are counted in retryLogicRetriesInsideOneJobForOneCredit).
        assertLine(out, "Job completed after 2 calls; credits remaining: \\d+");
        // Custom timeout: the slow call times out and its job is failed.
        assertLine(out, "With a 500 ms timeout -> CallTimeoutException: .*");
        assertLine(out, "\\s*job " + UUID + " was completed as FAILED");
        // Concurrent jobs: every document answered.
        for (int i = 1; i <= 10; i++) assertLine(out, "doc" + i + " -> Echo: Analyze: doc" + i);
        assertLine(out, "Batch: 25 documents, at most 5 jobs in flight; last -> Echo: Analyze: batch document 25");
        assertLine(out, "Jobs still open: 0, credits remaining: \\d+");

        // Credits printed only ever go down, and the run ends with nothing left open.
        List<Long> credits = numbers(out, "[Cc]redits remaining: (\\d+)");
        assertTrue(credits.size() >= 6, "credits printed: " + credits);
        for (int i = 1; i < credits.size(); i++) {
            assertTrue(credits.get(i) <= credits.get(i - 1), "credits went up: " + credits);
        }
        Matcher end = line(out, "Emulator: (\\d+) jobs, (\\d+) left open, (\\d+) credits remaining");
        assertEquals("0", end.group(2), "jobs left open");
        assertEquals(credits.get(credits.size() - 1), Long.parseLong(end.group(3)));
    }

    @Test
    void errorHandlingFailsTheJobOfTheBadAnswerAndChargesNothing() throws Exception {
        try (ExampleServer server = ExampleServer.open()) {
            SaasLlmEmulator emulator = server.emulator();
            String out = captureOut(() -> ErrorHandling.run(server));

            List<JobSnapshot> jobs = emulator.jobs();
            assertEquals(1, jobs.size(), "only the parse opened a job: " + jobs);
            assertEquals(JobStatus.FAILED, jobs.get(0).status());
            assertTrue(out.contains("job " + jobs.get(0).jobId() + " is now FAILED"), out);
            assertEquals(1000, emulator.creditsRemaining());
        }
    }

    @Test
    void retryLogicRetriesInsideOneJobForOneCredit() throws Exception {
        try (ExampleServer server = ExampleServer.open()) {
            SaasLlmEmulator emulator = server.emulator();
            String out = captureOut(() -> RetryLogic.run(server));

            assertTrue(out.contains("Job completed after 2 calls"), out);
            long rateLimited = emulator.requests().size() - 4; // create, two calls, complete
            assertTrue(rateLimited >= 1, "requests: " + emulator.requests().size());
            assertEquals(1, emulator.jobs().size());
            assertEquals(JobStatus.COMPLETED, emulator.jobs().get(0).status());
            assertEquals(2, emulator.jobs().get(0).calls().size());
            assertEquals(999, emulator.creditsRemaining());
        }
    }

    @Test
    void customTimeoutFailsTheSlowJob() throws Exception {
        try (ExampleServer server = ExampleServer.open()) {
            SaasLlmEmulator emulator = server.emulator();
            captureOut(() -> CustomTimeout.run(server));

            assertEquals(2, emulator.jobs().size());
            assertEquals(1, emulator.jobCount(JobStatus.COMPLETED));
            assertEquals(1, emulator.jobCount(JobStatus.FAILED));
            assertEquals(0, emulator.openJobs());
            assertEquals(999, emulator.creditsRemaining());
        }
    }

    interface Body {
        void run() throws Exception;
    }

    private static String captureOut(Body body) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            body.run();
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8); // failures quote it
    }

    private static void assertLine(String out, String regex) {
        line(out, regex);
    }

    /** The first whole line matching {@code regex}; fails naming the pattern otherwise. */
    private static Matcher line(String out, String regex) {
        Matcher m = Pattern.compile("^" + regex + "$", Pattern.MULTILINE).matcher(out);
        assertTrue(m.find(), "no line matches /" + regex + "/ in:\n" + out);
        return m;
    }

    private static List<Long> numbers(String out, String regex) {
        return Pattern.compile(regex).matcher(out).results().map(r -> Long.parseLong(r.group(1))).toList();
    }
}
