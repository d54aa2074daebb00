package dev.saasllm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonReader;
import dev.saasllm.internal.AnswerReader;
import dev.saasllm.internal.JobRunner;
import dev.saasllm.internal.PromptMethod;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/**
 * The job runner driven directly with hand-built {@link PromptMethod}s (no generated service): a job
 * is completed exactly once whatever the call ends with, and the caller sees the original failure.
 * (The same through generated services: JobRunnerTest in integration-tests.)
 */
class JobRunnerDirectTest extends MockServerSupport {
    private static final String CALL_PATH = "/api/jobs/" + JOB_ID + "/llm-call";
    private static final String COMPLETE_PATH = "/api/jobs/" + JOB_ID + "/complete";

    @Test
    void aReaderRuntimeExceptionFailsTheJobAndReachesTheCaller() throws Exception {
        IllegalStateException boom = new IllegalStateException("reader broke");
        assertSame(boom, runAndFail(content -> { throw boom; }));
        assertFailedWith("IllegalStateException: reader broke");
    }

    @Test
    void aLongFailureIsCutToTheServersColumnKeepingItsBeginningAndSayingSo() throws Exception {
        // The server's error_message holds 1000 characters; a longer one would fail the complete and leak the job.
        String message = "problem " + KEY + " " + "x".repeat(5000);
        IllegalStateException boom = new IllegalStateException(message);
        assertSame(boom, runAndFail(content -> { throw boom; }));
        String sent = (String) ((Map<?, ?>) readJson(take("POST", COMPLETE_PATH))).get("error_message");
        assertEquals(1000, sent.length());
        assertTrue(sent.startsWith("IllegalStateException: problem [virtual key] xxx"), sent);
        assertTrue(sent.endsWith(" ... [cut]"), sent);
        assertEquals(3, server.getRequestCount(), "exactly one complete");
    }

    @Test
    void aLongFailureOfEmojiIsCutByCharactersBetweenSurrogatePairs() throws Exception {
        // The column counts characters (code points): 1000 emoji are 2000 UTF-16 units, and a cut
        // inside a pair would send a lone surrogate.
        IllegalStateException boom = new IllegalStateException("\uD83D\uDE00".repeat(3000));
        assertSame(boom, runAndFail(content -> { throw boom; }));
        String sent = (String) ((Map<?, ?>) readJson(take("POST", COMPLETE_PATH))).get("error_message");
        assertEquals(1000, sent.codePointCount(0, sent.length()));
        String prefix = "IllegalStateException: ";
        assertEquals(prefix + "\uD83D\uDE00".repeat(1000 - prefix.length() - " ... [cut]".length()) + " ... [cut]", sent);
    }

    @Test
    void evenAnErrorFailsTheJob() throws Exception {
        StackOverflowError error = new StackOverflowError();
        assertSame(error, runAndFail(content -> { throw error; }));
        assertFailedWith("java.lang.StackOverflowError");
    }

    @Test
    void aMissingModelFailsBeforeAJobExists() {
        SaasLlmClient noModel = SaasLlmClient.builder().baseUrl(server.url("/").toString()).teamId(TEAM).virtualKey(KEY).build();
        try (noModel) {
            PromptMethod<String> method = PromptMethod.chat("x.Svc", "m", "t", CallOptions.NONE);
            assertThrows(IllegalStateException.class, () -> runner(noModel).run(method, dev.saasllm.internal.Invocation.of(List.of(ChatMessage.user("x")))));
            assertEquals(0, server.getRequestCount());
        }
    }

    @Test
    void anInterruptedThreadStillCompletesTheJob() throws Exception {
        enqueueJson(200, created(JOB_ID));
        enqueueJson(200, callAnswer("Hi"));
        enqueueJson(200, completion("FAILED"));
        RuntimeException failure = new RuntimeException("interrupted meanwhile");
        PromptMethod<String> method = PromptMethod.chat("x.Svc", "m", "t", CallOptions.builder().model("M").build());
        PromptMethod<String> interrupting = new PromptMethod<>(method.service(), method.method(), method.jobType(),
                method.options(), null, null, content -> {
                    Thread.currentThread().interrupt();
                    throw failure;
                });
        try {
            assertSame(failure, assertThrows(RuntimeException.class, () -> runner(client).run(interrupting, dev.saasllm.internal.Invocation.of(List.of(ChatMessage.user("x"))))));
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is restored for the caller");
        } finally {
            Thread.interrupted();
        }
        take("POST", "/api/jobs/create");
        take("POST", "/api/jobs/" + JOB_ID + "/llm-call");
        assertFailedWith("RuntimeException: interrupted meanwhile");
        assertEquals(0, failure.getSuppressed().length);
    }

