package dev.saasllm;

import dev.saasllm.internal.Invocation;
import dev.saasllm.internal.PromptMethod;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * One job of one asynchronous call: create, call and complete chained on OkHttp callbacks, so no
 * thread waits. Each step is retried, and the answer re-asked, under the same rules as the
 * blocking path ({@link AsyncRetry}, {@link AsyncCall}, {@link AsyncSettle}); a wait schedules the
 * next attempt. Cancelling cancels the call in flight (or ends a wait) and completes the job
 * {@code failed}; a create in flight is let through, since only its answer tells which job to
 * fail, but one waiting to be repeated is not (its failure proved no job was opened).
 */
final class AsyncJob<T, R> {
    private static final int RUNNING = 0, COMPLETING = 1, CANCELLED = 2;

    private final SaasLlmClient client;
    private final PromptMethod<T> method;
    private final Invocation invocation;
    private final CallOptions options;
    private final Function<JobResult<T>, R> map;
    private final AtomicInteger state = new AtomicInteger(RUNNING);
    private final long startNanos = System.nanoTime();
    private final JobFuture<R> future = new JobFuture<>(this::stop);
    private volatile AsyncRetry createRetry;
    private volatile AsyncCall<T> call;
    private volatile JobInfo job;

    private AsyncJob(SaasLlmClient client, PromptMethod<T> method, Invocation invocation, Function<JobResult<T>, R> map) {
        this.client = client;
        this.method = method;
        this.invocation = invocation;
        this.options = method.options().overriddenBy(invocation.options());
        this.map = map;
    }

    static <T, R> CompletableFuture<R> start(SaasLlmClient client, PromptMethod<T> method, Invocation invocation,
                                            Function<JobResult<T>, R> map) {
        AsyncJob<T, R> job = new AsyncJob<>(client, method, invocation, map);
        try {
            // Resolved first so that a missing model fails before a job exists.
            client.resolveModel(job.options);
            Map<String, Object> metadata = JobMetadata.of(method.qualifiedName(), method.fingerprint(), method.metadata(),
                    invocation.metadata());
            okhttp3.RequestBody body = WireRequests.createJob(client.teamId(), method.jobType(), invocation.userId(), metadata);
            // Repeated only when the server provably did nothing (429, refused), so never a second job.
            job.createRetry = new AsyncRetry(client.retryPolicy(null), Retries.Kind.ONCE_ONLY, JobsApi.CREATE, null,
                    attempt -> AsyncHttp.enqueue(client, client.api().createJob(body), JobsApi.CREATE, null, attempt),
                    () -> job.state.get() == CANCELLED, job::created);
            job.createRetry.start();
        } catch (Throwable e) {
            job.future.completeExceptionally(e);
        }
        return job.future;
    }

    private boolean stop() {
        if (!state.compareAndSet(RUNNING, CANCELLED)) return false;
        AsyncRetry create = createRetry;
        if (create != null) create.interruptWait();
        AsyncCall<T> c = call;
        if (c != null) c.stop();
        return true;
    }

    private void created(AsyncHttp.Answer answer, Throwable failure) {
        if (failure != null) {
            future.completeExceptionally(failure);
            return;
        }
        String jobId;
        try {
            jobId = WireResponses.createdJobId(answer.body(), JobsApi.CREATE, answer.status());
        } catch (Throwable e) {
            future.completeExceptionally(e);
            return;
        }
        job = new JobInfo(jobId, method.jobType(), method.qualifiedName());
        client.listeners().created(job);
        // An unreadable structured answer is asked for again in this job, as on the blocking path.
        int reasks = method.structured() ? client.maxReasks(options) : 0;
        AsyncCall<T> c = new AsyncCall<>(client, job, method.qualifiedName(), method.reader(), options,
                DefaultJobRunner.format(method), reasks, invocation.messages(), this::answered);
        call = c;
        if (state.get() == CANCELLED) {
            fail(cancelled(), null);
            return;
        }
        c.start();
        if (state.get() == CANCELLED) c.stop(); // cancelled while starting
    }

    private void answered(Reasks.Answer<T> answer, Throwable failure) {
        if (failure != null) {
            fail(state.get() == CANCELLED ? cancelled(failure) : failure, failure);
            return;
        }
        if (!state.compareAndSet(RUNNING, COMPLETING)) {
            fail(cancelled(), null);
            return;
        }
        AsyncSettle.settle(client, job.jobId(), JobStatus.COMPLETED, null, null, (completion, completionFailure) -> {
            if (completionFailure != null) {
                // Not failed in turn: the complete may have reached the server (and charged).
                future.completeExceptionally(completionFailure);
                return;
            }
            try {
                client.listeners().completed(job, completion);
                future.complete(map.apply(DefaultJobRunner.result(answer.value(), answer.response(), completion, startNanos)));
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        });
    }

    /** Completes the job {@code failed}, then the future with {@code failure} (unless it was cancelled). */
    private void fail(Throwable cause, Throwable failure) {
        String errorMessage = OpenJob.errorMessage(client, cause);
        AsyncSettle.settle(client, job.jobId(), JobStatus.FAILED, null, errorMessage, (settled, settleFailure) -> {
            JobCompletion completion = settled;
            Throwable completionFailure = settleFailure;
            if (completionFailure != null && client.isClosed()) {
                // The dispatcher refuses work once the client is closed; the job must settle all the same.
                try {
                    completion = client.settle(job.jobId(), JobStatus.FAILED, null, errorMessage);
                    completionFailure = null;
                } catch (Throwable e) {
                    completionFailure = e;
                }
            }
            if (completionFailure != null && completionFailure != cause) cause.addSuppressed(completionFailure);
            client.listeners().failed(job, cause, completion);
            if (failure != null && state.get() != CANCELLED) future.completeExceptionally(failure);
        });
    }

    private CancellationException cancelled() {
        return new CancellationException("Cancelled by the caller");
    }

    private CancellationException cancelled(Throwable failure) {
        CancellationException e = cancelled();
        e.addSuppressed(failure);
        return e;
    }
}
