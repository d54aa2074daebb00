package dev.saasllm;

import dev.saasllm.internal.FlowMethod;
import dev.saasllm.internal.Invocation;
import dev.saasllm.internal.JobRunner;
import dev.saasllm.internal.PromptMethod;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Makes calls in a job that is already open (a flow's or a {@link JobScope}'s) and never settles
 * it: its owner does. A flow called through it joins the job.
 */
final class BoundJobRunner implements JobRunner {
    private final OpenJob job;

    BoundJobRunner(OpenJob job) {
        this.job = job;
    }

    @Override
    public <T> T run(PromptMethod<T> method, List<ChatMessage> messages) {
        return runForResult(method, Invocation.of(messages)).value();
    }

    @Override
    public <T> JobResult<T> runForResult(PromptMethod<T> method, Invocation invocation) {
        job.checkOpen();
        SaasLlmClient client = job.client();
        long start = System.nanoTime();
        CallOptions options = options(method, invocation);
        ResponseFormat format = DefaultJobRunner.format(method);
        // An unreadable structured answer is asked for again in this job (Reasks), each call reported.
        int reasks = method.structured() ? client.maxReasks(options) : 0;
        Reasks.Answer<T> answer = Reasks.callAndRead(job.id(), method.qualifiedName(), method.reader(), reasks,
                invocation.messages(), conversation -> job.call(conversation, options, format));
        return inJob(answer.value(), answer.response(), start);
    }

    @Override
    public <T> CompletableFuture<T> runAsync(PromptMethod<T> method, Invocation invocation) {
        return async(method, invocation, JobResult::value);
    }

    @Override
    public <T> CompletableFuture<JobResult<T>> runForResultAsync(PromptMethod<T> method, Invocation invocation) {
        return async(method, invocation, Function.identity());
    }

    @Override
    public <T> T flow(FlowMethod flow, Invocation invocation, Function<JobRunner, T> body) {
        job.checkOpen();
        return body.apply(this);
    }

    /**
     * One call in the job on OkHttp's dispatcher, retried and re-asked as a blocking one is
     * ({@link AsyncCall}). Cancelling cancels the HTTP call or ends a retry wait; the job stays
     * open for its owner, who decides.
     */
    private <T, R> CompletableFuture<R> async(PromptMethod<T> method, Invocation invocation, Function<JobResult<T>, R> map) {
        job.checkOpen();
        SaasLlmClient client = job.client();
        CallOptions options = options(method, invocation);
        client.resolveModel(options);
        long start = System.nanoTime();
        int reasks = method.structured() ? client.maxReasks(options) : 0;
        AtomicReference<AsyncCall<T>> call = new AtomicReference<>();
        JobFuture<R> future = new JobFuture<>(() -> {
            call.get().stop();
            return true;
        });
        // Counted in flight until the last attempt or re-ask ends, so the owner cannot settle the job meanwhile.
        job.callStarted();
        call.set(new AsyncCall<>(client, job.info(), method.qualifiedName(), method.reader(), options,
                DefaultJobRunner.format(method), reasks, invocation.messages(), (answer, failure) -> {
                    job.callEnded();
                    if (failure != null) {
                        future.completeExceptionally(failure);
                        return;
                    }
                    try {
                        future.complete(map.apply(inJob(answer.value(), answer.response(), start)));
                    } catch (Throwable e) {
                        future.completeExceptionally(e);
                    }
                }));
        call.get().start();
        return future;
    }

    private <T> JobResult<T> inJob(T value, ChatResponse response, long startNanos) {
        long tokens = response.totalTokens() == null ? 0 : response.totalTokens();
        return new JobResult<>(value, job.id(), tokens, Duration.ofNanos(System.nanoTime() - startNanos), null,
                job.calls(), 0.0, null);
    }

    /**
     * The method's options under the call's; the method name as {@code purpose} so the job's calls
     * tell apart; metadata parameters as {@code call_metadata}, since the job is open already.
     */
    private static CallOptions options(PromptMethod<?> method, Invocation invocation) {
        CallOptions options = method.options().overriddenBy(invocation.options());
        if (options.purpose() == null || !invocation.metadata().isEmpty()) {
            CallOptions.Builder b = options.toBuilder();
            if (options.purpose() == null) b.purpose(method.method());
            if (!invocation.metadata().isEmpty()) {
                Map<String, Object> merged = new LinkedHashMap<>(invocation.metadata());
                if (options.metadata() != null) merged.putAll(options.metadata());
                b.metadata(merged);
            }
            options = b.build();
        }
        return options;
    }
}
