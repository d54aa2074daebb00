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
    /**
     * A blocking call; the answer read by the method's reader.
     *
     * @param <T> the answer's type
     * @param method the generated method's description
     * @param invocation the call's arguments and options
     * @return the answer
     */
    <T> T run(PromptMethod<T> method, Invocation invocation);

    /**
     * The answer with its job's id, tokens, latency and costs.
     *
     * @param <T> the answer's type
     * @param method the generated method's description
     * @param invocation the call's arguments and options
     * @return the answer with its job's details
     */
    <T> JobResult<T> runForResult(PromptMethod<T> method, Invocation invocation);

    /**
     * The call on the client's executor; cancelling the future stops the call and fails a job it opened.
     *
     * @param <T> the answer's type
     * @param method the generated method's description
     * @param invocation the call's arguments and options
     * @return the answer's future
     */
    <T> CompletableFuture<T> runAsync(PromptMethod<T> method, Invocation invocation);

    /**
     * {@link #runAsync} answering a {@link JobResult}.
     *
     * @param <T> the answer's type
     * @param method the generated method's description
     * @param invocation the call's arguments and options
     * @return the future of the answer with its job's details
     */
    <T> CompletableFuture<JobResult<T>> runForResultAsync(PromptMethod<T> method, Invocation invocation);

    /**
     * A streamed call: each token goes to {@code tokens} as it arrives; returns the whole answer,
     * read by the method's reader when the stream ends (re-asked as an unstreamed call would be).
     * The job fails if {@code tokens} throws.
     *
     * @param <T> the answer's type
     * @param method the generated method's description
     * @param invocation the call's arguments and options
     * @param tokens receives each token
     * @return the whole answer
     */
    <T> T runStreaming(PromptMethod<T> method, Invocation invocation, TokenConsumer tokens);

    /**
     * A streamed structured call: snapshots of the record, made by the generated {@code snapshots}
     * reader as its JSON arrives, go to {@code partials}; returns the record parsed strictly when
     * the stream ends. A snapshot the reader cannot make (null, or it throws) is skipped.
     *
     * @param <T> the record type
     * @param method the generated method's description
     * @param invocation the call's arguments and options
     * @param snapshots makes a snapshot from the JSON so far
     * @param partials receives each snapshot
     * @return the record, parsed strictly
     */
    <T> T runStreaming(PromptMethod<T> method, Invocation invocation, PartialReader<T> snapshots,
                       PartialConsumer<? super T> partials);

    /**
     * A streamed call whose tokens are read lazily from the returned stream; a job it opened
     * completes at its end and fails if the stream is closed (or dropped) before.
     *
     * @param method the generated method's description
     * @param invocation the call's arguments and options
     * @return the tokens, read lazily; close it when done
     */
    Stream<String> stream(PromptMethod<String> method, Invocation invocation);

    /**
     * A streamed call that starts when the publisher is subscribed to (once); honours demand and
     * cancellation, which fails a job it opened.
     *
     * @param method the generated method's description
     * @param invocation the call's arguments and options
     * @return a publisher of the tokens, for one subscriber
     */
    Flow.Publisher<String> publish(PromptMethod<String> method, Invocation invocation);

    /**
     * Runs a {@code @JobFlow} body in one job: {@code body} gets a runner bound to the job and
     * makes its calls through it. The job completes when the body returns and fails when it
     * throws. A runner already bound to a job runs the body inline, in its job.
     *
     * @param <T> the flow's result type
     * @param flow the flow's description
     * @param invocation the call's arguments and options
     * @param body the flow's body, given a runner bound to the job
     * @return what the body returned
     */
    <T> T flow(FlowMethod flow, Invocation invocation, Function<JobRunner, T> body);
}
