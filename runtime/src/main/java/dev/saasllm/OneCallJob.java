package dev.saasllm;

import dev.saasllm.internal.Invocation;
import dev.saasllm.internal.PromptMethod;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Map;

/**
 * A one-call job in one round trip: {@code POST /api/jobs/create-and-call}. The server creates the
 * job, makes the call and completes it — {@code completed} when the model answered, {@code failed}
 * (and a 500) when the call failed — so the client never settles it.
 */
final class OneCallJob {
    private static final Logger LOG = System.getLogger("dev.saasllm.jobs");

    private OneCallJob() {}

    /** The result, or null when the server has no such endpoint (then the client remembers it). */
    static <T> JobResult<T> run(SaasLlmClient client, PromptMethod<T> method, Invocation invocation, CallOptions options,
                                ResponseFormat format, Map<String, Object> metadata, long startNanos) {
        WireResponses.OneCall answer;
        try {
            answer = client.createAndCall(method.jobType(), invocation.userId(), metadata, invocation.messages(), options, format);
        } catch (SaasLlmException e) {
            // The server settled the job (500: failed) or never opened it; its id is not in the answer.
            client.listeners().failed(new JobInfo(e.jobId(), method.jobType(), method.qualifiedName()), e, null);
            throw e;
        }
        if (answer == null) return null;
        JobCompletion completion = answer.completion();
        JobInfo job = new JobInfo(completion.jobId(), method.jobType(), method.qualifiedName());
        client.listeners().created(job);
        client.listeners().callFinished(job, answer.response());
        // The job is completed (and charged) before the answer is read: an answer that does not fit
        // is thrown, but the client cannot fail a completed job.
        client.listeners().completed(job, completion);
        T value;
        try {
            value = SaasLlmClient.readAnswer(method.reader(), answer.response(), completion.jobId());
        } catch (InvalidOutputException e) {
            LOG.log(Level.WARNING, () -> "Job " + completion.jobId() + " (" + method.qualifiedName() + ") was completed "
                    + "by the server before its answer turned out not to fit: it is charged. Use CreateAndCall.TEXT_ONLY "
                    + "to have such jobs failed instead.");
            throw e;
        }
        return DefaultJobRunner.result(value, answer.response(), completion, startNanos);
    }
}
