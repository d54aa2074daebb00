package dev.saasllm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.CallOptions;
import dev.saasllm.ChatChunk;
import dev.saasllm.ChatMessage;
import dev.saasllm.ChatResponse;
import dev.saasllm.ChatStream;
import dev.saasllm.InvalidOutputException;
import dev.saasllm.JobInfo;
import dev.saasllm.JobListener;
import dev.saasllm.SaasLlmClient;
import dev.saasllm.emulator.JobSnapshot;
import dev.saasllm.emulator.JobStatus;
import dev.saasllm.emulator.ModelReply;
import dev.saasllm.emulator.SaasLlmEmulator;
import dev.saasllm.emulator.SaasLlmEmulatorExtension;
import dev.saasllm.emulator.ServerRelease;
import dev.saasllm.emulator.StreamFormat;
import dev.saasllm.it.MatrixService.Contact;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Claude and Gemini streams end to end (issue 12, "streams from every provider"): the server forwards
 * Anthropic's events and Gemini's objects, with no {@code [DONE]}. Generated streamed methods (text
 * and typed partials) and the low-level {@code chatStream} read the whole answer and end normally,
 * not "interrupted"; a cut answer ({@link ModelReply#truncated}) shows in the provider's finish
 * reason. On a fixed server the per-job stream carries the provider's format; on the current release
 * the stream defect's fallback answers unstreamed (the finish reason as the server passes it on:
 * Anthropic's as is, Gemini's lower-cased).
 */
class ProviderStreamsTest {
    private static final long CREDITS = 100;
    private static final String QUESTION = "What is a job?";
    private static final String CONTACT_TEXT = "Name: Ada Lovelace\nEmail: ada@example.com\nYears: 7";

    @RegisterExtension
    static final SaasLlmEmulatorExtension EMULATOR = new SaasLlmEmulatorExtension(b -> b.credits(CREDITS));

    /** A provider as the emulator is told to answer, and the model a call names. */
    enum Provider {
        ANTHROPIC(StreamFormat.ANTHROPIC, "StreamAgent", "end_turn", "max_tokens"),
        GEMINI(StreamFormat.GEMINI, "StreamAgent", "STOP", "MAX_TOKENS"),
        /** The server picks the provider from the model's name. */
        AUTO_CLAUDE(StreamFormat.AUTO, "claude-3-5-haiku-20241022", "end_turn", "max_tokens"),
        AUTO_GEMINI(StreamFormat.AUTO, "gemini-1.5-flash", "STOP", "MAX_TOKENS");

        final StreamFormat format;
        final CallOptions options;
        final String stop;
        final String cut;

        Provider(StreamFormat format, String model, String stop, String cut) {
            this.format = format;
            this.options = CallOptions.builder().model(model).build();
            this.stop = stop;
            this.cut = cut;
        }

        /** The finish reason as it reaches the client: Gemini's is lower-cased by the server's unstreamed call. */
        String reason(String providerReason, ServerRelease release) {
            return release == ServerRelease.CURRENT && (this == GEMINI || this == AUTO_GEMINI)
                    ? providerReason.toLowerCase(java.util.Locale.ROOT) : providerReason;
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (ServerRelease release : List.of(ServerRelease.FIXED, ServerRelease.CURRENT)) {
            for (Provider provider : Provider.values()) cases.add(Arguments.of(release, provider));
        }
        return cases.stream();
    }

    private SaasLlmEmulator emulator;
    private SaasLlmClient client;
    private ProviderDesk desk;
    private final List<ChatResponse> answers = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void connect(SaasLlmEmulator emulator) {
        this.emulator = emulator;
        client = Emulated.client(emulator).listener(new JobListener() {
            @Override
            public void callFinished(JobInfo job, ChatResponse response) {
                answers.add(response);
            }
        }).build();
        desk = client.create(ProviderDesk.class);
    }

    @AfterEach
    void nothingLeftOpen() throws InterruptedException {
        try {
            assertEquals(0, Emulated.awaitNoOpenJobs(emulator), "jobs left open: " + Emulated.describe(emulator.jobs()));
            assertEquals(0, client.openJobs(), "client.openJobs()");
        } finally {
            client.close();
        }
    }

    private void answerAs(ServerRelease release, Provider provider) {
        emulator.configure(s -> s.release(release).streamFormat(provider.format));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void aTokenConsumerMethodReadsTheWholeAnswer(ServerRelease release, Provider provider) {
        answerAs(release, provider);
        List<String> tokens = new ArrayList<>();

        assertEquals("Echo: " + QUESTION, desk.tokens(QUESTION, provider.options, tokens::add));

        assertEquals("Echo: " + QUESTION, String.join("", tokens));
        assertEquals(release == ServerRelease.FIXED, tokens.size() > 1, "streamed in pieces only on a fixed server: " + tokens);
        assertFinish(provider.reason(provider.stop, release), false);
        assertCompletedJob(release, provider);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void aStreamMethodReadsTheWholeAnswer(ServerRelease release, Provider provider) {
        answerAs(release, provider);

        String answer;
        try (Stream<String> tokens = desk.stream(QUESTION, provider.options)) {
            answer = tokens.collect(Collectors.joining());
        }

        assertEquals("Echo: " + QUESTION, answer);
        assertFinish(provider.reason(provider.stop, release), false);
        assertCompletedJob(release, provider);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void typedPartialsReadTheWholeRecord(ServerRelease release, Provider provider) {
        answerAs(release, provider);
        List<Contact> snapshots = new ArrayList<>();

        Contact contact = desk.partials(CONTACT_TEXT, provider.options, snapshots::add);

        assertEquals(new Contact("Ada Lovelace", "ada@example.com", 7), contact);
        assertFalse(snapshots.isEmpty(), "snapshots");
        assertEquals(contact, snapshots.get(snapshots.size() - 1), "the last snapshot is the whole record");
        if (release == ServerRelease.FIXED) assertTrue(snapshots.size() > 1, "snapshots as the JSON arrived: " + snapshots);
        assertCompletedJob(release, provider);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void theLowLevelChatStreamEndsNormally(ServerRelease release, Provider provider) {
        answerAs(release, provider);

        List<ChatChunk> chunks = chatStream(provider);

        assertEquals("Echo: " + QUESTION, chunks.stream().map(ChatChunk::content).collect(Collectors.joining()));
        assertEquals(List.of(provider.reason(provider.stop, release)), finishReasons(chunks));
        assertFalse(chunks.stream().anyMatch(ChatChunk::truncated), "not truncated: " + chunks);
        assertTrue(chunks.stream().anyMatch(ChatChunk::hasUsage), "the provider's usage: " + chunks);
        assertCompletedJob(release, provider);
    }

    // ---------------------------------------------------------------- a cut answer

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void aCutAnswerOfATextMethodIsReportedByItsFinishReason(ServerRelease release, Provider provider) {
        answerAs(release, provider);
        emulator.enqueue(ModelReply.truncated("Echo: a long answ"));

        assertEquals("Echo: a long answ", desk.tokens(QUESTION, provider.options, t -> {}));

        assertFinish(provider.reason(provider.cut, release), true);
        assertCompletedJob(release, provider);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void aCutAnswerInTheLowLevelChatStreamIsReportedByItsFinishReason(ServerRelease release, Provider provider) {
        answerAs(release, provider);
        emulator.enqueue(ModelReply.truncated("Echo: a long answ"));

        List<ChatChunk> chunks = chatStream(provider);

        assertEquals("Echo: a long answ", chunks.stream().map(ChatChunk::content).collect(Collectors.joining()));
        assertEquals(List.of(provider.reason(provider.cut, release)), finishReasons(chunks));
        assertTrue(chunks.stream().anyMatch(ChatChunk::truncated), "truncated: " + chunks);
        assertCompletedJob(release, provider);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void aCutRecordFailsItsJobSayingItWasCutOff(ServerRelease release, Provider provider) {
        answerAs(release, provider);
        emulator.enqueue(ModelReply.truncated("{\"name\": \"Ada Lovelace\", \"email\": \"ada@"));

        InvalidOutputException e = assertThrows(InvalidOutputException.class,
                () -> desk.partials(CONTACT_TEXT, provider.options, c -> {}));

        assertTrue(e.getMessage().contains("cut off by max_tokens: finish_reason is '" + provider.reason(provider.cut, release) + "'"),
                e.getMessage());
        assertEquals("{\"name\": \"Ada Lovelace\", \"email\": \"ada@", e.rawContent());
        JobSnapshot job = emulator.job(e.jobId()).orElseThrow();
        assertEquals(JobStatus.FAILED, job.status());
        assertEquals(CREDITS, emulator.creditsRemaining(), "a failed job costs nothing");
    }

    // ---------------------------------------------------------------- helpers

    private List<ChatChunk> chatStream(Provider provider) {
        String jobId = client.createJob("low_level");
        List<ChatChunk> chunks;
        try (ChatStream stream = client.chatStream(jobId, List.of(ChatMessage.user(QUESTION)), provider.options)) {
            chunks = stream.chunks().collect(Collectors.toList());
            assertTrue(stream.isDone(), "ended normally: " + chunks);
        }
        client.completeJob(jobId, dev.saasllm.JobStatus.COMPLETED);
        return chunks;
    }

    private static List<String> finishReasons(List<ChatChunk> chunks) {
        return chunks.stream().map(ChatChunk::finishReason).filter(r -> r != null).toList();
    }

    /** The answer the listener heard: its finish reason, and whether the client reads it as cut off. */
    private void assertFinish(String reason, boolean truncated) {
        assertEquals(1, answers.size(), "one answer: " + answers);
        assertEquals(reason, answers.get(0).finishReason());
        assertEquals(truncated, answers.get(0).truncated());
    }

    /** One completed job, one credit; its answered call streamed on a fixed server, unstreamed on the current one. */
    private void assertCompletedJob(ServerRelease release, Provider provider) {
        List<JobSnapshot> jobs = emulator.jobs();
        assertEquals(1, jobs.size(), Emulated.describe(jobs));
        JobSnapshot job = jobs.get(0);
        assertEquals(JobStatus.COMPLETED, job.status(), Emulated.describe(jobs));
        assertEquals(1, job.completeCount());
        var answered = job.calls().get(job.calls().size() - 1);
        assertTrue(answered.succeeded(), "calls: " + job.calls());
        assertEquals(release == ServerRelease.FIXED, answered.streamed(), "calls: " + job.calls());
        assertEquals(provider.options.model(), answered.model());
        assertEquals(CREDITS - 1, emulator.creditsRemaining(), "one credit");
    }
}
