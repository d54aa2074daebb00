package dev.saasllm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.saasllm.fixtures.Analyzer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Listeners hear every step of a job; one that throws never breaks it. */
class JobListenerTest extends MockServerSupport {
    private final List<String> events = new ArrayList<>();

    private Analyzer analyzer() {
        client.close();
        client = SaasLlmClient.builder().baseUrl(server.url("/").toString()).teamId(TEAM).virtualKey(KEY)
                .timeout(Duration.ofSeconds(10)).createAndCall(CreateAndCall.NEVER)
                .listener(new JobListener() {
                    @Override public void jobCreated(JobInfo job) { throw new IllegalStateException("listener bug"); }
                    @Override public void callFinished(JobInfo job, ChatResponse r) { throw new IllegalStateException("listener bug"); }
                    @Override public void jobCompleted(JobInfo job, JobCompletion c) { throw new IllegalStateException("listener bug"); }
                    @Override public void jobFailed(JobInfo job, Throwable t, JobCompletion c) { throw new IllegalStateException("bug"); }
                })
                .listener(new JobListener() {
                    @Override public void jobCreated(JobInfo job) { events.add("created " + job.source() + " " + job.jobType()); }
                    @Override public void callFinished(JobInfo job, ChatResponse r) { events.add("call " + r.totalTokens()); }
                    @Override public void jobCompleted(JobInfo job, JobCompletion c) { events.add("completed " + c.creditsRemaining()); }
                    @Override public void jobFailed(JobInfo job, Throwable t, JobCompletion c) {
                        events.add("failed " + t.getMessage() + " " + c.status());
                    }
                }).build();
        return client.create(Analyzer.class);
    }

    @Test
    void everyStepOfAFlowIsHeardEvenAfterAListenerThrew() {
        Analyzer analyzer = analyzer();
        enqueueJson(200, created(JOB_ID));
        enqueueJson(200, callAnswer("points"));
        enqueueJson(200, callAnswer("summary"));
        enqueueJson(200, completion("COMPLETED"));

        assertEquals("points | summary", analyzer.analyze("doc"));

        assertEquals(List.of("created Analyzer.analyze analysis", "call 450", "call 450", "completed 999"), events);
    }

    @Test
    void aFailedJobIsHeardWithItsCompletion() {
        Analyzer analyzer = analyzer();
        enqueueJson(200, created(JOB_ID));
        enqueueJson(200, callAnswer("points"));
        enqueueJson(200, completion("FAILED"));

        assertThrows(IllegalStateException.class, () -> analyzer.analyzeAndFail("doc"));

        assertEquals(List.of("created Analyzer.analyzeAndFail analysis", "call 450", "failed flow gave up FAILED"), events);
    }
}
