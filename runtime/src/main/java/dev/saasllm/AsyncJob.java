package dev.saasllm;

import dev.saasllm.internal.Invocation;
import dev.saasllm.internal.PromptMethod;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import okhttp3.ResponseBody;
import retrofit2.Call;

/**
 * One job of one asynchronous call: create, call and complete chained on OkHttp callbacks, so no
 * thread waits. Cancelling cancels the call in flight and completes the job {@code failed}; the
 * create request is let through, since only its answer tells which job to fail.
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
    private volatile Call<ResponseBody> inFlight;
    private volatile JobInfo job;
    /** Attempts of the LLM call so far, and the failure of the last one, for the retry policy. */
    private final AtomicInteger attempts = new AtomicInteger();
    private volatile SaasLlmException lastFailure;

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
            AsyncHttp.enqueue(client, client.api().createJob(WireRequests.createJob(client.teamId(), method.jobType(),
                    invocation.userId(), metadata)), JobsApi.CREATE, null, job::created);
        } catch (Throwable e) {
            job.future.completeExceptionally(e);
        }
        return job.future;
    }

    private boolean stop() {
        if (!state.compareAndSet(RUNNING, CANCELLED)) return false;
        Call<ResponseBody> call = inFlight;
        if (call != null) call.cancel();
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
        if (state.get() == CANCELLED) {
            fail(cancelled(), null);
            return;
        }
        sendCall();
    }

    // One attempt of the LLM call; a retry comes back here after its delay, on no waiting thread.
    private void sendCall() {
        if (state.get() == CANCELLED) {
            fail(lastFailure == null ? cancelled() : cancelled(lastFailure), null);
            return;
        }
        attempts.incrementAndGet();
        Call<ResponseBody> call = client.api().llmCall(job.jobId(), WireRequests.llmCall(client.resolveModel(options),
                invocation.messages(), options, DefaultJobRunner.format(method)));
        java.time.Duration timeout = client.callTimeout(options);
        if (timeout != null) call.timeout().timeout(timeout.toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS);
        inFlight = call;
        if (state.get() == CANCELLED) call.cancel(); // cancelled between the check and the assignment
        AsyncHttp.enqueue(client, call, JobsApi.LLM_CALL, job.jobId(), this::answered);
    }

    /** Schedules another attempt when the policy allows one for this failure; false to give up. */
    private boolean retried(Throwable failure) {
        if (!(failure instanceof SaasLlmException f) || state.get() != RUNNING) return false;
        RetryPolicy policy = client.retryPolicy(options);
        int n = attempts.get();
        if (n >= policy.maxAttempts() || !Retries.retryable(policy, Retries.Kind.REPEATABLE, f)) return false;
        java.time.Duration delay = policy.delayBefore(n, f);
        if (delay == null) return false;
        if (lastFailure != null) f.addSuppressed(lastFailure);
        lastFailure = f;
        CompletableFuture.delayedExecutor(delay.toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS).execute(this::sendCall);
        return true;
    }

    private void answered(AsyncHttp.Answer answer, Throwable failure) {
        if (failure != null && retried(failure)) return;
        if (failure != null && lastFailure != null && failure != lastFailure) failure.addSuppressed(lastFailure);
        if (failure != null) {
            fail(state.get() == CANCELLED ? cancelled(failure) : failure, failure);
            return;
        }
        ChatResponse response;
        T value;
        try {
            response = WireResponses.chat(answer.body(), JobsApi.LLM_CALL, job.jobId(), answer.status());
            client.listeners().callFinished(job, response);
            value = SaasLlmClient.readAnswer(method.reader(), response, job.jobId());
        } catch (Throwable e) {
            fail(e, e);
            return;
        }
        if (!state.compareAndSet(RUNNING, COMPLETING)) {
            fail(cancelled(), null);
            return;
        }
        AsyncHttp.enqueue(client, client.api().complete(job.jobId(), WireRequests.complete(JobStatus.COMPLETED, null, null)),
                JobsApi.COMPLETE, job.jobId(), (done, completionFailure) -> {
                    if (completionFailure != null) {
                        // Not failed in turn: the complete may have reached the server (and charged).
                        future.completeExceptionally(completionFailure);
                        return;
                    }
                    try {
                        JobCompletion completion = WireResponses.completion(done.body(), JobsApi.COMPLETE, job.jobId(), done.status());
                        client.listeners().completed(job, completion);
                        future.complete(map.apply(DefaultJobRunner.result(value, response, completion, startNanos)));
                    } catch (Throwable e) {
                        future.completeExceptionally(e);
                    }
                });
    }

    /** Completes the job {@code failed}, then the future with {@code failure} (unless it was cancelled). */
    private void fail(Throwable cause, Throwable failure) {
        String errorMessage = OpenJob.errorMessage(client, cause);
        Call<ResponseBody> complete = client.api().complete(job.jobId(), WireRequests.complete(JobStatus.FAILED, null, errorMessage));
        AsyncHttp.enqueue(client, complete, JobsApi.COMPLETE, job.jobId(), (done, completionFailure) -> {
            JobCompletion completion = null;
            if (completionFailure != null && client.isClosed()) {
                // The dispatcher refuses work once the client is closed; the job must settle all the same.
                try {
                    completion = client.settle(job.jobId(), JobStatus.FAILED, null, errorMessage);
                    completionFailure = null;
                } catch (Throwable e) {
                    completionFailure = e;
                }
            } else if (completionFailure == null) {
                try {
                    completion = WireResponses.completion(done.body(), JobsApi.COMPLETE, job.jobId(), done.status());
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
