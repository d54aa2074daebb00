package dev.saasllm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.ChatChunk;
import dev.saasllm.ChatMessage;
import dev.saasllm.ChatStream;
import dev.saasllm.PartialJson;
import dev.saasllm.SaasLlmClient;
import dev.saasllm.StreamFailedException;
import dev.saasllm.StreamInterruptedException;
import dev.saasllm.emulator.JobSnapshot;
import dev.saasllm.emulator.JobStatus;
import dev.saasllm.emulator.SaasLlmEmulator;
import dev.saasllm.emulator.SaasLlmEmulatorExtension;
import dev.saasllm.emulator.ServerRelease;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Streamed methods of a generated service and the client's chatStream against the emulator, under
 * each of its stream switches. After every scenario no job is left open.
 */
class StreamingEmulatorTest {
    @RegisterExtension
    static final SaasLlmEmulatorExtension EMULATOR = new SaasLlmEmulatorExtension(b -> b.credits(1000).release(ServerRelease.FIXED));

    private SaasLlmEmulator emulator;
    private SaasLlmClient client;
    private StreamingAssistant assistant;

    @BeforeEach
    void connect(SaasLlmEmulator emulator) {
        this.emulator = emulator;
        client = SaasLlmClient.builder().baseUrl(emulator.baseUrl()).teamId(emulator.teamId()).virtualKey(emulator.virtualKey())
                .defaultModel("ChatAgent").timeout(Duration.ofSeconds(20)).build();
        assistant = client.create(StreamingAssistant.class);
    }

    @AfterEach
    void noJobLeftOpen() throws InterruptedException {
        // A cancelled publisher settles its job asynchronously: wait for it, up to 10 s on a loaded machine.
        awaitNoOpenJobs();
        assertEquals(0, emulator.openJobs(), "jobs left open: " + emulator.jobs());
        client.close();
    }

    private void awaitNoOpenJobs() throws InterruptedException {
        for (int i = 0; i < 500 && emulator.openJobs() != 0; i++) Thread.sleep(20);
    }

    private JobSnapshot onlyJob() {
        List<JobSnapshot> jobs = emulator.jobs();
        assertEquals(1, jobs.size(), jobs.toString());
        return jobs.get(0);
    }

    @Test
    void callbackReceivesSmallDeltasAndTheJobCompletes() {
        emulator.settings().streamChunkSize(2).chunkLatency(Duration.ofMillis(2));
        List<String> tokens = new ArrayList<>();
        String answer = assistant.answer("Hello there", tokens::add);
        assertEquals("Echo: Hello there", answer);
        assertEquals(String.join("", tokens), answer);
        assertTrue(tokens.size() >= 8, "one token per delta: " + tokens);
        assertEquals(JobStatus.COMPLETED, onlyJob().status());
        assertEquals(999, emulator.creditsRemaining());
    }

    @Test
    void streamReadToTheEndCompletesTheJob() {
        try (Stream<String> tokens = assistant.stream("Hi")) {
            assertEquals("Echo: Hi", tokens.collect(Collectors.joining()));
        }
        assertEquals(JobStatus.COMPLETED, onlyJob().status());
    }

    @Test
    void streamClosedEarlyFailsTheJobAndChargesNothing() {
        emulator.settings().streamChunkSize(1).chunkLatency(Duration.ofMillis(20));
        try (Stream<String> tokens = assistant.stream("a long question that streams slowly")) {
            assertEquals(List.of("E", "c"), tokens.limit(2).toList());
        }
        JobSnapshot job = onlyJob();
        assertEquals(JobStatus.FAILED, job.status());
        assertTrue(job.errorMessage().contains("Closed by the consumer"), job.errorMessage());
        assertEquals(1000, emulator.creditsRemaining());
    }

    @Test
    void aConsumerThatThrowsFailsTheJob() {
        IllegalStateException mine = new IllegalStateException("stop");
        assertSame(mine, assertThrows(IllegalStateException.class, () -> assistant.answer("Hello", token -> { throw mine; })));
        assertEquals(JobStatus.FAILED, onlyJob().status());
        assertEquals(1000, emulator.creditsRemaining());
    }

    @Test
    void anErrorEventFailsTheJob() {
        emulator.settings().errorRate(1.0, 7);
        StreamFailedException e = assertThrows(StreamFailedException.class, () -> assistant.answer("Hello", token -> {}));
        assertTrue(e.rawBody().contains("\"error\""), e.rawBody());
        assertEquals(JobStatus.FAILED, onlyJob().status());
    }

