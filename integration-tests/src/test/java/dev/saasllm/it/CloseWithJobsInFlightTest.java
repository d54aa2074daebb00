package dev.saasllm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.SaasLlmClient;
import dev.saasllm.emulator.JobSnapshot;
import dev.saasllm.emulator.JobStatus;
import dev.saasllm.emulator.SaasLlmEmulator;
import dev.saasllm.emulator.ServerRelease;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, fifth bullet: closing the client while async jobs are in flight (what every
 * application shutdown does) ended their futures but left most of those jobs {@code in_progress}
 * on the server forever. {@code close()} must refuse new work, let calls in flight finish within a
 * bounded grace period, then fail what is left with {@code client closed} — leaving nothing open.
 *
 * <p>The emulator's calls here take far longer than any grace period, so every job in flight is
 * one that close() has to fail. Each test runs its own emulator so that stopping it interrupts
 * those slow calls.
 */
class CloseWithJobsInFlightTest {
    private static final int JOBS = 6;
    /** Longer than any reasonable grace period of close(). */
    private static final Duration SLOW = Duration.ofSeconds(30);
    /** How long close() may take at most: the grace period is bounded. */
    private static final long CLOSE_BOUND_MILLIS = 15_000;

    private static void awaitRequests(SaasLlmEmulator emulator, Predicate<String> path, int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (emulator.requests().stream().filter(r -> path.test(r.path())).count() < count
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(count, emulator.requests().stream().filter(r -> path.test(r.path())).count(),
                "requests in flight: " + Emulated.paths(emulator));
    }

    private static void assertAllFailedByClose(SaasLlmEmulator emulator, long closeMillis) throws InterruptedException {
        assertTrue(closeMillis < CLOSE_BOUND_MILLIS, "close() took " + closeMillis + " ms");
        long open = Emulated.awaitNoOpenJobs(emulator);
        List<JobSnapshot> jobs = emulator.jobs();
        assertEquals(0, open, "jobs left open after close(): " + Emulated.describe(jobs));
        assertEquals(JOBS, jobs.size(), Emulated.describe(jobs));
        for (JobSnapshot job : jobs) {
            assertEquals(JobStatus.FAILED, job.status(), Emulated.describe(jobs));
            assertTrue(job.errorMessage() != null && job.errorMessage().contains("client closed"),
                    "error_message names the close: " + Emulated.describe(jobs));
            assertEquals(1, job.completeCount(), "settled once: " + Emulated.describe(jobs));
        }
        assertEquals(1000, emulator.creditsRemaining(), "failed jobs cost nothing");
    }

    @Test
    void asyncJobsInFlightAreFailedByClose() throws Exception {
        try (SaasLlmEmulator emulator = SaasLlmEmulator.builder().credits(1000).callLatency(SLOW).start()) {
            SaasLlmClient client = Emulated.client(emulator).timeout(Duration.ofSeconds(60)).build();
            MatrixService service = client.create(MatrixService.class);
            List<CompletableFuture<String>> futures = IntStream.range(0, JOBS)
                    .mapToObj(i -> service.future("question " + i)).toList();
            awaitRequests(emulator, p -> p.endsWith("/llm-call"), JOBS);

            long start = System.nanoTime();
            client.close();
            long closeMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            assertAllFailedByClose(emulator, closeMillis);
            for (CompletableFuture<String> future : futures) {
                assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS), "the future fails");
            }
        }
    }

    @Test
    void publisherStreamsInFlightAreFailedByClose() throws Exception {
        // Streams that have started and will not end for a minute: one character every 2 s.
        try (SaasLlmEmulator emulator = SaasLlmEmulator.builder().credits(1000).release(ServerRelease.FIXED)
                .streamChunkSize(1).chunkLatency(Duration.ofSeconds(2)).start()) {
            SaasLlmClient client = Emulated.client(emulator).timeout(Duration.ofSeconds(60)).build();
            MatrixService service = client.create(MatrixService.class);
            List<CompletableFuture<String>> streams = IntStream.range(0, JOBS)
                    .mapToObj(i -> Publishers.collect(service.publish("a long question number " + i))).toList();
            awaitRequests(emulator, p -> p.endsWith("/llm-call-stream"), JOBS);

            long start = System.nanoTime();
            client.close();
            long closeMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            assertAllFailedByClose(emulator, closeMillis);
            for (CompletableFuture<String> stream : streams) {
                assertThrows(ExecutionException.class, () -> stream.get(10, TimeUnit.SECONDS), "the subscriber hears an error");
            }
        }
    }

    @Test
    void aClosedClientRefusesNewWork() throws Exception {
        try (SaasLlmEmulator emulator = SaasLlmEmulator.builder().start()) {
            SaasLlmClient client = Emulated.client(emulator).build();
            MatrixService service = client.create(MatrixService.class);
            client.close();

            assertThrows(RuntimeException.class, () -> service.text("too late"));
            assertTrue(emulator.requests().isEmpty(), "nothing sent: " + Emulated.paths(emulator));
        }
    }
}
