package dev.saasllm.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.SaasLlmClient;
import dev.saasllm.annotations.Items;
import dev.saasllm.annotations.Length;
import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Maximum;
import dev.saasllm.annotations.Minimum;
import dev.saasllm.annotations.NonBlank;
import dev.saasllm.annotations.Prompt;
import dev.saasllm.annotations.Reask;
import dev.saasllm.emulator.JobSnapshot;
import dev.saasllm.emulator.JobStatus;
import dev.saasllm.emulator.SaasLlmEmulator;
import dev.saasllm.emulator.SaasLlmEmulatorExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Constrained answers against the emulator: conforming answers pass; a broken one is re-asked in the same job. */
class ConstrainedAnswersTest {
    @RegisterExtension
    static final SaasLlmEmulatorExtension EMULATOR = new SaasLlmEmulatorExtension();

    record Review(@NonBlank @Length(max = 40) String title, @Minimum(1) @Maximum(5) int stars, @Items(min = 1, max = 3) List<String> pros) {}

    @LlmJob(type = "review_reading", model = "m")
    @Reask(2)
    interface Reviews {
        @Prompt("Read the review:\n{text}")
        Review read(String text);
    }

    @Test
    void theEmulatorAnswersWithinTheLimits(SaasLlmClient client) {
        Review review = client.create(Reviews.class).read("title: Great\nstars: 9\npros: fast, cheap, quiet, small");
        assertEquals(new Review("Great", 5, List.of("fast", "cheap", "quiet")), review);
    }

    @Test
    void aBrokenConstraintIsAskedAgainInTheSameJob(SaasLlmEmulator emulator, SaasLlmClient client) {
        emulator.enqueueAnswer("{\"title\":\"Great\",\"stars\":9,\"pros\":[\"fast\"]}");
        Review review = client.create(Reviews.class).read("title: Great\nstars: 4\npros: fast");
        assertEquals(new Review("Great", 4, List.of("fast")), review);

        JobSnapshot job = emulator.jobs().get(0);
        assertEquals(1, emulator.jobs().size(), "one job, one credit");
        assertEquals(JobStatus.COMPLETED, job.status());
        assertEquals(2, job.calls().size());
        assertEquals(1, job.completeCount());
        String reask = emulator.callsFor(job.jobId()).toString();
        assertTrue(emulator.requests().stream().anyMatch(r -> r.body() != null && r.body().contains("Value 9 is above the maximum 5 at $.stars")),
                "the second call tells the model what was wrong: " + reask);
    }
}
