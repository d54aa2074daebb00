package dev.saasllm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.CreateAndCall;
import dev.saasllm.JobResult;
import dev.saasllm.JobScope;
import dev.saasllm.SaasLlmClient;
import dev.saasllm.emulator.CallSnapshot;
import dev.saasllm.emulator.JobSnapshot;
import dev.saasllm.emulator.JobStatus;
import dev.saasllm.emulator.SaasLlmEmulator;
import dev.saasllm.emulator.SaasLlmEmulatorExtension;
import dev.saasllm.emulator.ServerRelease;
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
 * Every (job source x call style) pair against the emulator (issue 11, "two independent axes").
 * For each: the answers are the emulator's deterministic ones, the listener hears
 * {@code jobCreated}, per call {@code callStarted, [firstToken,] callFinished}, {@code jobCompleted}
 * for exactly one job, that job is
 * charged exactly one credit, and nothing is left open (on the emulator, and in the client once it
 * counts its open jobs).
 */
class CombinationMatrixTest {
    private static final long CREDITS = 1000;

    @RegisterExtension
    static final SaasLlmEmulatorExtension EMULATOR = new SaasLlmEmulatorExtension(b -> b.credits(CREDITS).release(ServerRelease.FIXED));

    /** Where the job comes from. */
    enum Source {
        /** {@code client.create(..)}: a new job per call, three steps ({@code CreateAndCall.NEVER}). */
        NEW_JOB(1, CreateAndCall.NEVER),
        /** {@code client.openJob(..).service()}, two calls, then {@code complete()}. */
        SCOPE(2, CreateAndCall.TEXT_ONLY),
        /** A {@code @JobFlow} default method making two calls. */
        FLOW(2, CreateAndCall.TEXT_ONLY),
        /** {@code client.inJob(..)} with two calls. */
        IN_JOB(2, CreateAndCall.TEXT_ONLY),
        /** A new job per call with {@code createAndCall(ALWAYS)}: one round trip where it applies. */
        CREATE_AND_CALL_ALWAYS(1, CreateAndCall.ALWAYS),
        /** A new job per call with the default {@code createAndCall(TEXT_ONLY)}. */
        CREATE_AND_CALL_TEXT_ONLY(1, CreateAndCall.TEXT_ONLY);

        final int calls;
        final CreateAndCall createAndCall;

        Source(int calls, CreateAndCall createAndCall) {
            this.calls = calls;
            this.createAndCall = createAndCall;
        }
    }

    /** What a call answered (as the style delivers it), and the job id it names, if any. */
    record Outcome(Object value, String jobId) {}

    /** How the call runs. */
    enum Style {
        TEXT(false) {
            Outcome once(MatrixService s, String in) { return new Outcome(s.text(in), null); }
            List<Outcome> flow(MatrixService s, String a, String b) { return plain(s.textFlow(a, b)); }
        },
        RECORD(true) {
            Outcome once(MatrixService s, String in) { return new Outcome(s.record(in), null); }
            List<Outcome> flow(MatrixService s, String a, String b) { return plain(s.recordFlow(a, b)); }
        },
        RESULT(false) {
            Outcome once(MatrixService s, String in) { return outcome(s.result(in)); }
            List<Outcome> flow(MatrixService s, String a, String b) { return results(s.resultFlow(a, b)); }
        },
        FUTURE(false) {
            Outcome once(MatrixService s, String in) { return new Outcome(s.future(in).join(), null); }
            List<Outcome> flow(MatrixService s, String a, String b) { return plain(s.futureFlow(a, b)); }
        },
        FUTURE_RESULT(false) {
            Outcome once(MatrixService s, String in) { return outcome(s.futureResult(in).join()); }
            List<Outcome> flow(MatrixService s, String a, String b) { return results(s.futureResultFlow(a, b)); }
        },
        TOKEN_CONSUMER(false) {
            Outcome once(MatrixService s, String in) {
                StringBuilder tokens = new StringBuilder();
                String answer = s.tokens(in, tokens::append);
                assertEquals(answer, tokens.toString(), "the tokens make up the answer");
                return new Outcome(answer, null);
            }
            List<Outcome> flow(MatrixService s, String a, String b) {
                List<String> out = s.tokensFlow(a, b);
                assertEquals(out.get(0), out.get(1), "the tokens make up the first answer");
                assertEquals(out.get(2), out.get(3), "the tokens make up the second answer");
                return plain(List.of(out.get(0), out.get(2)));
            }
        },
        PARTIAL_CONSUMER(true) {
            Outcome once(MatrixService s, String in) {
                List<Contact> snapshots = Collections.synchronizedList(new ArrayList<>());
                Contact contact = s.partials(in, snapshots::add);
                assertFalse(snapshots.isEmpty(), "snapshots while the JSON arrived");
                return new Outcome(contact, null);
            }
            List<Outcome> flow(MatrixService s, String a, String b) {
                List<Object> out = s.partialsFlow(a, b);
                assertTrue((Integer) out.get(1) > 0, "snapshots of the first record: " + out);
                assertTrue((Integer) out.get(3) > 0, "snapshots of the second record: " + out);
                return plain(List.of(out.get(0), out.get(2)));
            }
        },
        STREAM(false) {
            Outcome once(MatrixService s, String in) {
                try (Stream<String> tokens = s.stream(in)) {
                    return new Outcome(tokens.collect(Collectors.joining()), null);
                }
            }
            List<Outcome> flow(MatrixService s, String a, String b) { return plain(s.streamFlow(a, b)); }
        },
        PUBLISHER(false) {
            Outcome once(MatrixService s, String in) { return new Outcome(Publishers.join(s.publish(in)), null); }
            List<Outcome> flow(MatrixService s, String a, String b) { return plain(s.publishFlow(a, b)); }
        };

