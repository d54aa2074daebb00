package dev.saasllm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.ChatMessage;
import dev.saasllm.JobScope;
import dev.saasllm.SaasLlmClient;
import dev.saasllm.emulator.CallSnapshot;
import dev.saasllm.emulator.JobSnapshot;
import dev.saasllm.emulator.JobStatus;
import dev.saasllm.emulator.LlmRequest;
import dev.saasllm.emulator.SaasLlmEmulator;
import dev.saasllm.emulator.SaasLlmEmulatorExtension;
import dev.saasllm.emulator.ServerRelease;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 11, first bullet: a streamed method called on {@code JobScope.service()} or from a
 * {@code @JobFlow} body threw {@code UnsupportedOperationException}, so the seed's multi-turn
 * streaming chat in one job could not be written declaratively.
 */
class StreamsInJobsTest {
    private static final long CREDITS = 100;

    @RegisterExtension
    static final SaasLlmEmulatorExtension EMULATOR = new SaasLlmEmulatorExtension(b -> b.credits(CREDITS).release(ServerRelease.FIXED));

    private SaasLlmEmulator emulator;
    private SaasLlmClient client;

    @BeforeEach
    void connect(SaasLlmEmulator emulator) {
        this.emulator = emulator;
        client = Emulated.client(emulator).build();
    }

    @AfterEach
    void close() throws InterruptedException {
        assertEquals(0, Emulated.awaitNoOpenJobs(emulator), "jobs left open: " + Emulated.describe(emulator.jobs()));
        client.close();
    }

    private JobSnapshot onlyJob() {
        List<JobSnapshot> jobs = emulator.jobs();
        assertEquals(1, jobs.size(), Emulated.describe(jobs));
        return jobs.get(0);
    }

    @Test
    void aStreamedConversationDeclaredAsAFlowIsOneJob() {
        List<LlmRequest> seen = new ArrayList<>();
        emulator.answerWith(request -> {
            synchronized (seen) {
                seen.add(request);
            }
            return null; // the model's echo
        });

        List<ChatMessage> history = client.create(StreamingChat.class).converse(List.of("Hello", "How are you?", "Bye"));

        assertEquals(List.of("Echo: Hello", "Echo: How are you?", "Echo: Bye"),
                history.stream().filter(m -> m.role().equals("assistant")).map(ChatMessage::content).toList());
        JobSnapshot job = onlyJob();
        assertEquals(JobStatus.COMPLETED, job.status());
        assertEquals("chat_session", job.jobType());
        assertEquals(3, job.calls().size(), "one call per turn: " + job.calls());
        assertTrue(job.calls().stream().allMatch(CallSnapshot::streamed), "every turn streamed: " + job.calls());
        assertEquals(List.of(2, 4, 6), seen.stream().map(r -> r.messages().size()).toList(),
                "system prompt, the history so far, the new message");
        assertEquals(CREDITS - 1, emulator.creditsRemaining(), "one credit for the conversation");
    }

    @Test
    void streamsOfAScopeShareItsJob() {
        List<String> answers = new ArrayList<>();
        try (JobScope<StreamingChat> scope = client.openJob(StreamingChat.class)) {
            for (String message : List.of("First", "Second")) {
                try (Stream<String> tokens = scope.service().streamTurn(List.of(), message)) {
                    answers.add(tokens.collect(Collectors.joining()));
                }
            }
            scope.complete();
        }

        assertEquals(List.of("Echo: First", "Echo: Second"), answers);
        JobSnapshot job = onlyJob();
        assertEquals(JobStatus.COMPLETED, job.status());
        assertEquals(2, job.calls().size());
        assertTrue(job.calls().stream().allMatch(CallSnapshot::streamed), job.calls().toString());
        assertEquals(CREDITS - 1, emulator.creditsRemaining());
    }

    @Test
    void streamedCallsInsideInJobShareItsJob() {
        String answer = client.inJob(StreamingChat.class, chat -> {
            StringBuilder tokens = new StringBuilder();
            chat.turn(List.of(), "One", tokens::append);
            return chat.turn(List.of(), "Two", tokens::append) + " / " + tokens;
        });

        assertEquals("Echo: Two / Echo: OneEcho: Two", answer);
        JobSnapshot job = onlyJob();
        assertEquals(JobStatus.COMPLETED, job.status());
        assertEquals(2, job.calls().size());
        assertEquals(CREDITS - 1, emulator.creditsRemaining());
    }
}
