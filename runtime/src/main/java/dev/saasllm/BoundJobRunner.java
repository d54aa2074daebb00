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
import java.util.function.Function;
import okhttp3.ResponseBody;
import retrofit2.Call;

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
                invocation.messages(), conversation -> {
                    ChatResponse response;
                    job.callStarted();
                    try {
                        response = client.call(job.id(), conversation, options, format);
                    } finally {
                        job.callEnded();
                    }
                    client.listeners().callFinished(job.info(), response);
                    return response;
                });
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
     * One call in the job on OkHttp's dispatcher. Cancelling cancels the HTTP call; the job stays
     * open for its owner, who decides.
     */
    private <T, R> CompletableFuture<R> async(PromptMethod<T> method, Invocation invocation, Function<JobResult<T>, R> map) {
        job.checkOpen();
        SaasLlmClient client = job.client();
        CallOptions options = options(method, invocation);
        String model = client.resolveModel(options);
        long start = System.nanoTime();
        Call<ResponseBody> call = client.api().llmCall(job.id(),
                WireRequests.llmCall(model, invocation.messages(), options, DefaultJobRunner.format(method)));
        JobFuture<R> future = new JobFuture<>(() -> {
            call.cancel();
            return true;
        });
        job.callStarted();
        AsyncHttp.enqueue(client, call, JobsApi.LLM_CALL, job.id(), (answer, failure) -> {
            job.callEnded();
            if (failure != null) {
                future.completeExceptionally(failure);
                return;
            }
            try {
                ChatResponse response = WireResponses.chat(answer.body(), JobsApi.LLM_CALL, job.id(), answer.status());
                client.listeners().callFinished(job.info(), response);
                T value = SaasLlmClient.readAnswer(method.reader(), response, job.id());
                future.complete(map.apply(inJob(value, response, start)));
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        });
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
