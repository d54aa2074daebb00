package dev.saasllm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.Batch;
import dev.saasllm.ChatMessage;
import dev.saasllm.CreateAndCall;
import dev.saasllm.JobCompletion;
import dev.saasllm.JobInfo;
import dev.saasllm.JobListener;
import dev.saasllm.JobResult;
import dev.saasllm.JobScope;
import dev.saasllm.SaasLlmClient;
import dev.saasllm.ServerException;
import dev.saasllm.emulator.JobSnapshot;
import dev.saasllm.emulator.JobStatus;
import dev.saasllm.emulator.SaasLlmEmulator;
import dev.saasllm.emulator.SaasLlmEmulatorExtension;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Jobs of several calls, one round trip, async and batches against the emulator: each job is
 * charged exactly one credit when it completes, none when it fails, and no job is left open.
 */
class JobsEmulatorTest {
    private static final long CREDITS = 1000;
    private static final String DOCUMENT = "A short document about jobs.";

    @RegisterExtension
    static final SaasLlmEmulatorExtension EMULATOR = new SaasLlmEmulatorExtension(b -> b.credits(CREDITS));

    private SaasLlmEmulator emulator;
    private SaasLlmClient client;

    @BeforeEach
    void connect(SaasLlmEmulator emulator) {
        this.emulator = emulator;
        client = client(UnaryOperator.identity());
    }

    private SaasLlmClient client(UnaryOperator<SaasLlmClient.Builder> customize) {
        return customize.apply(SaasLlmClient.builder().baseUrl(emulator.baseUrl()).teamId(emulator.teamId())
                .virtualKey(emulator.virtualKey()).defaultModel("Agent").timeout(Duration.ofSeconds(20))).build();
    }

    @AfterEach
    void noJobLeftOpen() {
        assertEquals(0, emulator.openJobs(), "jobs left open: " + emulator.jobs());
        client.close();
    }

    private JobSnapshot onlyJob() {
        List<JobSnapshot> jobs = emulator.jobs();
        assertEquals(1, jobs.size(), jobs.toString());
        return jobs.get(0);
    }

    private long paths(String suffix) {
        return emulator.requests().stream().filter(r -> r.path().endsWith(suffix)).count();
    }

    @Test
    void aFlowIsOneJobOfTwoCallsForOneCredit() {
        DocumentAnalysisService.Analysis analysis = client.create(DocumentAnalysisService.class).analyze(DOCUMENT);

        assertTrue(analysis.keyPoints().startsWith("Echo: Extract key points"), analysis.keyPoints());
        assertTrue(analysis.summary().startsWith("Echo: Summarize"), analysis.summary());
        JobSnapshot job = onlyJob();
        assertEquals(JobStatus.COMPLETED, job.status());
        assertEquals("document_analysis", job.jobType());
        assertEquals(2, job.calls().size());
        assertEquals("DocumentAnalysisService.analyze", job.metadata().get("saasllm_method"));
        assertEquals(16, String.valueOf(job.metadata().get("saasllm_fingerprint")).length());
        assertEquals("document_analysis", job.metadata().get("example"));
        assertEquals(CREDITS - 1, emulator.creditsRemaining());
    }

    @Test
    void aFlowWhoseCallFailsFailsItsJobAndChargesNothing() {
        emulator.answerWith(request -> {
            if (request.messages().get(request.messages().size() - 1).content().startsWith("Summarize")) {
                throw new IllegalStateException("provider down");
            }
            return null;
        });

        assertThrows(ServerException.class, () -> client.create(DocumentAnalysisService.class).analyze(DOCUMENT));

        JobSnapshot job = onlyJob();
        assertEquals(JobStatus.FAILED, job.status());
        assertTrue(job.errorMessage().contains("provider down"), job.errorMessage());
        assertEquals(1, job.completeCount(), "completed exactly once");
        assertEquals(CREDITS, emulator.creditsRemaining());
    }

