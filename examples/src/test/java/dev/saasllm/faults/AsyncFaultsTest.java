package dev.saasllm.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.Batch;
import dev.saasllm.RetryPolicy;
import dev.saasllm.SaasLlmClient;
import dev.saasllm.emulator.JobSnapshot;
import dev.saasllm.emulator.JobStatus;
import dev.saasllm.emulator.SaasLlmEmulator;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Server errors and 429s under an async batch: the async path retries its creates, calls and
 * completes without duplicating a job or a complete, and every job settles.
 */
class AsyncFaultsTest {
    private static final int JOBS = 40;
    // An LLM call attempt fails about half the time (a 429 on one request in five, else a 500 on 30 %
    // of calls; measured 0.48 with 5 attempts). 30 attempts leave a batch failing with odds about
    // 40 * 0.48^30 = 1e-8; 10 attempts left it failing in about 3 % of runs.
    private static final RetryPolicy FAST = RetryPolicy.builder().maxAttempts(30).initialDelay(Duration.ofMillis(2))
            .maxDelay(Duration.ofMillis(20)).build();

    @Test
    void anAsyncBatchUnderServerErrorsSettlesEveryJob() throws Exception {
        try (SaasLlmEmulator emulator = SaasLlmEmulator.builder().credits(1_000).errorRate(0.3, 11)
                .rateLimitEvery(5, 0).start();
             SaasLlmClient client = SaasLlmClient.builder().baseUrl(emulator.baseUrl()).teamId(emulator.teamId())
                     .virtualKey(emulator.virtualKey()).timeout(Duration.ofSeconds(10)).retryPolicy(FAST).build()) {
            AsyncDesk desk = client.create(AsyncDesk.class);
            List<String> inputs = IntStream.range(0, JOBS).mapToObj(i -> "item " + i).toList();
            List<String> answers = Batch.mapAsync(inputs, 8, desk::sayAsync).get(60, TimeUnit.SECONDS);
            assertEquals(JOBS, answers.size());
            assertTrue(answers.stream().allMatch(a -> a != null && !a.isEmpty()), answers.toString());

            List<JobSnapshot> jobs = emulator.jobs();
            long failedCalls = jobs.stream().flatMap(j -> j.calls().stream()).filter(c -> !c.succeeded()).count();
            assertTrue(failedCalls > 0, "the error rate injected no failure: nothing was retried");
            assertEquals(0, emulator.openJobs(), "jobs left open");
            for (JobSnapshot job : jobs) {
                assertEquals(1, job.completeCount(), job.jobId() + " completed more or less than once");
                assertTrue(job.status() == JobStatus.COMPLETED || job.status() == JobStatus.FAILED, job.status().toString());
            }
            assertEquals(JOBS, jobs.size(), "a retried call stays in its job: one job per item");
            assertEquals(JOBS, emulator.jobCount(JobStatus.COMPLETED));
            assertTrue(jobs.stream().anyMatch(j -> j.calls().size() > 1), "some call was retried in its job");
            // Every fifth request was a 429: creates and completes were repeated, yet one job each, completed once.
            long creates = emulator.requests().stream().filter(r -> r.path().equals("/api/jobs/create")).count();
            long completes = emulator.requests().stream().filter(r -> r.path().endsWith("/complete")).count();
            assertTrue(creates > JOBS, "no create was rate-limited and repeated: " + creates);
            assertTrue(completes > JOBS, "no complete was rate-limited and repeated: " + completes);
        }
    }
}
