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
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Records what generated code asks for and answers with canned content, read by the method's
 * reader. It implements the runner SPI generated code calls, where every call passes an
 * {@link Invocation}.
 */
final class FakeJobRunner implements JobRunner {
    PromptMethod<?> method;
    Invocation invocation;
    List<ChatMessage> messages;
    /** The runner method generated code called, e.g. {@code "stream"} or {@code "runForResultAsync"}. */
    String called;
    String answer = "";
    /** The snapshot reader a streamed method passed: the generated one, JobRunner has no reflective overload. */
    PartialReader<?> snapshots;

    FakeJobRunner answering(String answer) {
        this.answer = answer;
        return this;
    }

    private <T> T answer(String called, PromptMethod<T> method, Invocation invocation) {
        this.called = called;
        this.method = method;
        this.invocation = invocation;
        this.messages = invocation.messages();
        return method.reader().read(answer);
    }

    private static <T> JobResult<T> result(T value) {
        return new JobResult<>(value, "job-1", 0, Duration.ZERO, null, 1, 0.0, null);
    }

    @Override
    public <T> T run(PromptMethod<T> method, Invocation invocation) {
        return answer("run", method, invocation);
    }

    @Override
    public <T> JobResult<T> runForResult(PromptMethod<T> method, Invocation invocation) {
        return result(answer("runForResult", method, invocation));
    }

    @Override
    public <T> CompletableFuture<T> runAsync(PromptMethod<T> method, Invocation invocation) {
        return CompletableFuture.completedFuture(answer("runAsync", method, invocation));
    }

    @Override
    public <T> CompletableFuture<JobResult<T>> runForResultAsync(PromptMethod<T> method, Invocation invocation) {
        return CompletableFuture.completedFuture(result(answer("runForResultAsync", method, invocation)));
    }

    @Override
    public <T> T runStreaming(PromptMethod<T> method, Invocation invocation, TokenConsumer tokens) {
        tokens.accept(answer);
        return answer("runStreaming(tokens)", method, invocation);
    }

    @Override
    public <T> T runStreaming(PromptMethod<T> method, Invocation invocation, PartialReader<T> snapshots,
                              PartialConsumer<? super T> partials) {
        this.snapshots = snapshots;
        return answer("runStreaming(partials)", method, invocation);
    }

    @Override
    public Stream<String> stream(PromptMethod<String> method, Invocation invocation) {
        return Stream.of(answer("stream", method, invocation));
    }

    @Override
    public Flow.Publisher<String> publish(PromptMethod<String> method, Invocation invocation) {
        String text = answer("publish", method, invocation);
        return subscriber -> {
            subscriber.onSubscribe(new Flow.Subscription() {
                @Override
                public void request(long n) {}

                @Override
                public void cancel() {}
            });
            subscriber.onNext(text);
            subscriber.onComplete();
        };
    }

    @Override
    public <T> T flow(FlowMethod flow, Invocation invocation, Function<JobRunner, T> body) {
        this.called = "flow";
        this.invocation = invocation;
        return body.apply(this);
    }

    /** Today's runtime still declares this overload; generated code never calls it. */
    public <T> T run(PromptMethod<T> method, List<ChatMessage> messages) {
        throw new AssertionError("generated code called run(PromptMethod, List<ChatMessage>)");
    }
}