    @Test
    void aStreamDroppedMidwayFailsTheJob() {
        emulator.settings().dropStreamAfterChunks(2);
        List<String> tokens = new ArrayList<>();
        assertThrows(StreamInterruptedException.class, () -> assistant.answer("Hello there", tokens::add));
        assertEquals(List.of("Echo", ": He"), tokens);
        assertEquals(JobStatus.FAILED, onlyJob().status());
    }

    @Test
    void theCurrentServersBrokenJobStreamFallsBackInsideTheSameJob() {
        emulator.settings().release(ServerRelease.CURRENT);
        List<String> tokens = new ArrayList<>();
        assertEquals("Echo: Hello", assistant.answer("Hello", tokens::add));
        assertEquals(List.of("Echo: Hello"), tokens, "the whole answer as one token");
        JobSnapshot job = onlyJob();
        assertEquals(JobStatus.COMPLETED, job.status());
        assertEquals(2, job.calls().size(), "the failed stream and the plain call");
        assertEquals(999, emulator.creditsRemaining());
    }

    @Test
    void oneCallStreamsUseThreeStepsWhetherOrNotTheServerHasCreateAndCall() {
        emulator.settings().createAndCallEndpoints(false);
        assertEquals("Echo: Hi", assistant.answer("Hi", token -> {}));
        assertEquals(List.of("/api/jobs/create", "/llm-call-stream", "/complete"),
                emulator.requests().stream().map(r -> r.path().replaceAll("^/api/jobs/[0-9a-f-]{36}", "")).toList());
        assertEquals(JobStatus.COMPLETED, onlyJob().status());
    }

    @Test
    void aStreamedRecordFillsInAndIsParsedStrictlyAtTheEnd() {
        emulator.settings().streamChunkSize(3);
        StringBuilder json = new StringBuilder();
        List<Object> snapshots = new ArrayList<>();
        StreamingAssistant.Contact contact = assistant.extract("Name: Ada\nEmail: ada@example.com\nSkills: math, poetry", token -> {
            json.append(token);
            snapshots.add(PartialJson.parse(json));
        });
        assertEquals(new StreamingAssistant.Contact("Ada", "ada@example.com", List.of("math", "poetry")), contact);
        assertTrue(snapshots.stream().anyMatch(snapshot -> snapshot instanceof Map<?, ?> map && map.get("email") instanceof String email
                && !email.isEmpty() && email.length() < "ada@example.com".length() && "ada@example.com".startsWith(email)),
                "a string fills in: " + snapshots);
        assertTrue(snapshots.contains(Map.of("name", "Ada", "email", "ada@example.com", "skills", List.of("math"))), snapshots.toString());
        assertEquals(JobStatus.COMPLETED, onlyJob().status());
    }

    @Test
    void typedSnapshotsFillInAndTheFinalRecordIsStrict() {
        emulator.settings().streamChunkSize(3);
        List<StreamingAssistant.Contact> snapshots = new ArrayList<>();
        StreamingAssistant.Contact contact = assistant.extractWithProgress("Name: Ada\nEmail: ada@example.com\nSkills: math, poetry",
                snapshots::add);
        assertEquals(new StreamingAssistant.Contact("Ada", "ada@example.com", List.of("math", "poetry")), contact);
        assertTrue(snapshots.contains(new StreamingAssistant.Contact("Ada", null, null)), snapshots.toString());
        assertTrue(snapshots.contains(new StreamingAssistant.Contact("Ada", "ada@example.com", List.of("math"))), snapshots.toString());
        for (int i = 1; i < snapshots.size(); i++) assertFalse(snapshots.get(i).equals(snapshots.get(i - 1)), "only changes");
        assertEquals(contact, snapshots.get(snapshots.size() - 1));
        assertEquals(JobStatus.COMPLETED, onlyJob().status());
    }

    @Test
    void anInvalidStreamedRecordFailsTheJob() {
        emulator.settings().invalidJsonAnswers(1);
        assertThrows(dev.saasllm.InvalidOutputException.class, () -> assistant.extract("Name: Ada", token -> {}));
        assertEquals(JobStatus.FAILED, onlyJob().status());
    }

