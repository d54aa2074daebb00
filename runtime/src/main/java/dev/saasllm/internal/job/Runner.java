package dev.saasllm.internal.job;

import dev.saasllm.CallInfo;
import dev.saasllm.CallOptions;
import dev.saasllm.InvalidOutputException;
import dev.saasllm.JobCompletion;
import dev.saasllm.JobInfo;
import dev.saasllm.JobResult;
import dev.saasllm.PartialConsumer;
import dev.saasllm.PartialJson;
import dev.saasllm.SaasLlmException;
import dev.saasllm.TokenConsumer;
import dev.saasllm.internal.FlowMethod;
import dev.saasllm.internal.Invocation;
import dev.saasllm.internal.JobRunner;
import dev.saasllm.internal.PartialReader;
import dev.saasllm.internal.PromptMethod;
import dev.saasllm.internal.Pull;
import dev.saasllm.internal.wire.Wire;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.lang.ref.Cleaner;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The one {@link JobRunner}: every call style over one of two job sources. Without a bound job each
 * call opens its own job (or takes one {@code create-and-call} round trip) and settles it; bound to
 * a job (a {@code JobScope}'s or a {@code @JobFlow}'s) it makes its calls there and leaves settling
 * to the owner. Asynchronous calls run the blocking path on the client's executor.
 */
final class Runner implements JobRunner {
    private static final Logger LOG = System.getLogger("dev.saasllm.jobs");
    private static final Cleaner CLEANER = Cleaner.create();

    private final JobEngine engine;
    /** The job every call goes into; null: a new job per call. */
    private final Lifecycle bound;

    Runner(JobEngine engine, Lifecycle bound) {
        this.engine = engine;
        this.bound = bound;
    }

    // ---------------------------------------------------------------- blocking and asynchronous

    @Override
    public <T> T run(PromptMethod<T> method, Invocation invocation) {
        return call(method, invocation, null).value();
    }

    @Override
    public <T> JobResult<T> runForResult(PromptMethod<T> method, Invocation invocation) {
        return call(method, invocation, null);
    }

    @Override
    public <T> CompletableFuture<T> runAsync(PromptMethod<T> method, Invocation invocation) {
        Cancel cancel = new Cancel();
        return async(() -> call(method, invocation, cancel).value(), cancel);
    }

    @Override
    public <T> CompletableFuture<JobResult<T>> runForResultAsync(PromptMethod<T> method, Invocation invocation) {
        Cancel cancel = new Cancel();
        return async(() -> call(method, invocation, cancel), cancel);
    }

    /** The blocking call on the client's executor; a bound job counts it in flight until it ends. */
    private <R> CompletableFuture<R> async(java.util.function.Supplier<R> work, Cancel cancel) {
        java.util.function.Supplier<R> cancellable = () -> {
            cancel.running();
            try {
                return work.get();
            } finally {
                cancel.ended();
            }
        };
        if (bound == null) return engine.async(cancellable, cancel::cancel);
        bound.checkOpen();
        bound.asyncStarted();
        try {
            return engine.async(() -> {
                try {
                    return cancellable.get();
                } finally {
                    bound.asyncEnded();
                }
            }, cancel::cancel);
        } catch (RuntimeException | Error e) {
            bound.asyncEnded();
            throw e;
        }
    }

    private <T> JobResult<T> call(PromptMethod<T> method, Invocation invocation, Cancel cancel) {
        CallOptions options = checked(options(method, invocation));
        int maxReasks = method.structured() ? engine.maxReasks(options) : 0;
        long start = System.nanoTime();
        if (bound != null) {
            Answers.Answer<T> answer = Answers.callAndRead(bound, method, options, maxReasks, invocation.messages(), cancel);
            return Answers.result(answer.value(), answer.response(), bound.id(), null, bound.calls(), start);
        }
        // Asynchronous calls take three steps: a cancel can then fail the job they opened.
        if (cancel == null && engine.oneRoundTrip(method.structured())) {
            JobResult<T> result = oneRoundTrip(method, invocation, options, start);
            if (result != null) return result;
        }
        Lifecycle job = open(method, invocation, cancel);
        Answers.Answer<T> answer;
        try {
            answer = Answers.callAndRead(job, method, options, maxReasks, invocation.messages(), cancel);
            if (cancel != null && !cancel.completing()) throw new CancellationException("Cancelled by the caller");
        } catch (Throwable failure) {
            job.fail(cancel == null ? failure : cancel.cause(failure));
            throw failure;
        }
        // Outside the try on purpose: if completing `completed` fails, that failure is thrown and the
        // job is not completed again as `failed`. The first complete may have reached the server (and
        // charged the credit) with only its answer lost; a second complete would toggle the charge.
        JobCompletion completion = job.complete(null);
        return Answers.result(answer.value(), answer.response(), job.id(), completion, 1, start);
    }

