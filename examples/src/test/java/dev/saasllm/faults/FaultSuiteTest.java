package dev.saasllm.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.RetryPolicy;
import dev.saasllm.SaasLlmClient;
import dev.saasllm.SaasLlmException;
import dev.saasllm.emulator.JobSnapshot;
import dev.saasllm.emulator.SaasLlmEmulator;
import dev.saasllm.emulator.ServerRelease;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each fault against a generated service: the caller gets the retried success or the right typed
 * exception, and every job ends {@code completed} or {@code failed}, completed exactly once. Prints
 * the table of faults when done. Bounded: a few seconds in all.
 */
class FaultSuiteTest {
    private static final int CALLS = 40;
    private static final int CONCURRENCY = 8;
    private static final RetryPolicy FAST = RetryPolicy.builder().maxAttempts(3).initialDelay(Duration.ofMillis(5))
            .maxDelay(Duration.ofMillis(50)).build();
    private static final FaultTable TABLE = new FaultTable();
    private static final Logger SAASLLM_LOG = Logger.getLogger("dev.saasllm");
    /** Set on the calling thread when the client logs a retry or a re-ask during its call. */
    private static final ThreadLocal<Boolean> RETRIED = ThreadLocal.withInitial(() -> false);
    private static final Handler RETRY_SPY = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String message = record.getMessage();
            if (message != null && (message.startsWith("Retrying") || message.startsWith("Asking again"))) RETRIED.set(true);
        }

        @Override public void flush() {}
        @Override public void close() {}
    };
    private static Level previousLevel;
    private static SaasLlmEmulator emulator;

    @BeforeAll
    static void start() {
        previousLevel = SAASLLM_LOG.getLevel();
        SAASLLM_LOG.setLevel(Level.FINE);
        RETRY_SPY.setLevel(Level.ALL);
        SAASLLM_LOG.addHandler(RETRY_SPY);
        emulator = SaasLlmEmulator.builder().credits(100_000).release(ServerRelease.FIXED).start();
    }

    @AfterAll
    static void stopAndPrint() {
        SAASLLM_LOG.removeHandler(RETRY_SPY);
        SAASLLM_LOG.setLevel(previousLevel);
        emulator.close();
        System.out.println("\nFault suite\n" + TABLE.render());
    }

    @BeforeEach
    void reset() {
        emulator.reset();
    }

    private static SaasLlmClient client(String baseUrl, Duration callTimeout) {
        SaasLlmClient.Builder b = SaasLlmClient.builder().baseUrl(baseUrl).teamId(emulator.teamId())
                .virtualKey(emulator.virtualKey()).timeout(Duration.ofSeconds(10)).retryPolicy(FAST).maxReasks(1);
        if (callTimeout != null) b.callTimeout(callTimeout);
        return b.build();
    }

    private record Outcome(int successes, int afterRetry, Map<String, Integer> failures) {}

    /** Runs {@code calls} invocations, CONCURRENCY at a time; every failure must be a SaasLlmException. */
    private static Outcome drive(SaasLlmClient client, int calls, Function<FaultDesk, Object> call) throws Exception {
        FaultDesk desk = client.create(FaultDesk.class);
        AtomicInteger successes = new AtomicInteger();
        AtomicInteger afterRetry = new AtomicInteger();
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                futures.add(pool.submit(() -> {
                    RETRIED.set(false);
                    try {
                        call.apply(desk);
                        successes.incrementAndGet();
                        if (RETRIED.get()) afterRetry.incrementAndGet();
                    } catch (SaasLlmException e) {
                        failures.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                    } catch (RuntimeException e) {
                        failures.merge("UNTYPED " + e.getClass().getName(), 1, Integer::sum);
                    }
                }));
            }
            for (Future<?> f : futures) f.get();
        } finally {
            pool.shutdown();
        }
        assertEquals(calls, successes.get() + failures.values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(failures.keySet().stream().noneMatch(k -> k.startsWith("UNTYPED")), "untyped failures: " + failures);
        return new Outcome(successes.get(), afterRetry.get(), Map.copyOf(failures));
    }

    /** Runs a fault against the emulator and records its row; the emulator must show no leak. */
    private static Outcome emulated(String fault, int calls, Duration callTimeout, Function<FaultDesk, Object> call) throws Exception {
        Outcome outcome;
        try (SaasLlmClient client = client(emulator.baseUrl(), callTimeout)) {
            outcome = drive(client, calls, call);
        }
        long leaked = emulator.openJobs();
        TABLE.add(new FaultTable.Row(fault, calls, outcome.successes(), outcome.afterRetry(), outcome.failures(), leaked));
        assertEquals(0, leaked, fault + ": jobs left open");
        for (JobSnapshot job : emulator.jobs()) assertEquals(1, job.completeCount(), fault + ": job completed more than once");
        return outcome;
    }

    private static Object read(FaultDesk desk) {
        return desk.read("title: Printer on fire\npriority: 1\nbody: smoke");
    }

    private static void assertOnly(Outcome outcome, String... types) {
        assertTrue(Set.of(types).containsAll(outcome.failures().keySet()), "unexpected failures: " + outcome.failures());
    }

    @Test
    void serverErrorsAt10Percent() throws Exception {
        emulator.configure(s -> s.errorRate(0.10, 10));
        Outcome o = emulated("server errors 10 % (500 LLM call failed)", CALLS, null, FaultSuiteTest::read);
        assertOnly(o, "ServerException");
        assertTrue(o.afterRetry() > 0 && o.successes() >= CALLS - 2, String.valueOf(o));
    }

    @Test
    void serverErrorsAt30Percent() throws Exception {
        emulator.configure(s -> s.errorRate(0.30, 30));
        Outcome o = emulated("server errors 30 %", CALLS, null, FaultSuiteTest::read);
        assertOnly(o, "ServerException");
        assertTrue(o.afterRetry() > 0, String.valueOf(o));
    }

    @Test
    void serverErrorsAt50Percent() throws Exception {
        emulator.configure(s -> s.errorRate(0.50, 50));
        Outcome o = emulated("server errors 50 %", CALLS, null, FaultSuiteTest::read);
        assertOnly(o, "ServerException");
        assertTrue(o.afterRetry() > 0 && o.successes() > CALLS / 2, String.valueOf(o));
    }

    @Test
    void rateLimitStorm() throws Exception {
        emulator.configure(s -> s.rateLimitEvery(3, 0));
        Outcome o = emulated("429 storm: every 3rd request, Retry-After 0", CALLS, null, FaultSuiteTest::read);
        // Concurrent callers share the count, so a request can meet three 429s in a row.
        assertOnly(o, "RateLimitException");
        assertTrue(o.afterRetry() > 0 && o.successes() > CALLS / 2, String.valueOf(o));
    }

    @Test
    void rateLimitedLongerThanTheMaximumDelay() throws Exception {
        emulator.configure(s -> s.rateLimitEveryRequest(true));
        Outcome o = emulated("429 on every request, Retry-After 1 s > max", 10, null, FaultSuiteTest::read);
        assertEquals(Map.of("RateLimitException", 10), o.failures());
        assertEquals(0, emulator.jobs().size(), "create was refused: no job exists");
    }

    @Test
    void someInvalidJson() throws Exception {
        emulator.configure(s -> s.invalidJsonAnswers(CALLS / 2));
        Outcome o = emulated("invalid JSON in 20 answers (1 re-ask)", CALLS, null, FaultSuiteTest::read);
        assertOnly(o, "OutputRejectedException");
        // Which callers draw the invalid answers depends on timing: each one is re-asked or rejected.
        assertTrue(o.afterRetry() + o.failures().getOrDefault("OutputRejectedException", 0) > 0, String.valueOf(o));
        assertTrue(o.successes() >= CALLS - 10, "at most 10 callers can draw two of the 20: " + o);
    }

    @Test
    void onlyInvalidJson() throws Exception {
        emulator.configure(s -> s.invalidJsonAnswers(Integer.MAX_VALUE));
        Outcome o = emulated("invalid JSON in every answer (1 re-ask)", 10, null, FaultSuiteTest::read);
        assertEquals(Map.of("OutputRejectedException", 10), o.failures());
    }

    @Test
    void answersSlowerThanTheTimeout() throws Exception {
        Duration timeout = Duration.ofMillis(150);
        emulator.configure(s -> s.slowerThan(timeout));
        Outcome o = emulated("answers slower than the 150 ms call timeout", CONCURRENCY, timeout, FaultSuiteTest::read);
        assertEquals(Map.of("CallTimeoutException", CONCURRENCY), o.failures());
    }

    @Test
    void veryLargeAnswers() throws Exception {
        String body = "x".repeat(1_000_000);
        emulator.answerWith(request -> "{\"title\":\"big\",\"priority\":2,\"body\":\"" + body + "\"}");
        Outcome o = emulated("very large answers (1 MB each)", 10, null, FaultSuiteTest::read);
        assertEquals(10, o.successes(), String.valueOf(o));
    }

    @Test
    void connectionRefused() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Outcome o;
        try (SaasLlmClient client = client("http://127.0.0.1:" + closedPort, null)) {
            o = drive(client, 5, FaultSuiteTest::read);
        }
        TABLE.add(new FaultTable.Row("connection refused", 5, o.successes(), o.afterRetry(), o.failures(), 0));
        assertEquals(Map.of("TransportException", 5), o.failures());
    }

    /** A fault MockWebServer produces; its dispatcher keeps the jobs. */
    private static Outcome mocked(String fault, int calls, Function<Integer, MockResponse> llmCall) throws Exception {
        return mockedWith(new MockJobServer(llmCall), fault, calls, FaultSuiteTest::read);
    }

    private static Outcome mockedWith(MockJobServer jobs, String fault, int calls, Function<FaultDesk, Object> call) throws Exception {
        Outcome outcome;
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(jobs);
            server.start();
            try (SaasLlmClient client = client(server.url("/").toString(), null)) {
                outcome = drive(client, calls, call);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        TABLE.add(new FaultTable.Row(fault, calls, outcome.successes(), outcome.afterRetry(), outcome.failures(), jobs.openJobs()));
        assertEquals(0, jobs.openJobs(), fault + ": jobs left open");
        assertEquals(0, jobs.completedTwice(), fault + ": a job completed twice");
        return outcome;
    }

    private static Object tell(FaultDesk desk) {
        return desk.tell("a story about a printer on fire", token -> { });
    }

    @Test
    void droppedStreams() throws Exception {
        emulator.configure(s -> s.dropStreamAfterChunks(2));
        Outcome o = emulated("dropped streams (cut after 2 chunks)", 10, null, FaultSuiteTest::tell);
        assertEquals(Map.of("StreamInterruptedException", 10), o.failures());
    }

    @Test
    void errorEventsInStreams() throws Exception {
        emulator.configure(s -> s.errorRate(0.30, 31));
        Outcome o = emulated("stream error events 30 % (not retried)", CALLS, null, FaultSuiteTest::tell);
        assertOnly(o, "StreamFailedException");
        assertTrue(o.successes() > 0 && !o.failures().isEmpty(), String.valueOf(o));
    }

    @Test
    void malformedSse() throws Exception {
        MockJobServer jobs = new MockJobServer(n -> new MockResponse.Builder().setHeader("Content-Type", "text/event-stream")
                .body("data: {\"choices\":[{\"delta\":{\"content\":\"Hel\"}}]}\n\ndata: {not json\n\n").build());
        Outcome o = mockedWith(jobs, "malformed SSE (an event that is not JSON)", 10, FaultSuiteTest::tell);
        assertEquals(Map.of("InvalidResponseException", 10), o.failures());
    }

    private static final String TICKET = "{\"title\":\"t\",\"priority\":1,\"body\":\"b\"}";

    @Test
    void truncatedBodies() throws Exception {
        Outcome o = mocked("truncated body (connection cut mid-answer)", 10,
                n -> MockJobServer.cutMidBody(MockJobServer.answer(TICKET)));
        assertEquals(Map.of("TransportException", 10), o.failures());
    }

    @Test
    void truncatedOnceThenWhole() throws Exception {
        Outcome o = mocked("truncated body on the first attempt", 10, n -> n == 1
                ? MockJobServer.cutMidBody(MockJobServer.answer(TICKET))
                : MockJobServer.answer(TICKET));
        assertEquals(10, o.successes());
        assertEquals(10, o.afterRetry());
    }

    @Test
    void nonJsonBodies() throws Exception {
        Outcome o = mocked("non-JSON 200 body", 10, n -> new MockResponse.Builder().body("<html>maintenance</html>").build());
        assertEquals(Map.of("InvalidResponseException", 10), o.failures());
    }

    @Test
    void gatewayHtmlThenAnswer() throws Exception {
        Outcome o = mocked("502 HTML from a gateway, then the answer", 10, n -> n == 1
                ? new MockResponse.Builder().code(502).body("<html>Bad Gateway</html>").build()
                : MockJobServer.answer(TICKET));
        assertEquals(10, o.successes());
        assertEquals(10, o.afterRetry());
    }
}
