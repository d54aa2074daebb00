package dev.saasllm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.SaasLlmClient;
import dev.saasllm.emulator.JobSnapshot;
import dev.saasllm.emulator.JobStatus;
import dev.saasllm.emulator.SaasLlmEmulator;
import dev.saasllm.emulator.SaasLlmEmulatorExtension;
import dev.saasllm.emulator.ServerRelease;
import dev.saasllm.it.MatrixService.Contact;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 11, third bullet: {@code @Reask} on a streamed structured method was silently ignored. With
 * the model's first answer cut off and the second valid, the method must re-ask in the same job:
 * one job, two calls, one credit, the second answer returned (and, for snapshots, shown: they start
 * over).
 */
class StreamedReaskTest {
    private static final long CREDITS = 100;
    private static final String TEXT = "Name: Ada Lovelace\nEmail: ada@example.com\nYears: 7";
    /** A first answer that starts well and breaks off: snapshots of it appear, the strict read fails. */
    private static final String CUT_OFF = "{\"name\": \"Wrong Person\", \"email\": \"wro";
    private static final String VALID = "{\"name\": \"Ada Lovelace\", \"email\": \"ada@example.com\", \"years\": 7}";
    private static final Contact ADA = new Contact("Ada Lovelace", "ada@example.com", 7);

    @RegisterExtension
    static final SaasLlmEmulatorExtension EMULATOR = new SaasLlmEmulatorExtension(b -> b.credits(CREDITS).release(ServerRelease.FIXED));

    private SaasLlmEmulator emulator;
    private SaasLlmClient client;
    private ReaskingExtractor extractor;

    @BeforeEach
    void connect(SaasLlmEmulator emulator) {
        this.emulator = emulator;
        client = Emulated.client(emulator).build();
        extractor = client.create(ReaskingExtractor.class);
        emulator.enqueueAnswer(CUT_OFF).enqueueAnswer(VALID);
    }

    @AfterEach
    void close() throws InterruptedException {
        assertEquals(0, Emulated.awaitNoOpenJobs(emulator), "jobs left open: " + Emulated.describe(emulator.jobs()));
        client.close();
    }

    /** The job: completed, two calls, the second carrying the first answer back, one credit. */
    private void assertReaskedInOneJob() {
        List<JobSnapshot> jobs = emulator.jobs();
        assertEquals(1, jobs.size(), "one job: " + Emulated.describe(jobs));
        JobSnapshot job = jobs.get(0);
        assertEquals(JobStatus.COMPLETED, job.status(), Emulated.describe(jobs));
        assertEquals(2, job.calls().size(), "the answer and the re-ask: " + job.calls());
        assertEquals(CREDITS - 1, emulator.creditsRemaining());
        String reask = emulator.requests().stream().filter(r -> r.path().contains("/llm-call"))
                .reduce((first, second) -> second).orElseThrow().body();
        assertTrue(reask.contains("Wrong Person"), "the re-ask sends the rejected answer back: " + reask);
    }

    @Test
    void theControlWithoutStreamingReasks() {
        assertEquals(ADA, extractor.extract(TEXT));
        assertReaskedInOneJob();
    }

    @Test
    void aStreamedRecordWithSnapshotsReasksAndTheSnapshotsStartOver() {
        List<Contact> snapshots = new ArrayList<>();

        Contact contact = extractor.extractWithProgress(TEXT, snapshots::add);

        assertEquals(ADA, contact);
        assertReaskedInOneJob();
        assertTrue(snapshots.stream().anyMatch(s -> "Wrong Person".equals(s.name())),
                "snapshots of the first answer: " + snapshots);
        int lastOfFirst = -1;
        for (int i = 0; i < snapshots.size(); i++) {
            if (snapshots.get(i).name() != null && snapshots.get(i).name().startsWith("W")) lastOfFirst = i;
        }
        List<Contact> second = snapshots.subList(lastOfFirst + 1, snapshots.size());
        assertTrue(!second.isEmpty() && second.stream().allMatch(s -> s.name() == null || "Ada Lovelace".startsWith(s.name())),
                "after the first answer's snapshots, the second's, from the start: " + snapshots);
        assertEquals("Ada Lovelace", second.get(second.size() - 1).name(), "snapshots: " + snapshots);
    }

    @Test
    void aStreamedRecordWithTokensReasks() {
        StringBuilder tokens = new StringBuilder();

        Contact contact = extractor.extractWithTokens(TEXT, tokens::append);

        assertEquals(ADA, contact);
        assertReaskedInOneJob();
        assertTrue(tokens.toString().endsWith(VALID), "the second answer's tokens arrive too: " + tokens);
    }
}