    /**
     * One round trip: {@code create-and-call}. The server creates, calls and completes the job
     * itself, so the client never settles it; null when the server has no such endpoint.
     */
    private <T> JobResult<T> oneRoundTrip(PromptMethod<T> method, Invocation invocation, CallOptions options, long start) {
        engine.checkOpen();
        engine.checkBudget();
        Wire.CreateAndCall request = new Wire.CreateAndCall(
                new Wire.CreateJob(engine.teamId(), method.jobType(), invocation.userId(), metadata(method, invocation)),
                new Wire.Call(engine.resolveModel(options), invocation.messages(), options, Answers.format(method)));
        Wire.OneCall answer;
        try {
            answer = engine.pipeline().createAndCall(request, engine.retryPolicy(options), engine.callTimeout(options));
        } catch (SaasLlmException e) {
            // The server settled the job (500: failed) or never opened it; its id is not in the answer.
            engine.listeners().failed(new JobInfo(e.jobId(), method.jobType(), method.qualifiedName(), method.fingerprint()), e, null);
            throw e;
        }
        if (answer == null) return null;
        JobCompletion completion = answer.completion();
        JobInfo job = new JobInfo(completion.jobId(), method.jobType(), method.qualifiedName(), method.fingerprint());
        engine.listeners().created(job);
        engine.listeners().callFinished(job, new CallInfo(1, request.call().model(), false, request.call().messages()), answer.response());
        // The job is completed (and charged) before the answer is read: an answer that does not fit
        // is thrown, but the client cannot fail a completed job.
        engine.listeners().completed(job, completion);
        T value;
        try {
            value = Answers.read(method.reader(), answer.response(), completion.jobId());
        } catch (InvalidOutputException e) {
            LOG.log(Level.WARNING, () -> "Job " + completion.jobId() + " (" + method.qualifiedName() + ") was completed "
                    + "by the server before its answer turned out not to fit: it is charged. Use CreateAndCall.TEXT_ONLY "
                    + "to have such jobs failed instead.");
            throw e;
        }
        return Answers.result(value, answer.response(), completion.jobId(), completion, 1, start);
    }

    // ---------------------------------------------------------------- streamed

    @Override
    public <T> T runStreaming(PromptMethod<T> method, Invocation invocation, TokenConsumer tokens) {
        Objects.requireNonNull(tokens, "tokens");
        return consume(startStream(method, invocation), tokens);
    }

    /**
     * Streams a record's JSON, handing each changed snapshot made by {@code snapshots} to
     * {@code partials}; returns the record parsed strictly at the end. Each token re-reads the text
     * so far: answers are small. A snapshot that cannot be made is skipped; a re-asked answer's
     * snapshots start over.
     */
    @Override
    public <T> T runStreaming(PromptMethod<T> method, Invocation invocation, PartialReader<T> snapshots,
                              PartialConsumer<? super T> partials) {
        Objects.requireNonNull(snapshots, "snapshots");
        Objects.requireNonNull(partials, "partials");
        StringBuilder text = new StringBuilder();
        Object[] last = {null};
        StreamedCall<T> call = startStream(method, invocation);
        call.onRestart(() -> {
            text.setLength(0);
            last[0] = null;
        });
        return consume(call, token -> {
            text.append(token);
            T snapshot;
            try {
                snapshot = snapshots.snapshot(PartialJson.parseForSnapshot(text));
            } catch (RuntimeException rejected) {
                return;
            }
            if (snapshot == null || snapshot.equals(last[0])) return;
            last[0] = snapshot;
            partials.accept(snapshot);
        });
    }

    /** Hands every token to {@code consumer}; a consumer that throws ends the call (and fails an owned job). */
    private static <T> T consume(StreamedCall<T> call, TokenConsumer consumer) {
        for (String token; (token = call.next()) != null; ) {
            try {
                consumer.accept(token);
            } catch (Throwable consumerFailure) {
                call.failed(consumerFailure);
                throw consumerFailure;
            }
        }
        return call.finish();
    }

