package dev.saasllm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.fixtures.Analyzer;
import dev.saasllm.fixtures.Mood;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Asynchronous methods: create, call and complete on OkHttp callbacks; cancellation fails the job. */
class AsyncJobTest extends MockServerSupport {
    private static final String CALL_PATH = "/api/jobs/" + JOB_ID + "/llm-call";
    private static final String COMPLETE_PATH = "/api/jobs/" + JOB_ID + "/complete";

    @Test
    void anAsyncMethodReturnsBeforeTheServerAnswersAndRunsTheThreeSteps() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                String path = request.getTarget();
                if (path.endsWith("/create")) {
                    release.await(5, TimeUnit.SECONDS);
                    return jsonResponse(created(JOB_ID));
                }
                if (path.endsWith("/complete")) return jsonResponse(completion("COMPLETED"));
                return jsonResponse(callAnswer("{\"label\":\"calm\",\"score\":0.5}"));
            }
        });

        CompletableFuture<JobResult<Mood>> future = client.create(Analyzer.class).moodAsync("x");
        assertFalse(future.isDone(), "the caller's thread does not wait for the server");
        release.countDown();
        JobResult<Mood> result = future.get(5, TimeUnit.SECONDS);

        assertEquals(new Mood("calm", 0.5), result.value());
        assertEquals(JOB_ID, result.jobId());
        assertEquals(999, result.creditsRemaining());
        assertEquals(450, result.tokens());
        take("POST", "/api/jobs/create");
        assertTrue(take("POST", CALL_PATH).getBody().utf8().contains("\"response_format\""));
        assertEquals("{\"status\":\"completed\"}", take("POST", COMPLETE_PATH).getBody().utf8());
    }

    @Test
    void aFailedCallFailsTheJobBeforeTheFutureFails() throws Exception {
        enqueueJson(200, created(JOB_ID));
        enqueueJson(500, "{\"detail\":\"LLM call failed: boom\"}");
        enqueueJson(200, completion("FAILED"));

        ExecutionException e = assertThrows(ExecutionException.class,
                () -> client.create(Analyzer.class).keyPointsAsync("doc").get(5, TimeUnit.SECONDS));
        assertInstanceOf(ServerException.class, e.getCause());

        take("POST", "/api/jobs/create");
        take("POST", CALL_PATH);
        // Already received when the future failed: the job settles first.
        assertEquals(3, server.getRequestCount());
        assertTrue(take("POST", COMPLETE_PATH).getBody().utf8().contains("LLM call failed: boom"));
    }

    @Test
    void anInvalidAnswerFailsTheJob() throws Exception {
        enqueueJson(200, created(JOB_ID));
        enqueueJson(200, callAnswer("no json here"));
        enqueueJson(200, completion("FAILED"));
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> client.create(Analyzer.class).moodAsync("x").get(5, TimeUnit.SECONDS));
        assertEquals("no json here", ((InvalidOutputException) e.getCause()).rawContent());
        take("POST", "/api/jobs/create");
        take("POST", CALL_PATH);
        assertTrue(take("POST", COMPLETE_PATH).getBody().utf8().startsWith("{\"status\":\"failed\""));
    }

    @Test
    void cancellingCancelsTheHttpCallAndFailsTheJob() throws Exception {
        CountDownLatch callArrived = new CountDownLatch(1);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getTarget();
                if (path.endsWith("/create")) return jsonResponse(created(JOB_ID));
                if (path.endsWith("/complete")) return jsonResponse(completion("FAILED"));
                callArrived.countDown();
                return noResponse(); // an answer that never comes
            }
        });
        CountDownLatch failed = new CountDownLatch(1);
        AtomicReference<Throwable> cause = new AtomicReference<>();
        client.close();
        client = SaasLlmClient.builder().baseUrl(server.url("/").toString()).teamId(TEAM).virtualKey(KEY)
                .timeout(Duration.ofSeconds(60)).createAndCall(CreateAndCall.NEVER).listener(new JobListener() {
                    @Override
                    public void jobFailed(JobInfo job, Throwable c, JobCompletion completion) {
                        cause.set(c);
                        failed.countDown();
                    }
                }).build();

        CompletableFuture<String> future = client.create(Analyzer.class).keyPointsAsync("doc");
        assertTrue(callArrived.await(5, TimeUnit.SECONDS));
        assertTrue(future.cancel(true));

        assertTrue(future.isCancelled());
        assertTrue(failed.await(5, TimeUnit.SECONDS), "the job is failed without waiting for the slow answer");
        assertInstanceOf(CancellationException.class, cause.get());
        List<String> paths = List.of(server.takeRequest().getTarget(), server.takeRequest().getTarget(), server.takeRequest().getTarget());
        assertEquals(List.of("/api/jobs/create", CALL_PATH, COMPLETE_PATH), paths);
    }

    @Test
    void aCancelWhileTheJobIsBeingCreatedLetsTheCreateFinishThenFailsTheJobWithoutACall() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch creating = new CountDownLatch(1);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                if (request.getTarget().endsWith("/create")) {
                    creating.countDown();
                    release.await(5, TimeUnit.SECONDS);
                    return jsonResponse(created(JOB_ID));
                }
                return jsonResponse(completion("FAILED"));
            }
        });
        CountDownLatch failed = new CountDownLatch(1);
        client.close();
        client = SaasLlmClient.builder().baseUrl(server.url("/").toString()).teamId(TEAM).virtualKey(KEY)
                .timeout(Duration.ofSeconds(10)).listener(new JobListener() {
                    @Override
                    public void jobFailed(JobInfo job, Throwable cause, JobCompletion completion) {
                        failed.countDown();
                    }
                }).build();

        CompletableFuture<String> future = client.create(Analyzer.class).keyPointsAsync("doc");
        assertTrue(creating.await(5, TimeUnit.SECONDS));
        assertTrue(future.cancel(true));
        release.countDown();

        assertTrue(failed.await(5, TimeUnit.SECONDS));
        assertEquals("/api/jobs/create", server.takeRequest().getTarget(), "the create is let through: only its answer names the job");
        RecordedRequest complete = server.takeRequest();
        assertEquals(COMPLETE_PATH, complete.getTarget());
        assertEquals("{\"status\":\"failed\",\"error_message\":\"CancellationException: Cancelled by the caller\"}",
                complete.getBody().utf8());
        assertEquals(2, server.getRequestCount(), "no llm-call is made for a cancelled job");
    }

    @Test
    void aCancelAfterTheAnswerIsTooLateAndTheJobCompletes() throws Exception {
        enqueueJson(200, created(JOB_ID));
        enqueueJson(200, callAnswer("points"));
        enqueueJson(200, completion("COMPLETED"));
        CompletableFuture<String> future = client.create(Analyzer.class).keyPointsAsync("doc");
        assertEquals("points", future.get(5, TimeUnit.SECONDS));
        assertFalse(future.cancel(true));
        assertEquals(3, server.getRequestCount());
    }

    private static MockResponse jsonResponse(String body) {
        return new MockResponse.Builder().setHeader("Content-Type", "application/json").body(body).build();
    }
}