        final boolean structured;

        Style(boolean structured) {
            this.structured = structured;
        }

        abstract Outcome once(MatrixService s, String input);

        abstract List<Outcome> flow(MatrixService s, String first, String second);

        /** The inputs of the calls: questions, or texts the emulator fills a contact from. */
        List<String> inputs() {
            return structured
                    ? List.of("Name: Ada Lovelace\nEmail: ada@example.com\nYears: 7",
                              "Name: Grace Hopper\nEmail: grace@example.com\nYears: 42")
                    : List.of("What is a job?", "And a credit?");
        }

        /** The emulator's deterministic answer to {@code input}. */
        Object expected(String input) {
            if (!structured) return "Echo: " + input;
            String[] lines = input.split("\n");
            return new Contact(lines[0].substring("Name: ".length()), lines[1].substring("Email: ".length()),
                    Integer.parseInt(lines[2].substring("Years: ".length())));
        }

        boolean streamed() {
            return this == TOKEN_CONSUMER || this == PARTIAL_CONSUMER || this == STREAM || this == PUBLISHER;
        }

        /** A blocking call of one request (create-and-call applies to these). */
        boolean synchronousOneShot() {
            return this == TEXT || this == RECORD || this == RESULT;
        }

        private static List<Outcome> plain(List<?> values) {
            return values.stream().map(v -> new Outcome(v, null)).toList();
        }

        private static Outcome outcome(JobResult<?> result) {
            return new Outcome(result.value(), result.jobId());
        }

        private static List<Outcome> results(List<? extends JobResult<?>> results) {
            return results.stream().<Outcome>map(Style::outcome).toList();
        }
    }

    static Stream<Arguments> pairs() {
        List<Arguments> pairs = new ArrayList<>();
        for (Source source : Source.values()) {
            for (Style style : Style.values()) pairs.add(Arguments.of(source, style));
        }
        return pairs.stream();
    }

    private SaasLlmEmulator emulator;
    private SaasLlmClient client;
    private final EventLog events = new EventLog();

    @BeforeEach
    void emulator(SaasLlmEmulator emulator) {
        this.emulator = emulator;
    }

    @AfterEach
    void close() {
        if (client != null) client.close();
    }

    @ParameterizedTest(name = "{0} x {1}")
    @MethodSource("pairs")
    void everyPairWorks(Source source, Style style) throws Exception {
        try {
            run(source, style);
        } catch (AssertionError | RuntimeException e) {
            // Name the pair in the failure summary, not only the invocation index.
            throw new AssertionError(source + " x " + style + ": " + e, e);
        }
    }

