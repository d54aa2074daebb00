package dev.saasllm.internal.job;

import dev.saasllm.CallInfo;
import dev.saasllm.CallOptions;
import dev.saasllm.ChatMessage;
import dev.saasllm.ChatResponse;
import dev.saasllm.InvalidOutputException;
import dev.saasllm.JobCompletion;
import dev.saasllm.JobInfo;
import dev.saasllm.JobStatus;
import dev.saasllm.internal.http.Pipeline;
import dev.saasllm.internal.wire.ResponseFormat;
import dev.saasllm.internal.wire.Wire;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One job, from its creation to its single settlement: every shape of call goes through here. It
 * counts the calls, keeps what is in flight so that a cancel or a closing client can stop it,
 * settles exactly once ({@code completed} by its owner, {@code failed} from any exit) with its
 * failure as {@code error_message}, and tells the listeners about all of it.
 */
final class Lifecycle {
    private static final Logger LOG = System.getLogger("dev.saasllm.jobs");

    private final JobEngine engine;
    private final JobInfo info;
    private final long startNanos = System.nanoTime();
    private final AtomicBoolean settled = new AtomicBoolean();
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    /** What stops the work in flight: cancelling requests, closing streams. */
    private final Set<Runnable> stops = ConcurrentHashMap.newKeySet();
    /** The streamed calls in flight, by the stop their {@link StreamedCall} opened them with. */
    private final Map<Runnable, CallInfo> streams = new ConcurrentHashMap<>();

    private Lifecycle(JobEngine engine, JobInfo info) {
        this.engine = engine;
        this.info = info;
    }

    /** Creates a job on the server and registers it with the client as open; the budget guard may refuse first. */
    static Lifecycle open(JobEngine engine, String jobType, String source, String userId, Map<String, Object> metadata) {
        engine.checkOpen();
        engine.checkBudget();
        String jobId = engine.pipeline().createJob(new Wire.CreateJob(engine.teamId(), jobType, userId, metadata),
                engine.retryPolicy(null));
        Object fingerprint = metadata == null ? null : metadata.get(JobMetadata.FINGERPRINT);
        Lifecycle job = new Lifecycle(engine, new JobInfo(jobId, jobType, source, (String) fingerprint));
        LOG.log(Level.DEBUG, () -> "Opened job " + jobId + " of type " + jobType + " for " + source);
        engine.listeners().created(job.info);
        engine.opened(job);
        return job;
    }

    JobInfo info() { return info; }
    String id() { return info.jobId(); }
    boolean settled() { return settled.get(); }
    int calls() { return calls.get(); }
    Duration elapsed() { return Duration.ofNanos(System.nanoTime() - startNanos); }

    void checkOpen() {
        if (settled.get()) {
            throw new IllegalStateException("Job " + id() + " (" + info.source() + ") is already settled; "
                    + "a call needs an open job. Make calls inside the flow or before completing the scope.");
        }
    }

    /** One LLM call in this job, stoppable while in flight and reported to the listeners. */
    ChatResponse call(List<ChatMessage> conversation, CallOptions options, ResponseFormat format, Cancel cancel) {
        checkOpen();
        Wire.Call body = body(conversation, options, format);
        CallInfo call = new CallInfo(calls.incrementAndGet(), body.model(), false, body.messages());
        Pipeline.Handle handle = handle(call);
        Runnable stop = handle::cancel;
        begin(stop, cancel);
        engine.listeners().callStarted(info, call);
        ChatResponse response;
        try {
            response = engine.pipeline().call(id(), body, engine.retryPolicy(options), engine.callTimeout(options), handle);
        } catch (RuntimeException | Error e) {
            end(stop, cancel);
            engine.listeners().callFailed(info, call, e);
            throw e;
        }
        end(stop, cancel);
        engine.listeners().callFinished(info, call, response);
        return response;
    }

    /**
     * Opens a streamed call in this job; it counts as in flight until {@link #streamEnded}, and
     * {@code stop} names it to {@link #firstToken} and {@link #streamEnded}.
     */
    Pipeline.Chunks openStream(List<ChatMessage> conversation, CallOptions options, ResponseFormat format, Cancel cancel,
                               Runnable stop) {
        checkOpen();
        Wire.Call body = body(conversation, options, format);
        CallInfo call = new CallInfo(calls.incrementAndGet(), body.model(), true, body.messages());
        Pipeline.Handle handle = handle(call);
        Runnable stopOpening = handle::cancel;
        begin(stop, cancel);
        stops.add(stopOpening);
        engine.listeners().callStarted(info, call);
        try {
            Pipeline.Chunks chunks = engine.pipeline().openStream(id(), body, engine.retryPolicy(options), handle);
            streams.put(stop, call);
            return chunks;
        } catch (RuntimeException | Error e) {
            end(stop, cancel);
            engine.listeners().callFailed(info, call, e);
            throw e;
        } finally {
            stops.remove(stopOpening);
        }
    }

