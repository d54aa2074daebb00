package dev.saasllm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonReader;
import dev.saasllm.fixtures.Greeter;
import dev.saasllm.fixtures.Mood;
import dev.saasllm.fixtures.SaasLlm_Greeter;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** Every job the runner opens is completed exactly once; the caller sees the original failure. */
class JobRunnerTest extends MockServerSupport {
    private static final String CALL_PATH = "/api/jobs/" + JOB_ID + "/llm-call";
    private static final String COMPLETE_PATH = "/api/jobs/" + JOB_ID + "/complete";

    @Test
    void chatMethodOpensCallsAndCompletes() throws Exception {
        enqueueJson(200, created(JOB_ID));
        enqueueJson(200, callAnswer("Hello, Ada!"));
        enqueueJson(200, completion("COMPLETED"));

        assertEquals("Hello, Ada!", client.create(Greeter.class).greet("Ada"));

        assertEquals("{\"team_id\":\"acme-corp\",\"job_type\":\"greeting\",\"metadata\":{\"saasllm_method\":\"Greeter.greet\","
                + "\"saasllm_fingerprint\":\"" + Fingerprints.ofMethod(SaasLlm_Greeter.class, "greet") + "\"}}",
                take("POST", "/api/jobs/create").getBody().utf8());
        assertEquals("{\"model\":\"GreeterModel\",\"model_group\":\"GreeterModel\",\"messages\":[{\"role\":\"user\","
                + "\"content\":\"Greet Ada\"}],\"temperature\":0.5}", take("POST", CALL_PATH).getBody().utf8());
        assertEquals("{\"status\":\"completed\"}", take("POST", COMPLETE_PATH).getBody().utf8());
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void structuredMethodSendsTheSchemaAndReadsTheRecord() throws Exception {
        enqueueJson(200, created(JOB_ID));
        enqueueJson(200, callAnswer("{\"label\":\"happy\",\"score\":0.9}"));
        enqueueJson(200, completion("COMPLETED"));

        assertEquals(new Mood("happy", 0.9), client.create(Greeter.class).mood("What a day!"));

        take("POST", "/api/jobs/create");
        String body = take("POST", CALL_PATH).getBody().utf8();
        assertTrue(body.endsWith(",\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"Mood\",\"schema\":"
                + "{\"type\":\"object\",\"properties\":{\"label\":{\"type\":\"string\"},\"score\":{\"type\":\"number\"}},"
                + "\"required\":[\"label\",\"score\"],\"additionalProperties\":false},\"strict\":true}}}"), body);
        assertEquals("{\"status\":\"completed\"}", take("POST", COMPLETE_PATH).getBody().utf8());
    }

    @Test
    void httpErrorOfTheCallFailsTheJobOnceAndRethrows() throws Exception {
        enqueueJson(200, created(JOB_ID));
        enqueueJson(500, "{\"detail\":\"LLM call failed: provider down\"}");
        enqueueJson(200, completion("FAILED"));

        ServerException e = assertThrows(ServerException.class, () -> client.create(Greeter.class).greet("Ada"));
        assertEquals(JOB_ID, e.jobId());

        take("POST", "/api/jobs/create");
        take("POST", CALL_PATH);
        assertFailedWith("ServerException: HTTP 500 Server Error from POST /api/jobs/{job_id}/llm-call for job " + JOB_ID
                + ": LLM call failed: provider down");
        assertEquals(3, server.getRequestCount());
        assertNoKey(e);
    }

    @Test
    void invalidOutputFailsTheJobAndCarriesTheJob() throws Exception {
        enqueueJson(200, created(JOB_ID));
        enqueueJson(200, callAnswer("I am not JSON at all"));
        enqueueJson(200, completion("FAILED"));

        InvalidOutputException e = assertThrows(InvalidOutputException.class, () -> client.create(Greeter.class).mood("x"));
        assertEquals(JOB_ID, e.jobId());
        assertEquals("POST /api/jobs/{job_id}/llm-call", e.endpoint());
        assertEquals("I am not JSON at all", e.rawContent());

        take("POST", "/api/jobs/create");
        take("POST", CALL_PATH);
        String body = take("POST", COMPLETE_PATH).getBody().utf8();
        assertTrue(body.startsWith("{\"status\":\"failed\",\"error_message\":\"InvalidOutputException: Invalid structured output:"), body);
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void timeoutFailsTheJob() throws Exception {
        // Only the LLM call is bounded tightly: a 300 ms timeout of every request could also cut the
        // create or the complete short on a loaded machine.
        SaasLlmClient fast = SaasLlmClient.builder().baseUrl(server.url("/").toString()).teamId(TEAM).virtualKey(KEY)
                .timeout(Duration.ofSeconds(10)).callTimeout(Duration.ofMillis(300)).defaultModel("DefaultModel")
                .createAndCall(CreateAndCall.NEVER).build();
        try (fast) {
            enqueueJson(200, created(JOB_ID));
            server.enqueue(noResponse());
            enqueueJson(200, completion("FAILED"));

            CallTimeoutException e = assertThrows(CallTimeoutException.class, () -> fast.create(Greeter.class).greet("Ada"));
            assertEquals(JOB_ID, e.jobId());
            take("POST", "/api/jobs/create");
            take("POST", CALL_PATH);
            assertTrue(take("POST", COMPLETE_PATH).getBody().utf8().startsWith("{\"status\":\"failed\",\"error_message\":\"CallTimeoutException: "));
        }
    }

    @Test
    void aFailedCompletionIsSuppressedIntoTheOriginal() throws Exception {
        enqueueJson(200, created(JOB_ID));
        enqueueJson(404, "{\"detail\":\"Job not found\"}");
        enqueueJson(403, "{\"detail\":\"Job belongs to another team\"}"); // a 4xx the settle rules do not repeat

        NotFoundException e = assertThrows(NotFoundException.class, () -> client.create(Greeter.class).greet("Ada"));
        assertEquals(1, e.getSuppressed().length);
        assertInstanceOf(PermissionDeniedException.class, e.getSuppressed()[0]);
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void aFailedCompletedCompletionIsThrownAndNotRetriedAsFailed() throws Exception {
        enqueueJson(200, created(JOB_ID));
        enqueueJson(200, callAnswer("Hi"));
        enqueueJson(400, "{\"detail\":\"Job is not in progress\"}");
        enqueueJson(200, completion("FAILED")); // must stay unused

        UnexpectedStatusException e = assertThrows(UnexpectedStatusException.class, () -> client.create(Greeter.class).greet("Ada"));
        assertEquals("POST /api/jobs/{job_id}/complete", e.endpoint());
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void aCompleteThatMayHaveBeenAppliedIsReadBeforeAnything() throws Exception {
        // The default settings (no retry policy): settling keeps its own rules.
        enqueueJson(200, created(JOB_ID));
        enqueueJson(200, callAnswer("Hi"));
        enqueueJson(503, "{\"detail\":\"maintenance\"}");
        enqueueJson(200, "{\"job_id\":\"" + JOB_ID + "\",\"status\":\"completed\",\"created_at\":\"2026-11-27T20:57:34Z\"}");

        assertEquals("Hi", client.create(Greeter.class).greet("Ada"));
        take("POST", "/api/jobs/create");
        take("POST", CALL_PATH);
        take("POST", COMPLETE_PATH);
        take("GET", "/api/jobs/" + JOB_ID);
        assertEquals(4, server.getRequestCount(), "applied: not completed again, never as failed");
    }

    @Test
    void aFailureCreatingTheJobCompletesNothing() throws Exception {
        enqueueJson(403, "{\"detail\":\"Team access is suspended. Please contact support.\"}");
        PermissionDeniedException e = assertThrows(PermissionDeniedException.class, () -> client.create(Greeter.class).greet("Ada"));
        assertEquals(null, e.jobId());
        assertEquals(1, server.getRequestCount());
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

    @Test
    void logsTheLifecycleAtDebugWithoutKeyOrPrompt() throws Exception {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger("dev.saasllm.jobs");
        List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                lines.add(record.getLevel() + " " + record.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        java.util.logging.Level previous = logger.getLevel();
        logger.setLevel(java.util.logging.Level.FINE);
        logger.addHandler(handler);
        try {
            enqueueJson(200, created(JOB_ID));
            enqueueJson(200, callAnswer("Hello, Ada!"));
            enqueueJson(200, completion("COMPLETED"));
            client.create(Greeter.class).greet("SECRET-PROMPT-NAME");
            enqueueJson(200, created(JOB_ID));
            enqueueJson(500, "{\"detail\":\"LLM call failed\"}");
            enqueueJson(200, completion("FAILED"));
            assertThrows(ServerException.class, () -> client.create(Greeter.class).greet("SECRET-PROMPT-NAME"));
        } finally {
            logger.removeHandler(handler);
            logger.setLevel(previous);
        }
        assertEquals(List.of(
                "FINE Opened job " + JOB_ID + " of type greeting for Greeter.greet",
                "FINE Completed job " + JOB_ID + " (Greeter.greet)",
                "FINE Opened job " + JOB_ID + " of type greeting for Greeter.greet",
                "FINE Failed job " + JOB_ID + " (Greeter.greet): ServerException"), lines);
        for (String line : lines) {
            assertTrue(!line.contains(KEY) && !line.contains("SECRET-PROMPT-NAME"), line);
        }
    }

    @Test
    void aCallInterruptedOnTheWireStillCompletesTheJob() throws Exception {
        okhttp3.OkHttpClient interrupting = new okhttp3.OkHttpClient.Builder().addInterceptor(chain -> {
            if (chain.request().url().encodedPath().endsWith("/llm-call")) Thread.currentThread().interrupt();
            return chain.proceed(chain.request());
        }).build();
        SaasLlmClient interruptible = SaasLlmClient.builder().baseUrl(server.url("/").toString()).teamId(TEAM).virtualKey(KEY)
                .okHttpClient(interrupting).createAndCall(CreateAndCall.NEVER).build();
        // Whether the interrupted request reaches the server is up to timing: answer by path.
        server.setDispatcher(new mockwebserver3.Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getTarget();
                String body = path.endsWith("/create") ? created(JOB_ID)
                        : path.endsWith("/complete") ? completion("FAILED") : callAnswer("never read");
                return new MockResponse.Builder().setHeader("Content-Type", "application/json").body(body).build();
            }
        });
        try (interruptible) {
            TransportException e = assertThrows(TransportException.class, () -> interruptible.create(Greeter.class).greet("Ada"));
            assertEquals("Interrupted during POST /api/jobs/{job_id}/llm-call for job " + JOB_ID, e.getMessage());
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is restored for the caller");
                        assertEquals(0, e.getSuppressed().length, "the completion went through");
        } finally {
            Thread.interrupted();
            interrupting.dispatcher().executorService().shutdown();
            interrupting.connectionPool().evictAll();
        }
        take("POST", "/api/jobs/create");
        RecordedRequest next = server.takeRequest(5, java.util.concurrent.TimeUnit.SECONDS);
        if (next.getTarget().endsWith("/llm-call")) next = server.takeRequest(5, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals("/api/jobs/" + JOB_ID + "/complete", next.getTarget());
        assertEquals("{\"status\":\"failed\",\"error_message\":\"TransportException: Interrupted during POST "
                + "/api/jobs/{job_id}/llm-call for job " + JOB_ID + "\"}", next.getBody().utf8());
    }
}
