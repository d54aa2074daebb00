package dev.saasllm.internal.job;

import dev.saasllm.CallInfo;
import dev.saasllm.ChatResponse;
import dev.saasllm.InvalidOutputException;
import dev.saasllm.JobCompletion;
import dev.saasllm.JobInfo;
import dev.saasllm.JobListener;
import dev.saasllm.SaasLlmException;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.function.Consumer;

/** Tells every {@link JobListener} about a job; a listener that throws is logged, never felt by the job. */
final class Listeners {
    private static final Logger LOG = System.getLogger("dev.saasllm.jobs");

    private final List<JobListener> listeners;

    Listeners(List<JobListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    void created(JobInfo job) {
        tell("jobCreated", job, l -> l.jobCreated(job));
    }

    void callStarted(JobInfo job, CallInfo call) {
        tell("callStarted", job, l -> l.callStarted(job, call));
    }

    void callRetried(JobInfo job, CallInfo call, SaasLlmException failure) {
        tell("callRetried", job, l -> l.callRetried(job, call, failure));
    }

    void firstToken(JobInfo job, CallInfo call) {
        tell("firstToken", job, l -> l.firstToken(job, call));
    }

    void callFinished(JobInfo job, CallInfo call, ChatResponse response) {
        tell("callFinished", job, l -> l.callFinished(job, call, response));
    }

    void callFailed(JobInfo job, CallInfo call, Throwable failure) {
        tell("callFailed", job, l -> l.callFailed(job, call, failure));
    }

    void reasked(JobInfo job, InvalidOutputException problem) {
        tell("reasked", job, l -> l.reasked(job, problem));
    }

    void completed(JobInfo job, JobCompletion completion) {
        tell("jobCompleted", job, l -> l.jobCompleted(job, completion));
    }

    void failed(JobInfo job, Throwable cause, JobCompletion completion) {
        tell("jobFailed", job, l -> l.jobFailed(job, cause, completion));
    }

    private void tell(String event, JobInfo job, Consumer<JobListener> call) {
        for (JobListener listener : listeners) {
            try {
                call.accept(listener);
            } catch (Throwable e) {
                if (e instanceof VirtualMachineError error) throw error;
                LOG.log(Level.WARNING, () -> "JobListener " + listener.getClass().getName() + "." + event
                        + " threw for job " + job.jobId() + "; the job goes on", e);
            }
        }
    }
}