    /** The first text of the streamed call opened with {@code stop} arrived. */
    void firstToken(Runnable stop) {
        CallInfo call = streams.get(stop);
        if (call != null) engine.listeners().firstToken(info, call);
    }

    /**
     * A streamed call ended: with its answer when it has one, else with {@code failure} (null: the
     * stream failed and the fallback made the call unstreamed, as a call of its own).
     */
    void streamEnded(Runnable stop, Cancel cancel, ChatResponse response, Throwable failure) {
        end(stop, cancel);
        CallInfo call = streams.remove(stop);
        if (call == null) return;
        if (response != null) {
            engine.listeners().callFinished(info, call, response);
        } else {
            engine.listeners().callFailed(info, call, failure != null ? failure : new IllegalStateException(
                    "The per-job stream failed before any text; the call was made again unstreamed"));
        }
    }

    /** An answer of this job could not be read and is asked for again. */
    void reasked(InvalidOutputException problem) {
        engine.listeners().reasked(info, problem);
    }

    /** The call's handle, telling the listeners of each retried attempt. */
    private Pipeline.Handle handle(CallInfo call) {
        return new Pipeline.Handle(failure -> engine.listeners().callRetried(info, call, failure));
    }

    private Wire.Call body(List<ChatMessage> conversation, CallOptions options, ResponseFormat format) {
        return new Wire.Call(engine.resolveModel(options), conversation, options, format);
    }

    private void begin(Runnable stop, Cancel cancel) {
        inFlight.incrementAndGet();
        stops.add(stop);
        if (cancel != null) cancel.onCancel(stop);
    }

    private void end(Runnable stop, Cancel cancel) {
        stops.remove(stop);
        if (cancel != null) cancel.done(stop);
        inFlight.decrementAndGet();
    }

    /** Work of this job running on another thread (an asynchronous call): the owner may not settle meanwhile. */
    void asyncStarted() { inFlight.incrementAndGet(); }

    void asyncEnded() { inFlight.decrementAndGet(); }

    /**
     * Completes the job {@code completed}. Calls still in flight make it fail instead: their
     * answers would be lost and the job charged for them.
     */
    JobCompletion complete(Map<String, ?> metadata) {
        int pending = inFlight.get();
        if (pending > 0) {
            IllegalStateException e = new IllegalStateException(pending + " call(s) of job " + id()
                    + " were still running when " + info.source() + " ended; join their futures and finish their streams "
                    + "before returning. The job was completed 'failed'.");
            fail(e);
            throw e;
        }
        if (!settled.compareAndSet(false, true)) {
            throw new IllegalStateException("Job " + id() + " is already settled; a job is completed exactly once.");
        }
        JobCompletion completion;
        try {
            // No fail() if this throws: the complete may have reached the server, and a second would toggle the charge.
            completion = engine.pipeline().settle(id(), JobStatus.COMPLETED, metadata, null);
        } finally {
            engine.settled(this);
        }
        LOG.log(Level.DEBUG, () -> "Completed job " + id() + " (" + info.source() + ")");
        engine.listeners().completed(info, completion);
        return completion;
    }

    /** Completes the job {@code failed} unless it is settled already; never throws. */
    JobCompletion fail(Throwable cause) {
        if (!settled.compareAndSet(false, true)) return null;
        return settleFailed(cause);
    }

    private JobCompletion settleFailed(Throwable cause) {
        JobCompletion completion = null;
        try {
            completion = engine.pipeline().settle(id(), JobStatus.FAILED, null, errorMessage(cause));
            LOG.log(Level.DEBUG, () -> "Failed job " + id() + " (" + info.source() + "): " + cause.getClass().getSimpleName());
        } catch (Throwable completionFailure) {
            if (completionFailure != cause) cause.addSuppressed(completionFailure);
            LOG.log(Level.WARNING, () -> "Could not complete job " + id() + " as failed: " + completionFailure.getClass().getSimpleName());
        } finally {
            engine.settled(this);
        }
        engine.listeners().failed(info, cause, completion);
        return completion;
    }

    /** From any thread: stops what is in flight and fails the job with {@code cause}. */
    void abort(Throwable cause) {
        // Claimed before anything is stopped: the stopped work fails with its own exception (a cancelled
        // request, a closed stream) on its own thread, and must not settle the job with that instead.
        if (!settled.compareAndSet(false, true)) return;
        for (Runnable stop : stops) stop.run();
        settleFailed(cause);
    }

    /** The {@code error_message} for a failure: its type and message, redacted ({@link Wire.Complete} cuts it to fit). */
    String errorMessage(Throwable failure) {
        String message = failure.getMessage();
        String text = message == null || message.isBlank()
                ? failure.getClass().getName()
                : failure.getClass().getSimpleName() + ": " + message;
        return engine.pipeline().redact(text);
    }
}