    @Test
    void aScopeCompletedIsOneCreditAndAnAbandonedOneNone() {
        try (JobScope<DocumentAnalysisService> job = client.openJob(DocumentAnalysisService.class)) {
            job.service().keyPoints(DOCUMENT);
            job.service().summary(DOCUMENT);
            JobCompletion done = job.complete();
            assertEquals(CREDITS - 1, (long) done.creditsRemaining());
        }
        assertThrows(IllegalStateException.class, () -> {
            try (JobScope<DocumentAnalysisService> job = client.openJob(DocumentAnalysisService.class)) {
                job.service().keyPoints(DOCUMENT);
                throw new IllegalStateException("the caller changed its mind");
            }
        });

        assertEquals(2, emulator.jobs().size());
        JobSnapshot completed = emulator.jobs().stream().filter(j -> j.status() == JobStatus.COMPLETED).findFirst().orElseThrow();
        JobSnapshot abandoned = emulator.jobs().stream().filter(j -> j.status() == JobStatus.FAILED).findFirst().orElseThrow();
        assertEquals("DocumentAnalysisService", completed.metadata().get("saasllm_method"));
        assertEquals(2, completed.calls().size());
        assertTrue(abandoned.errorMessage().contains("abandoned"), abandoned.errorMessage());
        assertEquals(CREDITS - 1, emulator.creditsRemaining());
    }

    @Test
    void aOneCallTextJobTakesOneRoundTrip() {
        String answer = client.create(DocumentAnalyzer.class).analyze("doc1");

        assertEquals("Echo: Analyze: doc1", answer);
        assertEquals(1, emulator.requests().size(), "create-and-call only: " + emulator.requests());
        assertEquals(1, paths("/create-and-call"));
        assertEquals(JobStatus.COMPLETED, onlyJob().status());
        assertEquals("DocumentAnalyzer.analyze", onlyJob().metadata().get("saasllm_method"));
        assertEquals(CREDITS - 1, emulator.creditsRemaining());
    }

    @Test
    void anOlderServerIsDetectedOnceAndServedInThreeSteps() {
        emulator.settings().createAndCallEndpoints(false);
        DocumentAnalyzer analyzer = client.create(DocumentAnalyzer.class);

        analyzer.analyze("doc1");
        analyzer.analyze("doc2");

        assertEquals(1, paths("/create-and-call"), "asked once, then remembered");
        assertEquals(2, paths("/api/jobs/create"));
        assertEquals(2, paths("/complete"));
        assertEquals(CREDITS - 2, emulator.creditsRemaining());
    }

    @Test
    void tenAsyncJobsAtOnceAreTenCredits() {
        DocumentAnalyzer analyzer = client.create(DocumentAnalyzer.class);
        List<CompletableFuture<String>> futures = IntStream.rangeClosed(1, 10).mapToObj(i -> analyzer.analyzeAsync("doc" + i)).toList();

        for (int i = 0; i < 10; i++) assertEquals("Echo: Analyze: doc" + (i + 1), futures.get(i).join());

        assertEquals(10, emulator.jobCount(JobStatus.COMPLETED));
        assertEquals(CREDITS - 10, emulator.creditsRemaining());
    }

    @Test
    void aBatchAtBoundedConcurrencyAnswersInOrder() {
        DocumentAnalyzer analyzer = client.create(DocumentAnalyzer.class);
        List<String> inputs = IntStream.rangeClosed(1, 30).mapToObj(i -> "item" + i).toList();

        List<String> answers = Batch.mapAsync(inputs, 4, analyzer::analyzeAsync).join();

        assertEquals(inputs.stream().map(i -> "Echo: Analyze: " + i).toList(), answers);
        assertEquals(30, emulator.jobCount(JobStatus.COMPLETED));
        assertEquals(CREDITS - 30, emulator.creditsRemaining());
    }

    @Test
    void cancellingAnAsyncJobFailsItAndChargesNothing() throws Exception {
        emulator.settings().callLatency(Duration.ofSeconds(5));
        CountDownLatch failed = new CountDownLatch(1);
        AtomicReference<Throwable> cause = new AtomicReference<>();
        client.close();
        client = client(b -> b.listener(new JobListener() {
            @Override
            public void jobFailed(JobInfo job, Throwable c, JobCompletion completion) {
                cause.set(c);
                failed.countDown();
            }
        }));
        CompletableFuture<String> future = client.create(DocumentAnalyzer.class).analyzeAsync("slow");
        for (int i = 0; i < 250 && paths("/llm-call") == 0; i++) Thread.sleep(20); // the call is in flight

        assertTrue(future.cancel(true));

        assertTrue(failed.await(5, TimeUnit.SECONDS), "the job is failed without waiting for the answer");
        assertInstanceOf(CancellationException.class, cause.get());
        JobSnapshot job = onlyJob();
        assertEquals(JobStatus.FAILED, job.status());
        assertTrue(job.errorMessage().contains("Cancelled by the caller"), job.errorMessage());
        assertEquals(CREDITS, emulator.creditsRemaining());
    }

