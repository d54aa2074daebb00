package dev.saasllm;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Completes a job on OkHttp's dispatcher under the same rules as {@link SaasLlmClient#settle}:
 * repeated at once only on a 429 or a refused connection; after any other retryable failure the
 * job is read first — settled: done, still open: completed again — with the client's settle
 * policy (max(5, 2×) attempts). No thread waits.
 */
final class AsyncSettle {
    private AsyncSettle() {}

    static void settle(SaasLlmClient client, String jobId, JobStatus status, Map<String, ?> metadata, String errorMessage,
                       BiConsumer<JobCompletion, Throwable> done) {
        RetryPolicy policy = client.settlePolicy();
        okhttp3.RequestBody body = WireRequests.complete(status, metadata, errorMessage);
        // As in settle: with retries on, OkHttp must not repeat a complete it may have delivered.
        okhttp3.RequestBody sent = policy.maxAttempts() > 1 ? Retries.sentOnce(body) : body;
        complete(client, jobId, sent, policy, (completion, failure) -> {
            if (failure instanceof SaasLlmException f && Retries.readBeforeCompletingAgain(policy, f)) {
                readThenComplete(client, jobId, sent, policy, f, done);
            } else {
                done.accept(completion, failure);
            }
        });
    }

    private static void readThenComplete(SaasLlmClient client, String jobId, okhttp3.RequestBody sent, RetryPolicy policy,
                                         SaasLlmException failure, BiConsumer<JobCompletion, Throwable> done) {
        new AsyncRetry(policy, Retries.Kind.REPEATABLE, JobsApi.GET_JOB, jobId,
                attempt -> AsyncHttp.enqueue(client, client.api().getJob(jobId), JobsApi.GET_JOB, jobId, attempt),
                () -> false, (answer, lookupFailure) -> {
                    Job job;
                    try {
                        if (lookupFailure != null) throw lookupFailure;
                        job = WireResponses.job(answer.body(), JobsApi.GET_JOB, jobId, answer.status());
                    } catch (Throwable e) {
                        failure.addSuppressed(e);
                        done.accept(null, failure);
                        return;
                    }
                    if (job.status() == JobStatus.COMPLETED || job.status() == JobStatus.FAILED) {
                        done.accept(new JobCompletion(jobId, job.status(), job.completedAt(), null, List.of()), null);
                        return;
                    }
                    complete(client, jobId, sent, policy, (completion, again) -> {
                        if (again != null && again != failure) again.addSuppressed(failure);
                        done.accept(completion, again);
                    });
                }).start();
    }

    private static void complete(SaasLlmClient client, String jobId, okhttp3.RequestBody sent, RetryPolicy policy,
                                 BiConsumer<JobCompletion, Throwable> done) {
        new AsyncRetry(policy, Retries.Kind.ONCE_ONLY, JobsApi.COMPLETE, jobId,
                attempt -> AsyncHttp.enqueue(client, client.api().complete(jobId, sent), JobsApi.COMPLETE, jobId, attempt),
                () -> false, (answer, failure) -> {
                    if (failure != null) {
                        done.accept(null, failure);
                        return;
                    }
                    JobCompletion completion;
                    try {
                        completion = WireResponses.completion(answer.body(), JobsApi.COMPLETE, jobId, answer.status());
                    } catch (Throwable e) {
                        done.accept(null, e);
                        return;
                    }
                    done.accept(completion, null);
                }).start();
    }
}
