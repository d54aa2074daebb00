package dev.saasllm.processor.generated;

import dev.saasllm.ChatMessage;
import dev.saasllm.JobResult;
import dev.saasllm.PartialConsumer;
import dev.saasllm.TokenConsumer;
import dev.saasllm.internal.FlowMethod;
import dev.saasllm.internal.Invocation;
import dev.saasllm.internal.JobRunner;
import dev.saasllm.internal.PartialReader;
import dev.saasllm.internal.PromptMethod;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.SubmissionPublisher;
import java.util.function.Function;
import java.util.stream.Stream;

/** Records what generated code asks for and answers with canned content, read by the method's reader. */
final class FakeJobRunner implements JobRunner {
    PromptMethod<?> method;
    Invocation invocation;
    List<ChatMessage> messages;
    String answer = "";
    /** The snapshot reader a streamed method passed: the generated one, JobRunner has no reflective overload. */
    PartialReader<?> snapshots;

    FakeJobRunner answering(String answer) {
        this.answer = answer;
        return this;
    }

    @Override
    public <T> T run(PromptMethod<T> method, Invocation invocation) {
        this.method = method;
        this.invocation = invocation;
        this.messages = invocation.messages();
        return method.reader().read(answer);
    }

    @Override
    public <T> JobResult<T> runForResult(PromptMethod<T> method, Invocation invocation) {
        return new JobResult<>(run(method, invocation), "job", 0, Duration.ZERO, null, 1, 0.0, null);
    }

    @Override
    public <T> CompletableFuture<T> runAsync(PromptMethod<T> method, Invocation invocation) {
        return CompletableFuture.completedFuture(run(method, invocation));
    }

    @Override
    public <T> CompletableFuture<JobResult<T>> runForResultAsync(PromptMethod<T> method, Invocation invocation) {
        return CompletableFuture.completedFuture(runForResult(method, invocation));
    }

    @Override
    public <T> T runStreaming(PromptMethod<T> method, Invocation invocation, TokenConsumer tokens) {
        tokens.accept(answer);
        return run(method, invocation);
    }

    @Override
    public <T> T runStreaming(PromptMethod<T> method, Invocation invocation, PartialReader<T> snapshots,
                              PartialConsumer<? super T> partials) {
        this.snapshots = snapshots;
        return run(method, invocation);
    }

    @Override
    public Stream<String> stream(PromptMethod<String> method, Invocation invocation) {
        return Stream.of(run(method, invocation));
    }

    @Override
    public Flow.Publisher<String> publish(PromptMethod<String> method, Invocation invocation) {
        String text = run(method, invocation);
        SubmissionPublisher<String> publisher = new SubmissionPublisher<>();
        publisher.submit(text);
        publisher.close();
        return publisher;
    }

    @Override
    public <T> T flow(FlowMethod flow, Invocation invocation, Function<JobRunner, T> body) {
        return body.apply(this);
    }
}
