package dev.saasllm;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;

/** Tells every {@link JobListener} about a job; a listener that throws is logged, never felt by the job. */
final class Listeners {
    private static final Logger LOG = System.getLogger("dev.saasllm.jobs");

    private final List<JobListener> listeners;

    Listeners(List<JobListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    void created(JobInfo job) {
        for (JobListener l : listeners) {
            try {
                l.jobCreated(job);
            } catch (Throwable e) {
                logged(l, "jobCreated", job, e);
            }
        }
    }

    void callFinished(JobInfo job, ChatResponse response) {
        for (JobListener l : listeners) {
            try {
                l.callFinished(job, response);
            } catch (Throwable e) {
                logged(l, "callFinished", job, e);
            }
        }
    }

    void completed(JobInfo job, JobCompletion completion) {
        for (JobListener l : listeners) {
            try {
                l.jobCompleted(job, completion);
            } catch (Throwable e) {
                logged(l, "jobCompleted", job, e);
            }
        }
    }

    void failed(JobInfo job, Throwable cause, JobCompletion completion) {
        for (JobListener l : listeners) {
            try {
                l.jobFailed(job, cause, completion);
            } catch (Throwable e) {
                logged(l, "jobFailed", job, e);
            }
        }
    }

    private static void logged(JobListener listener, String event, JobInfo job, Throwable e) {
        if (e instanceof VirtualMachineError error) throw error;
        LOG.log(Level.WARNING, () -> "JobListener " + listener.getClass().getName() + "." + event
                + " threw for job " + job.jobId() + "; the job goes on", e);
    }
}
