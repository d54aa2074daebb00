package dev.saasllm.internal;

import dev.saasllm.CallOptions;
import dev.saasllm.ChatMessage;
import dev.saasllm.JobResult;
import dev.saasllm.PartialConsumer;
import dev.saasllm.TokenConsumer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What a generated implementation calls for each {@code @Prompt} method: open a job, make the
 * call, read the answer, and complete the job {@code completed}, or {@code failed} on any error
 * after the job exists. The client hands one to the generated constructor; an instance bound to
 * an open job (in a flow or a {@code JobScope}) makes its calls in that job instead.
 */
public interface JobRunner {
    <T> T run(PromptMethod<T> method, List<ChatMessage> messages);

    /** A call with per-call options, user id and metadata. */
    default <T> T run(PromptMethod<T> method, Invocation invocation) {
        return runForResult(method, invocation).value();
    }

    /** The answer with its job's id, tokens, latency and costs. */
    default <T> JobResult<T> runForResult(PromptMethod<T> method, Invocation invocation) {
        throw new UnsupportedOperationException(getClass().getName() + " does not return JobResult");
    }

    /** The call on OkHttp's dispatcher; cancelling the future cancels the HTTP call and fails the job. */
    default <T> CompletableFuture<T> runAsync(PromptMethod<T> method, Invocation invocation) {
        throw new UnsupportedOperationException(getClass().getName() + " does not run asynchronously");
    }

    /** {@link #runAsync} answering a {@link JobResult}. */
    default <T> CompletableFuture<JobResult<T>> runForResultAsync(PromptMethod<T> method, Invocation invocation) {
        throw new UnsupportedOperationException(getClass().getName() + " does not run asynchronously");
    }

    /**
     * Runs a {@code @JobFlow} body in one job: {@code body} gets a runner bound to the job and
     * makes its calls through it. The job completes when the body returns and fails when it
     * throws. A runner already bound to a job runs the body inline, in its job.
     */
    default <T> T flow(FlowMethod flow, Invocation invocation, Function<JobRunner, T> body) {
        throw new UnsupportedOperationException(getClass().getName() + " does not run flows");
    }

    // TEMPORARY bridge until the runtime redesign lands: generated code calls the streamed methods
    // with an Invocation; these defaults hand its messages to the overloads above, which cannot
    // carry per-call options, a user id or metadata yet.

    // TEMPORARY bridge until the runtime redesign lands
    default <T> T runStreaming(PromptMethod<T> method, Invocation invocation, TokenConsumer tokens) {
        return runStreaming(method, bridgedMessages(method, invocation), tokens);
    }

    // TEMPORARY bridge until the runtime redesign lands
    default <T> T runStreaming(PromptMethod<T> method, Invocation invocation, PartialReader<T> snapshots,
                               PartialConsumer<? super T> partials) {
        return runStreaming(method, bridgedMessages(method, invocation), snapshots, partials);
    }

    // TEMPORARY bridge until the runtime redesign lands
    default Stream<String> stream(PromptMethod<String> method, Invocation invocation) {
        return stream(method, bridgedMessages(method, invocation));
    }

    // TEMPORARY bridge until the runtime redesign lands
    default Flow.Publisher<String> publish(PromptMethod<String> method, Invocation invocation) {
        return publish(method, bridgedMessages(method, invocation));
    }

    // TEMPORARY bridge until the runtime redesign lands
    private static List<ChatMessage> bridgedMessages(PromptMethod<?> method, Invocation invocation) {
        if (!invocation.options().equals(CallOptions.NONE) || invocation.userId() != null || !invocation.metadata().isEmpty()) {
            throw new UnsupportedOperationException("Streamed call " + method.qualifiedName()
                    + " with CallOptions, @UserId or @JobMetadata needs the redesigned runtime");
        }
        return invocation.messages();
    }

    /**
     * A streamed call: each token goes to {@code tokens} as it arrives; returns the whole answer,
     * read by the method's reader when the stream ends. The job fails if {@code tokens} throws.
     */
    default <T> T runStreaming(PromptMethod<T> method, List<ChatMessage> messages, TokenConsumer tokens) {
        throw new UnsupportedOperationException("This JobRunner does not stream: " + method.qualifiedName());
    }

    /**
     * A streamed structured call: snapshots of the record, made by the generated {@code snapshots}
     * reader as its JSON arrives, go to {@code partials}; returns the record parsed strictly when
     * the stream ends. A snapshot the reader cannot make (null, or it throws) is skipped.
     */
    default <T> T runStreaming(PromptMethod<T> method, List<ChatMessage> messages, PartialReader<T> snapshots,
                               PartialConsumer<? super T> partials) {
        throw new UnsupportedOperationException("This JobRunner does not stream: " + method.qualifiedName());
    }

    /**
     * A streamed call whose tokens are read lazily from the returned stream; the job completes at
     * its end and fails if the stream is closed before.
     */
    default Stream<String> stream(PromptMethod<String> method, List<ChatMessage> messages) {
        throw new UnsupportedOperationException("This JobRunner does not stream: " + method.qualifiedName());
    }

    /**
     * A streamed call that starts when the publisher is subscribed to (once); honours demand and
     * cancellation, which fails the job.
     */
    default Flow.Publisher<String> publish(PromptMethod<String> method, List<ChatMessage> messages) {
        throw new UnsupportedOperationException("This JobRunner does not stream: " + method.qualifiedName());
    }
}
