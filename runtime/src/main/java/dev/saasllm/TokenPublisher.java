package dev.saasllm;

import dev.saasllm.internal.PromptMethod;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The tokens of one streamed job as a {@link Flow.Publisher}, on non-blocking I/O
 * ({@link AsyncJobApi}). Subscribing starts the job; one subscriber only. The body is read only
 * as fast as the subscriber requests tokens; cancelling closes the connection and fails the job.
 * The job is settled before {@code onComplete} / {@code onError} is signalled.
 */
final class TokenPublisher implements Flow.Publisher<String> {

    private final SaasLlmClient client;
    private final PromptMethod<String> method;
    private final List<ChatMessage> messages;
    private final StreamingSupport support;
    private final AtomicBoolean subscribed = new AtomicBoolean();

    TokenPublisher(SaasLlmClient client, StreamingSupport support, PromptMethod<String> method, List<ChatMessage> messages) {
        this.client = client;
        this.support = support;
        this.method = method;
        this.messages = messages;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super String> subscriber) {
        java.util.Objects.requireNonNull(subscriber, "subscriber");
        if (!subscribed.compareAndSet(false, true)) {
            subscriber.onSubscribe(new Flow.Subscription() {
                @Override public void request(long n) {}
                @Override public void cancel() {}
            });
            subscriber.onError(new IllegalStateException("This publisher of " + method.qualifiedName()
                    + " runs one job and takes one subscriber; call the method again for another"));
            return;
        }
        new Run(subscriber).start();
    }

    /** One subscription: job, stream and the subscriber's demand. */
    private final class Run implements Flow.Subscription, Flow.Subscriber<List<ByteBuffer>> {
        private final Flow.Subscriber<? super String> downstream;
        private final AsyncJobApi api = client.asyncJobApi();
        private final AtomicLong demand = new AtomicLong();
        private final AtomicInteger wip = new AtomicInteger();
        private final AtomicBoolean settled = new AtomicBoolean();
        private final Queue<String> tokens = new ArrayDeque<>();
        private final SseEventReader events = new SseEventReader();
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        private volatile String jobId;
        private volatile Flow.Subscription upstream;
        private volatile boolean cancelled;
        private boolean upstreamRequested;
        private boolean upstreamDone;
        /** The end seen in the body: DONE, or the failure to signal. */
        private volatile Object end;
        private String model;
        /** Whether a token was queued; the stream defect is recognised only before the first. */
        private boolean delivered;

        Run(Flow.Subscriber<? super String> downstream) {
            this.downstream = downstream;
        }

        void start() {
            downstream.onSubscribe(this);
            if (cancelled) return; // cancelled inside onSubscribe: no job is opened
            try {
                model = client.resolveModel(method.options());
            } catch (RuntimeException e) {
                terminate(e);
                return;
            }
            api.createJob(method.jobType(), JobMetadata.of(method.qualifiedName(), method.fingerprint(), method.metadata(), null))
                    .thenCompose(id -> {
                        jobId = id;
                        if (cancelled) {
                            cancelJob();
                            return CompletableFuture.completedFuture(null);
                        }
                        if (support.jobStreamBroken()) {
                            fallback();
                            return CompletableFuture.completedFuture(null);
                        }
                        return api.openStream(id, model, messages, method.options(), null);
                    })
                    .whenComplete((body, error) -> {
                        if (error != null) {
                            fail(AsyncJobApi.unwrap(error));
                        } else if (body != null) {
                            body.subscribe(this);
                        }
                    });
        }

        // ---- downstream side

        @Override
        public void request(long n) {
            if (n <= 0) {
                cancel();
                fail(new IllegalArgumentException("Flow rule 3.9: request(" + n + ") must be positive"));
                return;
            }
            demand.getAndUpdate(d -> d + n < 0 ? Long.MAX_VALUE : d + n);
            drain();
        }

        @Override
        public void cancel() {
            if (cancelled) return;
            cancelled = true;
            disarmReadTimeout();
            Flow.Subscription body = upstream;
            if (body != null) body.cancel();
            cancelJob();
        }

        private void cancelJob() {
            if (jobId != null && settled.compareAndSet(false, true)) {
                api.complete(jobId, JobStatus.FAILED, "Cancelled by the subscriber before the end of the stream");
            }
        }

