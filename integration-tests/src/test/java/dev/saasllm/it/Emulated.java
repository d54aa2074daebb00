package dev.saasllm.it;

import dev.saasllm.SaasLlmClient;
import dev.saasllm.emulator.JobSnapshot;
import dev.saasllm.emulator.SaasLlmEmulator;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** What every test here needs around the emulator: a client for it, and waits for settlement. */
final class Emulated {
    /**
     * How long a test waits at most for a job to settle after the caller saw its outcome. Generous:
     * the wait ends as soon as the jobs settle, and on a loaded machine a settle can take seconds.
     */
    static final long SETTLE_MILLIS = 10_000;

    private Emulated() {}

    /** A builder for a client of {@code emulator}, with timeouts small enough for tests. */
    static SaasLlmClient.Builder client(SaasLlmEmulator emulator) {
        return SaasLlmClient.builder()
                .baseUrl(emulator.baseUrl())
                .teamId(emulator.teamId())
                .virtualKey(emulator.virtualKey())
                .timeout(Duration.ofSeconds(10));
    }

    /**
     * Waits until the emulator has no job pending or in progress, at most {@link #SETTLE_MILLIS},
     * and returns how many are still open (a leak stays open forever, so waiting hides nothing).
     */
    static long awaitNoOpenJobs(SaasLlmEmulator emulator) throws InterruptedException {
        long deadline = System.currentTimeMillis() + SETTLE_MILLIS;
        while (emulator.openJobs() != 0 && System.currentTimeMillis() < deadline) Thread.sleep(10);
        return emulator.openJobs();
    }

    /** The jobs, one line each, for assertion messages. */
    static String describe(List<JobSnapshot> jobs) {
        return jobs.stream().map(j -> j.jobId().substring(0, 8) + " " + j.status() + " calls=" + j.calls().size()
                + " completes=" + j.completeCount() + (j.errorMessage() == null ? "" : " error=" + j.errorMessage()))
                .collect(Collectors.joining("; ", "[", "]"));
    }

    /** The paths the emulator received, job ids replaced by {@code {id}}. */
    static List<String> paths(SaasLlmEmulator emulator) {
        return emulator.requests().stream()
                .map(r -> r.method() + " " + r.path().replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}"))
                .toList();
    }
}