    @Test
    void structuredOneCallJobsFallBackToThreeStepsByDefault() {
        client.close();
        client = client(b -> b.createAndCall(CreateAndCall.TEXT_ONLY));
        Resume resume = client.create(ResumeParser.class).parse("Name: Ada\nEmail: ada@example.com");
        assertEquals("Ada", resume.name());
        assertEquals(0, paths("/create-and-call"), "a structured answer is checked before the job is charged");
        assertEquals(JobStatus.COMPLETED, onlyJob().status());
    }

    @Test
    void aJobResultReportsTheCreditsTheServerLeftAndTheJobCarriesUserAndMetadata() {
        for (CreateAndCall mode : List.of(CreateAndCall.TEXT_ONLY, CreateAndCall.NEVER)) {
            client.close();
            client = client(b -> b.createAndCall(mode));
            JobResult<String> result = client.create(DocumentAnalyzer.class).analyzeFor("user-42", "upload", "doc");

            assertEquals("Echo: Analyze: doc", result.value());
            assertEquals(emulator.creditsRemaining(), (long) result.creditsRemaining(), mode.name());
            assertEquals(1, result.totalCalls());
            assertTrue(result.tokens() > 0, "tokens: " + result.tokens());
            JobSnapshot job = emulator.job(result.jobId()).orElseThrow();
            assertEquals(JobStatus.COMPLETED, job.status());
            assertEquals("user-42", job.userId());
            assertEquals("upload", job.metadata().get("source"));
            assertEquals("DocumentAnalyzer.analyzeFor", job.metadata().get("saasllm_method"));
        }
        assertEquals(CREDITS - 2, emulator.creditsRemaining());
    }

    @Test
    void aTemplateLoopWritesEveryDocumentIntoOnePrompt() {
        DocumentAnalysisService service = client.create(DocumentAnalysisService.class);
        String answer = service.themes(List.of(new DocumentAnalysisService.Document("Report", "AI grows."),
                new DocumentAnalysisService.Document("Memo {x}", "Pilots start.")));
        assertEquals("Echo: Find the common themes of these documents:\n\n## 1. Report\nAI grows.\n\n## 2. Memo {x}\nPilots start.\n", answer);
        assertEquals("Echo: Find the common themes of these documents:\n\n(no documents)\n", service.themes(List.of()));
        assertEquals(CREDITS - 2, emulator.creditsRemaining());
    }

    @Test
    void theResumePromptFromItsFileIsSentAsWritten() {
        emulator.answerWith(request -> "{\"name\":\"" + request.messages().get(1).content().replace("\n", "|") + "\",\"email\":\"e\","
                + "\"phone\":\"p\",\"yearsExperience\":1,\"skills\":[],\"education\":\"ed\"}");
        Resume resume = client.create(ResumeParser.class).parse("Ada");
        assertEquals("Extract structured data from this resume:||Ada", resume.name());
    }

    @Test
    void aConversationSendsTheHistoryBeforeTheNewMessage() {
        List<ChatMessage> history = List.of(ChatMessage.user("Capital of France?"), ChatMessage.assistant("Paris"));
        emulator.answerWith(request -> request.messages().size() + " messages, first " + request.messages().get(0).role()
                + ", third " + request.messages().get(2).content());

        assertEquals("4 messages, first system, third Paris", client.create(DocumentAnalyzer.class).reply(history, "And Spain?"));
        assertEquals(CREDITS - 1, emulator.creditsRemaining());
    }

    @Test
    void asyncCallsInAScopeShareItsJobOnceJoined() {
        try (JobScope<DocumentAnalyzer> job = client.openJob(DocumentAnalyzer.class)) {
            CompletableFuture<String> first = job.service().analyzeAsync("one");
            CompletableFuture<String> second = job.service().analyzeAsync("two");
            assertEquals("Echo: Analyze: one", first.join());
            assertEquals("Echo: Analyze: two", second.join());
            job.complete();
        }
        JobSnapshot job = onlyJob();
        assertEquals(JobStatus.COMPLETED, job.status());
        assertEquals(2, job.calls().size());
        assertEquals(List.of("analyzeAsync", "analyzeAsync"), job.calls().stream().map(c -> c.purpose()).toList());
        assertEquals(CREDITS - 1, emulator.creditsRemaining());
    }
}