        // ---- upstream side: the body's bytes, read only when tokens are wanted

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            upstream = subscription;
            if (cancelled) subscription.cancel();
            else drain();
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                while (buffer.hasRemaining() && end == null) {
                    byte b = buffer.get();
                    if (b == '\n') {
                        lineEnded();
                    } else {
                        line.write(b);
                    }
                }
            }
            synchronized (this) {
                upstreamRequested = false;
            }
            disarmReadTimeout();
            drain();
        }

        private java.util.concurrent.ScheduledFuture<?> readTimeout;

        // The JDK client bounds only the wait for headers; this bounds each wait for more of the body, as
        // OkHttp's read timeout does. Armed only while we wait for the server, never for the subscriber.
        private synchronized void armReadTimeout() {
            readTimeout = api.schedule(() -> {
                if (end != null || cancelled) return;
                end = new CallTimeoutException("Timed out waiting for the next event of " + StreamOpener.LLM_CALL_STREAM
                        + " for job " + jobId + " (read timeout " + api.readTimeout().toMillis() + " ms)",
                        StreamOpener.LLM_CALL_STREAM, jobId, new java.net.SocketTimeoutException("read timed out"));
                Flow.Subscription body = upstream;
                if (body != null) body.cancel();
                synchronized (this) {
                    upstreamDone = true;
                }
                drain();
            });
        }

        private synchronized void disarmReadTimeout() {
            if (readTimeout != null) readTimeout.cancel(false);
            readTimeout = null;
        }

        // Lines are split on bytes and decoded whole, so a character split between reads stays whole.
        private void lineEnded() {
            byte[] bytes = line.toByteArray();
            line.reset();
            int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
            event(events.line(new String(bytes, 0, length, StandardCharsets.UTF_8)));
        }

        private void event(String data) {
            if (data == null || end != null) return;
            data = client.redact(data);
            try {
                StreamEvents.Event event = StreamEvents.parse(data, StreamOpener.LLM_CALL_STREAM, jobId);
                if (event instanceof StreamEvents.Chunk chunk) {
                    if (!chunk.chunk().content().isEmpty()) {
                        delivered = true;
                        synchronized (this) {
                            tokens.add(chunk.chunk().content());
                        }
                    }
                } else if (event instanceof StreamEvents.Done) {
                    end = StreamEvents.DONE;
                } else if (!delivered && ((StreamEvents.Failure) event).message().contains(JobTokens.DEFECT)) {
                    support.markJobStreamBroken();
                    end = FALLBACK;
                    if (upstream != null) upstream.cancel();
                    fallback();
                    return;
                } else {
                    end = new StreamFailedException(((StreamEvents.Failure) event).message(), data, StreamOpener.LLM_CALL_STREAM, jobId);
                }
            } catch (RuntimeException e) {
                end = e;
            }
            if (end instanceof Throwable && upstream != null) upstream.cancel();
        }

        @Override
        public void onError(Throwable throwable) {
            disarmReadTimeout();
            if (end == null) {
                IOException io = throwable instanceof IOException e ? e : new IOException(throwable);
                end = new StreamInterruptedException("The stream from " + StreamOpener.LLM_CALL_STREAM + " for job " + jobId
                        + " was cut off before [DONE]: " + throwable, StreamOpener.LLM_CALL_STREAM, jobId, io);
            }
            synchronized (this) {
                upstreamDone = true;
            }
            drain();
        }

        @Override
        public void onComplete() {
            disarmReadTimeout();
            if (line.size() > 0) lineEnded();
            if (end == null) event(events.end());
            if (end == null) {
                end = new StreamInterruptedException("The stream from " + StreamOpener.LLM_CALL_STREAM + " for job " + jobId
                        + " ended without [DONE]", StreamOpener.LLM_CALL_STREAM, jobId, null);
            }
            synchronized (this) {
                upstreamDone = true;
            }
            drain();
        }

        /** The server's per-job stream defect: the same call without streaming, its answer as one token. */
        private void fallback() {
            api.llmCall(jobId, model, messages, method.options(), null).whenComplete((response, error) -> {
                if (error != null) {
                    end = AsyncJobApi.unwrap(error);
                } else {
                    if (!response.content().isEmpty()) {
                        synchronized (this) {
                            tokens.add(response.content());
                        }
                    }
                    end = StreamEvents.DONE;
                }
                synchronized (this) {
                    upstreamDone = true;
                }
                drain();
            });
        }

        // ---- the one loop that signals downstream, whichever thread calls it

        private void drain() {
            if (wip.getAndIncrement() != 0) return;
            do {
                while (!cancelled && demand.get() > 0) {
                    String token;
                    synchronized (this) {
                        token = tokens.poll();
                    }
                    if (token == null) break;
                    demand.decrementAndGet();
                    downstream.onNext(token);
                }
                // Read the end before looking at the queue: every token of the body was queued before its end was set.
                Object seenEnd = end;
                boolean empty;
                boolean requestMore = false;
                synchronized (this) {
                    empty = tokens.isEmpty();
                    if (empty && seenEnd == null && !upstreamDone && !upstreamRequested && demand.get() > 0 && upstream != null && !cancelled) {
                        upstreamRequested = true;
                        requestMore = true;
                    }
                }
                if (requestMore) {
                    armReadTimeout();
                    upstream.request(1);
                }
                if (empty && seenEnd != null && seenEnd != Ended.SIGNALLED && seenEnd != FALLBACK && !cancelled) {
                    end = Ended.SIGNALLED;
                    finish(seenEnd);
                }
            } while (wip.decrementAndGet() != 0);
        }

        private void finish(Object how) {
            if (how == StreamEvents.DONE) {
                if (!settled.compareAndSet(false, true)) return;
                api.complete(jobId, JobStatus.COMPLETED, null).whenComplete((completion, error) -> {
                    if (error != null) downstream.onError(AsyncJobApi.unwrap(error));
                    else downstream.onComplete();
                });
            } else {
                fail((Throwable) how);
            }
        }

        /** Fails the job (once) and then signals {@code failure}; before any job exists, just signals. */
        private void fail(Throwable failure) {
            if (jobId == null || !settled.compareAndSet(false, true)) {
                terminate(failure);
                return;
            }
            String message = OpenJob.errorMessage(client, failure);
            api.complete(jobId, JobStatus.FAILED, message).whenComplete((completion, error) -> {
                if (error != null && error != failure) failure.addSuppressed(AsyncJobApi.unwrap(error));
                terminate(failure);
            });
        }

        private final AtomicBoolean terminated = new AtomicBoolean();

        private void terminate(Throwable failure) {
            if (!cancelled && terminated.compareAndSet(false, true)) downstream.onError(failure);
        }
    }

    /** Marks an end already signalled. */
    private enum Ended { SIGNALLED }

    /** The body ended in the stream defect; the fallback call sets the real end. */
    private static final Object FALLBACK = new Object();
}
