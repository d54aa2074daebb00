package dev.saasllm.internal;

import dev.saasllm.JobResult;
import dev.saasllm.PartialConsumer;
import dev.saasllm.TokenConsumer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What a generated implementation calls for each {@code @Prompt} method. Where the job comes from
 * (a new job per call, or the job of a {@code JobScope} or {@code @JobFlow} the runner is bound to)
 * is the runner's business; how the call runs is the method's. Every method works with every job
 * source. A runner that opens the job settles it exactly once: {@code completed} when the answer
 * was read, {@code failed} on any error; a bound runner leaves that to the job's owner.
 */
public interface JobRunner {
    /** A blocking call; the answer read by the method's reader. */
    <T> T run(PromptMethod<T> method, Invocation invocation);

    /** The answer with its job's id, tokens, latency and costs. */
    <T> JobResult<T> runForResult(PromptMethod<T> method, Invocation invocation);

    /** The call on the client's executor; cancelling the future stops the call and fails a job it opened. */
    <T> CompletableFuture<T> runAsync(PromptMethod<T> method, Invocation invocation);

    /** {@link #runAsync} answering a {@link JobResult}. */
    <T> CompletableFuture<JobResult<T>> runForResultAsync(PromptMethod<T> method, Invocation invocation);

    /**
     * A streamed call: each token goes to {@code tokens} as it arrives; returns the whole answer,
     * read by the method's reader when the stream ends (re-asked as an unstreamed call would be).
     * The job fails if {@code tokens} throws.
     */
    <T> T runStreaming(PromptMethod<T> method, Invocation invocation, TokenConsumer tokens);

    /**
     * A streamed structured call: snapshots of the record, made by the generated {@code snapshots}
     * reader as its JSON arrives, go to {@code partials}; returns the record parsed strictly when
     * the stream ends. A snapshot the reader cannot make (null, or it throws) is skipped.
     */
    <T> T runStreaming(PromptMethod<T> method, Invocation invocation, PartialReader<T> snapshots,
                       PartialConsumer<? super T> partials);

    /**
     * A streamed call whose tokens are read lazily from the returned stream; a job it opened
     * completes at its end and fails if the stream is closed (or dropped) before.
     */
    Stream<String> stream(PromptMethod<String> method, Invocation invocation);

    /**
     * A streamed call that starts when the publisher is subscribed to (once); honours demand and
     * cancellation, which fails a job it opened.
     */
    Flow.Publisher<String> publish(PromptMethod<String> method, Invocation invocation);

    /**
     * Runs a {@code @JobFlow} body in one job: {@code body} gets a runner bound to the job and
     * makes its calls through it. The job completes when the body returns and fails when it
     * throws. A runner already bound to a job runs the body inline, in its job.
     */
    <T> T flow(FlowMethod flow, Invocation invocation, Function<JobRunner, T> body);
}