    private Throwable runAndFail(AnswerReader<String> reader) {
        enqueueJson(200, created(JOB_ID));
        enqueueJson(200, callAnswer("Hi"));
        enqueueJson(200, completion("FAILED"));
        PromptMethod<String> method = new PromptMethod<>("x.Svc", "m", "t", CallOptions.builder().model("M").build(), null, null, reader);
        Throwable thrown = assertThrows(Throwable.class, () -> runner(client).run(method, dev.saasllm.internal.Invocation.of(List.of(ChatMessage.user("x")))));
        try {
            take("POST", "/api/jobs/create");
            take("POST", CALL_PATH);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        return thrown;
    }

    @Test
    void aClientClosedDuringTheCallStillSettlesTheJob() throws Exception {
        SaasLlmClient closing = SaasLlmClient.builder().baseUrl(server.url("/").toString()).teamId(TEAM).virtualKey(KEY)
                .timeout(Duration.ofSeconds(10)).createAndCall(CreateAndCall.NEVER).closeGracePeriod(Duration.ofMillis(50)).build();
        RuntimeException failure = new RuntimeException("closed meanwhile");
        PromptMethod<String> method = new PromptMethod<>("x.Svc", "m", "t", CallOptions.builder().model("M").build(), null, null,
                content -> {
                    closing.close();
                    throw failure;
                });
        enqueueJson(200, created(JOB_ID));
        enqueueJson(200, callAnswer("Hi"));
        enqueueJson(200, completion("FAILED"));
        assertSame(failure, assertThrows(RuntimeException.class, () -> runner(closing).run(method, dev.saasllm.internal.Invocation.of(List.of(ChatMessage.user("x"))))));
        assertEquals(0, failure.getSuppressed().length);
        take("POST", "/api/jobs/create");
        take("POST", CALL_PATH);
        // Closed from the call's own thread, the call cannot end within the grace period: the close fails its job.
        assertFailedWith("IllegalStateException: client closed: this SaasLlmClient is closed");
    }

    @Test
    void aJobFailedByCloseSaysSoWhateverItsStoppedCallThrows() throws Exception {
        // Cancelling the call in flight lingers on the closing thread (an EventListener that takes its
        // time), so the stopped call's own failure (Canceled) is ready first: it must not become the
        // job's error_message.
        OkHttpClient slowToCancel = new OkHttpClient.Builder().eventListener(new EventListener() {
            @Override
            public void canceled(Call call) {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }).build();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getTarget();
                if (path.endsWith("/llm-call")) return noResponse();
                return new MockResponse.Builder().setHeader("Content-Type", "application/json")
                        .body(path.endsWith("/create") ? created(JOB_ID) : completion("FAILED")).build();
            }
        });
        SaasLlmClient closing = SaasLlmClient.builder().baseUrl(server.url("/").toString()).teamId(TEAM).virtualKey(KEY)
                .okHttpClient(slowToCancel).timeout(Duration.ofSeconds(10)).createAndCall(CreateAndCall.NEVER)
                .closeGracePeriod(Duration.ofMillis(50)).build();
        PromptMethod<String> method = PromptMethod.chat("x.Svc", "m", "t", CallOptions.builder().model("M").build());
        try {
            CompletableFuture<Throwable> thrown = CompletableFuture.supplyAsync(() -> assertThrows(Throwable.class,
                    () -> runner(closing).run(method, dev.saasllm.internal.Invocation.of(List.of(ChatMessage.user("x"))))));
            take("POST", "/api/jobs/create");
            take("POST", CALL_PATH); // in flight, never answered
            closing.close();
            assertFailedWith("IllegalStateException: client closed: this SaasLlmClient is closed");
            assertTrue(thrown.get(5, TimeUnit.SECONDS) instanceof SaasLlmException, "the caller hears the stopped call");
        } finally {
            slowToCancel.dispatcher().executorService().shutdown();
            slowToCancel.connectionPool().evictAll();
        }
    }

    private void assertFailedWith(String errorMessage) throws Exception {
        RecordedRequest complete = take("POST", COMPLETE_PATH);
        Map<?, ?> body = (Map<?, ?>) readJson(complete);
        assertEquals(Map.of("status", "failed", "error_message", errorMessage), body);
        assertEquals(3, server.getRequestCount(), "exactly one complete");
    }

    private static Object readJson(RecordedRequest request) throws IOException {
        return JsonReader.of(new Buffer().writeUtf8(request.getBody().utf8())).readJsonValue();
    }

    private static JobRunner runner(SaasLlmClient client) {
        return client.runner();
    }
}