    @Override
    public Stream<String> stream(PromptMethod<String> method, Invocation invocation) {
        StreamedCall<String> call = startStream(method, invocation);
        Iterator<String> iterator = Pull.iterator(() -> {
            String token = call.next();
            if (token == null) call.finish();
            return token;
        });
        // A safety net for a stream dropped without close(): once nothing can pull tokens any more
        // (the iterator is what both the stream and its iterator() reach), the call is closed and an
        // owned job failed. The action holds the call, never the iterator.
        CLEANER.register(iterator, call::close);
        return Pull.stream(iterator, call::close);
    }

    @Override
    public Flow.Publisher<String> publish(PromptMethod<String> method, Invocation invocation) {
        return new TokenPublisher(engine, method.qualifiedName(), () -> startStream(method, invocation));
    }

    private <T> StreamedCall<T> startStream(PromptMethod<T> method, Invocation invocation) {
        CallOptions options = checked(options(method, invocation));
        Lifecycle job = bound != null ? bound : open(method, invocation, null);
        return StreamedCall.start(engine, job, bound == null, method, options, invocation.messages(), null);
    }

    // ---------------------------------------------------------------- flows

    @Override
    public <T> T flow(FlowMethod flow, Invocation invocation, Function<JobRunner, T> body) {
        if (bound != null) {
            // A flow called inside a job joins it.
            bound.checkOpen();
            return body.apply(this);
        }
        Lifecycle job = Lifecycle.open(engine, flow.jobType(), flow.qualifiedName(), invocation.userId(),
                JobMetadata.of(flow.qualifiedName(), flow.fingerprint(), flow.metadata(), invocation.metadata()));
        T result;
        try {
            result = body.apply(new Runner(engine, job));
        } catch (Throwable failure) {
            job.fail(failure);
            throw failure;
        }
        job.complete(null);
        LOG.log(Level.DEBUG, () -> "Flow " + flow.qualifiedName() + " done in job " + job.id());
        return result;
    }

    // ---------------------------------------------------------------- where the job comes from

    /** A new job for one call; with a {@code cancel}, a cancel that came first fails it at once. */
    private Lifecycle open(PromptMethod<?> method, Invocation invocation, Cancel cancel) {
        if (cancel != null) {
            cancel.check();
            cancel.creating(true);
        }
        Lifecycle job;
        try {
            job = Lifecycle.open(engine, method.jobType(), method.qualifiedName(), invocation.userId(),
                    metadata(method, invocation));
        } finally {
            if (cancel != null) cancel.creating(false);
        }
        if (cancel != null) {
            try {
                cancel.opened();
            } catch (CancellationException e) {
                job.fail(e);
                throw e;
            }
        }
        return job;
    }

    /**
     * {@code options}, once they proved sendable: a missing model, or a model or purpose too long for
     * the server's column, fails here, before a job exists. (A job type or user id that does not fit
     * fails when the job is created, before anything is sent: {@link Wire.CreateJob}.)
     */
    private CallOptions checked(CallOptions options) {
        Wire.check(engine.resolveModel(options), options);
        return options;
    }

    private static Map<String, Object> metadata(PromptMethod<?> method, Invocation invocation) {
        return JobMetadata.of(method.qualifiedName(), method.fingerprint(), method.metadata(), invocation.metadata());
    }

    /**
     * The method's options under the call's. In a bound job the method name becomes the default
     * {@code purpose} so the job's calls tell apart, and metadata parameters go on the call
     * ({@code call_metadata}), since the job is open already.
     */
    private CallOptions options(PromptMethod<?> method, Invocation invocation) {
        CallOptions options = method.options().overriddenBy(invocation.options());
        if (bound == null || (options.purpose() != null && invocation.metadata().isEmpty())) return options;
        CallOptions.Builder b = options.toBuilder();
        if (options.purpose() == null) b.purpose(method.method());
        if (!invocation.metadata().isEmpty()) {
            Map<String, Object> merged = new LinkedHashMap<>(invocation.metadata());
            if (options.metadata() != null) merged.putAll(options.metadata());
            b.metadata(merged);
        }
        return b.build();
    }
}