    @Test
    void chatStreamGivesTheFinishReasonThenUsageOnTheLastChunk() {
        emulator.settings().streamUsage(true);
        String jobId = client.createJob("chat_session");
        List<ChatChunk> chunks = new ArrayList<>();
        try (ChatStream stream = client.chatStream(jobId, List.of(ChatMessage.user("Hello")))) {
            ChatChunk chunk;
            while ((chunk = stream.next()) != null) chunks.add(chunk);
            assertTrue(stream.isDone());
        }
        client.completeJob(jobId, dev.saasllm.JobStatus.COMPLETED);
        // As OpenAI sends it when asked for usage: the finish reason on its own chunk, then a
        // last chunk with no choices that carries the usage.
        assertEquals(List.of("stop"), chunks.stream().map(ChatChunk::finishReason).filter(java.util.Objects::nonNull).toList());
        ChatChunk last = chunks.get(chunks.size() - 1);
        assertTrue(last.hasUsage());
        assertFalse(chunks.get(0).hasUsage());
        assertEquals("Echo: Hello", chunks.stream().map(ChatChunk::content).collect(Collectors.joining()));
    }

    /** Records a publisher's signals; requests only when told to. */
    static final class Recorder implements Flow.Subscriber<String> {
        final BlockingQueue<String> tokens = new LinkedBlockingQueue<>();
        final CompletableFuture<Void> done = new CompletableFuture<>();
        final CompletableFuture<Flow.Subscription> subscription = new CompletableFuture<>();

        @Override public void onSubscribe(Flow.Subscription s) { subscription.complete(s); }
        @Override public void onNext(String item) { tokens.add(item); }
        @Override public void onError(Throwable t) { done.completeExceptionally(t); }
        @Override public void onComplete() { done.complete(null); }

        Flow.Subscription s() throws Exception { return subscription.get(5, TimeUnit.SECONDS); }
    }

    @Test
    void publisherHonoursDemandAndCompletesTheJobBeforeOnComplete() throws Exception {
        emulator.settings().streamChunkSize(2);
        Recorder recorder = new Recorder();
        assistant.publish("Hello").subscribe(recorder);
        recorder.s().request(2);
        assertEquals("Ec", recorder.tokens.poll(5, TimeUnit.SECONDS));
        assertEquals("ho", recorder.tokens.poll(5, TimeUnit.SECONDS));
        assertNull(recorder.tokens.poll(100, TimeUnit.MILLISECONDS), "no token without demand");
        recorder.s().request(Long.MAX_VALUE);
        recorder.done.get(5, TimeUnit.SECONDS);
        assertEquals(": Hello", String.join("", recorder.tokens));
        assertEquals(JobStatus.COMPLETED, onlyJob().status(), "settled before onComplete");
    }

    @Test
    void publisherFallsBackOnTheCurrentServersBrokenJobStream() throws Exception {
        emulator.settings().release(ServerRelease.CURRENT);
        for (int round = 0; round < 2; round++) { // the second skips the stream the client now knows is broken
            Recorder recorder = new Recorder();
            assistant.publish("Hello").subscribe(recorder);
            recorder.s().request(1);
            recorder.done.get(5, TimeUnit.SECONDS);
            assertEquals(List.of("Echo: Hello"), List.copyOf(recorder.tokens));
        }
        assertEquals(2, emulator.jobCount(JobStatus.COMPLETED));
        assertEquals(1, emulator.requests().stream().filter(r -> r.path().endsWith("/llm-call-stream")).count());
    }

    @Test
    void publisherCancelledFailsTheJob() throws Exception {
        emulator.settings().streamChunkSize(1).chunkLatency(Duration.ofMillis(20));
        Recorder recorder = new Recorder();
        assistant.publish("a long question").subscribe(recorder);
        recorder.s().request(1);
        assertEquals("E", recorder.tokens.poll(5, TimeUnit.SECONDS));
        recorder.s().cancel();
        awaitNoOpenJobs();
        assertEquals(JobStatus.FAILED, onlyJob().status());
        assertFalse(recorder.done.isDone(), "no signal after cancel");
    }

    @Test
    void publisherSignalsAnErrorEventAfterFailingTheJob() throws Exception {
        emulator.settings().errorRate(1.0, 3);
        Recorder recorder = new Recorder();
        assistant.publish("Hello").subscribe(recorder);
        recorder.s().request(1);
        Throwable error = recorder.done.handle((v, t) -> t).get(5, TimeUnit.SECONDS);
        assertInstanceOf(StreamFailedException.class, error);
        assertEquals(JobStatus.FAILED, onlyJob().status());
    }
}
