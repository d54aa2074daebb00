package dev.saasllm;

import dev.saasllm.internal.FlowMethod;
import dev.saasllm.internal.Invocation;
import dev.saasllm.internal.JobRunner;
import dev.saasllm.internal.PartialReader;
import dev.saasllm.internal.PromptMethod;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Runs one {@code @Prompt} method as one job: create, call, read the answer, complete — or one
 * {@code create-and-call} round trip where the client allows it. Every job it opens is completed
 * exactly once, {@code completed} or {@code failed}.
 */
final class DefaultJobRunner implements JobRunner {
    private static final Logger LOG = System.getLogger("dev.saasllm.jobs");

    private final SaasLlmClient client;
    private final StreamingSupport streaming;

    DefaultJobRunner(SaasLlmClient client) {
        this.client = client;
        this.streaming = new StreamingSupport(client);
    }

    @Override
    public <T> T runStreaming(PromptMethod<T> method, List<ChatMessage> messages, TokenConsumer tokens) {
        return streaming.run(method, messages, tokens);
    }

    @Override
    public java.util.concurrent.Flow.Publisher<String> publish(PromptMethod<String> method, List<ChatMessage> messages) {
        return new TokenPublisher(client, streaming, method, messages);
    }

    @Override
    public <T> T runStreaming(PromptMethod<T> method, List<ChatMessage> messages, PartialReader<T> snapshots,
                              PartialConsumer<? super T> partials) {
        return streaming.runPartial(method, messages, snapshots, partials);
    }

    @Override
    public Stream<String> stream(PromptMethod<String> method, List<ChatMessage> messages) {
        return streaming.stream(method, messages);
    }

    @Override
    public <T> T run(PromptMethod<T> method, List<ChatMessage> messages) {
        return runForResult(method, Invocation.of(messages)).value();
    }

    @Override
    public <T> JobResult<T> runForResult(PromptMethod<T> method, Invocation invocation) {
        CallOptions options = method.options().overriddenBy(invocation.options());
        // Resolved first so that a missing model fails before a job exists.
        client.resolveModel(options);
        ResponseFormat format = format(method);
        Map<String, Object> metadata = JobMetadata.of(method.qualifiedName(), method.fingerprint(), method.metadata(),
                invocation.metadata());
        long start = System.nanoTime();
        if (client.oneRoundTrip(method.structured())) {
            JobResult<T> result = OneCallJob.run(client, method, invocation, options, format, metadata, start);
            if (result != null) return result;
        }
        OpenJob job = OpenJob.open(client, method.jobType(), method.qualifiedName(), invocation.userId(), metadata);
        ChatResponse response;
        T value;
        try {
            // An unreadable structured answer is asked for again in this job (Reasks), each call reported.
            int reasks = method.structured() ? client.maxReasks(options) : 0;
            Reasks.Answer<T> answer = Reasks.callAndRead(job.id(), method.qualifiedName(), method.reader(), reasks,
                    invocation.messages(), conversation -> job.call(conversation, options, format));
            response = answer.response();
            value = answer.value();
        } catch (Throwable failure) {
            job.fail(failure);
            throw failure;
        }
        // Outside the try on purpose: if completing `completed` fails, that failure is thrown and the
        // job is not completed again as `failed`. The first complete may have reached the server (and
        // charged the credit) with only its answer lost; a second complete would toggle the charge.
        JobCompletion completion = job.complete(null);
        return result(value, response, completion, start);
    }

    @Override
    public <T> CompletableFuture<T> runAsync(PromptMethod<T> method, Invocation invocation) {
        return AsyncJob.start(client, method, invocation, JobResult::value);
    }

    @Override
    public <T> CompletableFuture<JobResult<T>> runForResultAsync(PromptMethod<T> method, Invocation invocation) {
        return AsyncJob.start(client, method, invocation, Function.identity());
    }

    @Override
    public <T> T flow(FlowMethod flow, Invocation invocation, Function<JobRunner, T> body) {
        Map<String, Object> metadata = JobMetadata.of(flow.qualifiedName(), flow.fingerprint(), flow.metadata(),
                invocation.metadata());
        OpenJob job = OpenJob.open(client, flow.jobType(), flow.qualifiedName(), invocation.userId(), metadata);
        T result;
        try {
            result = body.apply(new BoundJobRunner(job));
        } catch (Throwable failure) {
            job.fail(failure);
            throw failure;
        }
        job.complete(null);
        LOG.log(Level.DEBUG, () -> "Flow " + flow.qualifiedName() + " done in job " + job.id());
        return result;
    }

    static ResponseFormat format(PromptMethod<?> method) {
        return method.structured() ? new ResponseFormat(method.schemaName(), method.schemaJson()) : null;
    }

    /** The result of a one-call job, from its call's answer and its completion. */
    static <T> JobResult<T> result(T value, ChatResponse response, JobCompletion completion, long startNanos) {
        JobCompletion.Costs costs = completion == null ? null : completion.costs();
        long tokens = costs != null ? costs.totalTokens() : response.totalTokens() == null ? 0 : response.totalTokens();
        return new JobResult<>(value, completion == null ? null : completion.jobId(), tokens,
                Duration.ofNanos(System.nanoTime() - startNanos), costs == null ? null : costs.creditsRemaining(),
                costs == null ? 1 : costs.totalCalls(), costs == null ? 0.0 : costs.totalCostUsd(), completion);
    }
}
