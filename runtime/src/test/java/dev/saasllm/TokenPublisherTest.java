package dev.saasllm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.internal.PromptMethod;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TokenPublisherTest extends MockServerSupport {
    private static final PromptMethod<String> CHAT = PromptMethod.chat("com.acme.Chat", "talk", "chat", CallOptions.NONE);
    private static final List<ChatMessage> HELLO = List.of(ChatMessage.user("Hello"));

    /** Records signals; requests only when told to. */
    static class Recorder implements Flow.Subscriber<String> {
        final BlockingQueue<String> tokens = new LinkedBlockingQueue<>();
        final CompletableFuture<Void> done = new CompletableFuture<>();
        volatile Flow.Subscription subscription;
        final CompletableFuture<Flow.Subscription> subscribed = new CompletableFuture<>();

        @Override public void onSubscribe(Flow.Subscription s) { subscription = s; subscribed.complete(s); }
        @Override public void onNext(String item) { tokens.add(item); }
        @Override public void onError(Throwable t) { done.completeExceptionally(t); }
        @Override public void onComplete() { done.complete(null); }

        String nextToken() throws InterruptedException { return tokens.poll(5, TimeUnit.SECONDS); }
    }

    private void enqueueStream(String body) {
        server.enqueue(eventStream(body).build());
    }

    /** A short read timeout only: a cold JVM may take longer than that to connect. */
    private void useReadTimeout(long millis) {
        client.close();
        client = SaasLlmClient.builder().baseUrl(server.url("/").toString()).teamId(TEAM).virtualKey(KEY).defaultModel("M")
                .okHttpClient(new okhttp3.OkHttpClient.Builder().connectTimeout(10, TimeUnit.SECONDS)
                        .readTimeout(millis, TimeUnit.MILLISECONDS).build())
                .build();
    }

    private Flow.Publisher<String> publisher() {
        return client.runner().publish(CHAT, dev.saasllm.internal.Invocation.of(HELLO));
    }

    @Test
    void deliversTokensOnlyAsRequestedThenCompletesTheJobBeforeOnComplete() throws Exception {
        enqueueJson(200, created(JOB_ID));
        enqueueStream(SseSupport.stream(List.of("a", "b", "c")));
        enqueueJson(200, completion("COMPLETED"));
        Recorder recorder = new Recorder();
        Flow.Publisher<String> publisher = publisher();
        assertEquals(0, server.getRequestCount(), "nothing happens before subscribe");
        publisher.subscribe(recorder);
        recorder.subscribed.get(5, TimeUnit.SECONDS).request(1);
        assertEquals("a", recorder.nextToken());
        assertNull(recorder.tokens.poll(100, TimeUnit.MILLISECONDS), "no token without demand");
        recorder.subscription.request(5);
        assertEquals("b", recorder.nextToken());
        assertEquals("c", recorder.nextToken());
        recorder.done.get(5, TimeUnit.SECONDS);
        take("POST", "/api/jobs/create");
        take("POST", "/api/jobs/" + JOB_ID + "/llm-call-stream");
        assertEquals("{\"status\":\"completed\"}", take("POST", "/api/jobs/" + JOB_ID + "/complete").getBody().utf8());
    }

    @Test
    void cancellingFailsTheJob() throws Exception {
        enqueueJson(200, created(JOB_ID));
        server.enqueue(eventStream(SseSupport.stream(List.of("a", "b", "c", "d"))).throttleBody(200, 1, TimeUnit.SECONDS).build());
        enqueueJson(200, completion("FAILED"));
        Recorder recorder = new Recorder();
        publisher().subscribe(recorder);
        recorder.subscribed.get(5, TimeUnit.SECONDS).request(1);
        assertEquals("a", recorder.nextToken());
        recorder.subscription.cancel();
        take("POST", "/api/jobs/create");
        take("POST", "/api/jobs/" + JOB_ID + "/llm-call-stream");
        String body = take("POST", "/api/jobs/" + JOB_ID + "/complete").getBody().utf8();
        assertTrue(body.contains("\"status\":\"failed\"") && body.contains("Cancelled"), body);
        assertNull(server.takeRequest(200, TimeUnit.MILLISECONDS), "complete exactly once");
    }

    @Test
    void anErrorEventFailsTheJobThenSignalsTheTypedException() throws Exception {
        enqueueJson(200, created(JOB_ID));
        enqueueStream(SseSupport.chunk("x", null) + "data: {\"error\": \"LLM call failed: no\"}\n\n");
        enqueueJson(200, completion("FAILED"));
        Recorder recorder = new Recorder();
        publisher().subscribe(recorder);
        recorder.subscribed.get(5, TimeUnit.SECONDS).request(Long.MAX_VALUE);
        Throwable error = recorder.done.handle((v, t) -> t).get(5, TimeUnit.SECONDS);
        assertEquals("LLM call failed: no", assertInstanceOf(StreamFailedException.class, error).detail());
        assertEquals("x", recorder.nextToken());
        take("POST", "/api/jobs/create");
        take("POST", "/api/jobs/" + JOB_ID + "/llm-call-stream");
        assertTrue(take("POST", "/api/jobs/" + JOB_ID + "/complete").getBody().utf8().contains("failed"));
    }

    @Test
    void anHttpErrorBeforeTheStreamIsTypedAndFailsTheJob() throws Exception {
        enqueueJson(200, created(JOB_ID));
        enqueueJson(404, "{\"detail\":\"Job not found\"}");
        enqueueJson(200, completion("FAILED"));
        Recorder recorder = new Recorder();
        publisher().subscribe(recorder);
        recorder.subscribed.get(5, TimeUnit.SECONDS).request(1);
        Throwable error = recorder.done.handle((v, t) -> t).get(5, TimeUnit.SECONDS);
        assertEquals("Job not found", assertInstanceOf(NotFoundException.class, error).detail());
        take("POST", "/api/jobs/create");
        take("POST", "/api/jobs/" + JOB_ID + "/llm-call-stream");
        assertTrue(take("POST", "/api/jobs/" + JOB_ID + "/complete").getBody().utf8().contains("failed"));
    }

    @Test
    void aServerThatStopsSendingTimesOutAndTheJobFails() throws Exception {
        // A second: the create, the stream's first event and the complete must come within it however
        // loaded the machine (300 ms could run out); the rest of the stream comes only after 5 s.
        useReadTimeout(1_000);
        enqueueJson(200, created(JOB_ID));
        String first = SseSupport.chunk("x", null);
        server.enqueue(eventStream(first + SseSupport.chunk("y", null) + SseSupport.DONE)
                .throttleBody(first.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, 5, TimeUnit.SECONDS).build());
        enqueueJson(200, completion("FAILED"));
        Recorder recorder = new Recorder();
        publisher().subscribe(recorder);
        recorder.subscribed.get(5, TimeUnit.SECONDS).request(5);
        Throwable error = recorder.done.handle((v, t) -> t).get(5, TimeUnit.SECONDS);
        // As for every streamed shape: a stream silent for longer than the idle timeout is cut off.
        StreamInterruptedException cutOff = assertInstanceOf(StreamInterruptedException.class, error);
        assertInstanceOf(java.net.SocketTimeoutException.class, cutOff.getCause());
        assertEquals("x", recorder.nextToken());
        take("POST", "/api/jobs/create");
        take("POST", "/api/jobs/" + JOB_ID + "/llm-call-stream");
        assertTrue(take("POST", "/api/jobs/" + JOB_ID + "/complete").getBody().utf8().contains("StreamInterruptedException"));
    }

    @Test
    void aSlowSubscriberIsNoTimeout() throws Exception {
        useReadTimeout(1_000); // every request must answer within it, however loaded the machine
        enqueueJson(200, created(JOB_ID));
        enqueueStream(SseSupport.stream(List.of("a", "b")));
        enqueueJson(200, completion("COMPLETED"));
        Recorder recorder = new Recorder();
        publisher().subscribe(recorder);
        recorder.subscribed.get(5, TimeUnit.SECONDS).request(1);
        assertEquals("a", recorder.nextToken());
        Thread.sleep(2_000); // longer than the read timeout, but we are the ones waiting
        recorder.subscription.request(10);
        recorder.done.get(5, TimeUnit.SECONDS);
        assertEquals("b", recorder.nextToken());
    }

    @Test
    void cancellingInsideOnSubscribeOpensNoJob() throws Exception {
        client.runner().publish(CHAT, dev.saasllm.internal.Invocation.of(HELLO)).subscribe(new Recorder() {
            @Override public void onSubscribe(Flow.Subscription s) { s.cancel(); }
        });
        assertNull(server.takeRequest(200, TimeUnit.MILLISECONDS));
    }

    @Test
    void aSecondSubscriberIsRefused() throws Exception {
        enqueueJson(200, created(JOB_ID));
        enqueueStream(SseSupport.stream(List.of("a")));
        enqueueJson(200, completion("COMPLETED"));
        Flow.Publisher<String> publisher = publisher();
        Recorder first = new Recorder();
        publisher.subscribe(first);
        Recorder second = new Recorder();
        publisher.subscribe(second);
        assertInstanceOf(IllegalStateException.class, second.done.handle((v, t) -> t).get(5, TimeUnit.SECONDS));
        first.subscribed.get(5, TimeUnit.SECONDS).request(10);
        first.done.get(5, TimeUnit.SECONDS);
    }

    @Test
    void multiByteCharactersSplitBetweenReadsStayWhole() throws Exception {
        enqueueJson(200, created(JOB_ID));
        server.enqueue(eventStream(SseSupport.stream(List.of("Zoë ", "日本", "語 ✓"))).throttleBody(1, 10, TimeUnit.MICROSECONDS).build());
        enqueueJson(200, completion("COMPLETED"));
        Recorder recorder = new Recorder();
        publisher().subscribe(recorder);
        recorder.subscribed.get(5, TimeUnit.SECONDS).request(Long.MAX_VALUE);
        recorder.done.get(5, TimeUnit.SECONDS);
        assertEquals(List.of("Zoë ", "日本", "語 ✓"), List.copyOf(recorder.tokens));
    }
}