    private void run(Source source, Style style) throws Exception {
        client = Emulated.client(emulator).createAndCall(source.createAndCall).listener(events).build();
        List<String> inputs = style.inputs().subList(0, source.calls);
        String scopeJobId = null;

        List<Outcome> outcomes = new ArrayList<>();
        switch (source) {
            case NEW_JOB, CREATE_AND_CALL_ALWAYS, CREATE_AND_CALL_TEXT_ONLY ->
                    outcomes.add(style.once(client.create(MatrixService.class), inputs.get(0)));
            case SCOPE -> {
                try (JobScope<MatrixService> scope = client.openJob(MatrixService.class)) {
                    scopeJobId = scope.jobId();
                    for (String input : inputs) outcomes.add(style.once(scope.service(), input));
                    scope.complete();
                }
            }
            case FLOW -> outcomes.addAll(style.flow(client.create(MatrixService.class), inputs.get(0), inputs.get(1)));
            case IN_JOB -> outcomes.addAll(client.inJob(MatrixService.class,
                    s -> inputs.stream().map(input -> style.once(s, input)).toList()));
        }

        // The answers.
        assertEquals(inputs.stream().map(style::expected).toList(), outcomes.stream().map(Outcome::value).toList());

        // Nothing left open, exactly one job, completed once, with one call per call made.
        assertEquals(0, Emulated.awaitNoOpenJobs(emulator), "jobs left open: " + Emulated.describe(emulator.jobs()));
        List<JobSnapshot> jobs = emulator.jobs();
        assertEquals(1, jobs.size(), "one job: " + Emulated.describe(jobs));
        JobSnapshot job = jobs.get(0);
        assertEquals(JobStatus.COMPLETED, job.status(), Emulated.describe(jobs));
        assertEquals(1, job.completeCount(), "completed exactly once");
        assertEquals(source.calls, job.calls().size(), "calls: " + job.calls());
        assertTrue(job.calls().stream().allMatch(CallSnapshot::succeeded), "calls: " + job.calls());
        assertEquals("matrix", job.jobType());
        if (scopeJobId != null) assertEquals(scopeJobId, job.jobId());
        for (Outcome outcome : outcomes) {
            if (outcome.jobId() != null) assertEquals(job.jobId(), outcome.jobId(), "JobResult.jobId()");
        }

        // Exactly one credit.
        assertEquals(CREDITS - 1, emulator.creditsRemaining(), "one credit for the job");

        // The listener: created, each call started (unless the server ran it in one round trip),
        // its first token when streamed, and finished; then completed; for that job only.
        boolean oneRoundTrip = style.synchronousOneShot()
                && (source == Source.CREATE_AND_CALL_ALWAYS || source == Source.CREATE_AND_CALL_TEXT_ONLY && !style.structured);
        List<String> perCall = new ArrayList<>();
        if (!oneRoundTrip) perCall.add("start");
        if (style.streamed()) perCall.add("first-token");
        perCall.add("call");
        int expectedCount = 2 + source.calls * perCall.size();
        events.await(list -> list.size() >= expectedCount, Emulated.SETTLE_MILLIS);
        assertEquals(List.of("created", "completed"), events.jobKinds(job.jobId()), "listener events: " + events.events());
        for (int number = 1; number <= source.calls; number++) {
            assertEquals(perCall, events.callKinds(job.jobId(), number), "call #" + number + ": " + events.events());
        }
        assertEquals(expectedCount, events.kinds(job.jobId()).size(), "listener events: " + events.events());
        List<String> kinds = events.kinds(job.jobId());
        assertEquals("created", kinds.get(0), "listener events: " + events.events());
        assertEquals("completed", kinds.get(kinds.size() - 1), "listener events: " + events.events());
        assertEquals(List.of(job.jobId()), List.copyOf(events.jobIds()), "listener events: " + events.events());
        assertEquals("matrix", events.events().get(0).job().jobType());
        assertTrue(events.events().stream().filter(e -> e.call() != null)
                .allMatch(e -> e.call().streamed() == style.streamed() && "MatrixAgent".equals(e.call().model())),
                "every call's info: " + events.events());
        if (source == Source.NEW_JOB || source == Source.FLOW) {
            // A generated method's or flow's job names its prompt's compile-time fingerprint.
            assertTrue(events.events().stream().allMatch(e -> e.job().promptFingerprint() != null
                    && e.job().promptFingerprint().equals(job.metadata().get("saasllm_fingerprint"))),
                    "fingerprint: " + events.events() + " vs " + job.metadata());
        }

        // The client's own count of open jobs.
        assertEquals(0, client.openJobs(), "client.openJobs()");

        // One round trip where the source promises it.
        List<String> paths = Emulated.paths(emulator);
        boolean threeSteps = source == Source.NEW_JOB || source.calls > 1 || style.streamed()
                || (source == Source.CREATE_AND_CALL_TEXT_ONLY && style.structured);
        if (oneRoundTrip) {
            assertEquals(List.of("POST /api/jobs/create-and-call"), paths, "one round trip");
        } else if (threeSteps) {
            // Streams never use create-and-call-stream (it hides the job id); a bound job exists already.
            assertFalse(paths.stream().anyMatch(p -> p.contains("create-and-call")), "three steps: " + paths);
        }
    }
}
