package dev.saasllm.internal;

import dev.saasllm.ChatMessage;
import dev.saasllm.JobResult;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

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
}
