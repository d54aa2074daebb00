package dev.saasllm.micrometer;

import dev.saasllm.CallInfo;
import dev.saasllm.ChatResponse;
import dev.saasllm.InvalidOutputException;
import dev.saasllm.JobCompletion;
import dev.saasllm.JobInfo;
import dev.saasllm.JobListener;
import dev.saasllm.SaasLlmException;
import dev.saasllm.micrometer.SaasLlmObservationDocumentation.CallLowCardinalityKeys;
import dev.saasllm.micrometer.SaasLlmObservationDocumentation.Events;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns the job lifecycle's events into observations: a job's lives from {@code jobCreated} to its
 * settlement, a call's from {@code callStarted} to {@code callFinished} or {@code callFailed}. A
 * one-call job through {@code create-and-call} ran before its events: its call is observed at once.
 */
final class ObservingListener implements JobListener {
    private static final DefaultJobObservationConvention DEFAULT_JOB = new DefaultJobObservationConvention();
    private static final DefaultCallObservationConvention DEFAULT_CALL = new DefaultCallObservationConvention();

    private record Job(Observation observation, JobObservationContext context) {}

    private record CallKey(String jobId, int number) {}

    private static final class Call {
        final Observation observation;
        final CallObservationContext context;
        final long startNanos = System.nanoTime();
        /** Open from a streamed call's start to its first token. */
        volatile Observation firstToken;

        Call(Observation observation, CallObservationContext context) {
            this.observation = observation;
            this.context = context;
        }
    }

    private final ObservationRegistry registry;
    private final JobObservationConvention jobConvention;
    private final CallObservationConvention callConvention;
    private final boolean recordContent;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final Map<CallKey, Call> calls = new ConcurrentHashMap<>();

    ObservingListener(ObservationRegistry registry, JobObservationConvention jobConvention,
                      CallObservationConvention callConvention, boolean recordContent) {
        this.registry = registry;
        this.jobConvention = jobConvention;
        this.callConvention = callConvention;
        this.recordContent = recordContent;
    }

    @Override
    public void jobCreated(JobInfo job) {
        Job started = startJob(job);
        if (job.jobId() != null) jobs.put(job.jobId(), started);
    }

    @Override
    public void callStarted(JobInfo job, CallInfo call) {
        calls.put(new CallKey(job.jobId(), call.number()), startCall(job, call));
    }

    @Override
    public void callRetried(JobInfo job, CallInfo call, SaasLlmException failure) {
        Call observed = calls.get(new CallKey(job.jobId(), call.number()));
        if (observed == null) return;
        observed.context.retried();
        observed.observation.event(Events.RETRY);
    }

    @Override
    public void firstToken(JobInfo job, CallInfo call) {
        Call observed = calls.get(new CallKey(job.jobId(), call.number()));
        if (observed == null) return;
        observed.context.firstToken(Duration.ofNanos(System.nanoTime() - observed.startNanos));
        Observation firstToken = observed.firstToken;
        observed.firstToken = null;
        if (firstToken != null) firstToken.stop();
    }

    @Override
    public void callFinished(JobInfo job, CallInfo call, ChatResponse response) {
        endCall(job, call, response, null);
    }

    @Override
    public void callFailed(JobInfo job, CallInfo call, Throwable failure) {
        endCall(job, call, null, failure);
    }

    @Override
    public void reasked(JobInfo job, InvalidOutputException problem) {
        Job observed = job.jobId() == null ? null : jobs.get(job.jobId());
        if (observed != null) observed.observation.event(Events.REASK);
    }

    @Override
    public void jobCompleted(JobInfo job, JobCompletion completion) {
        endJob(job, completion, null);
    }

    @Override
    public void jobFailed(JobInfo job, Throwable cause, JobCompletion completion) {
        endJob(job, completion, cause);
    }

    private Job startJob(JobInfo job) {
        JobObservationContext context = new JobObservationContext(job);
        Observation observation = SaasLlmObservationDocumentation.JOB
                .observation(jobConvention, DEFAULT_JOB, () -> context, registry).start();
        return new Job(observation, context);
    }

    private void endJob(JobInfo job, JobCompletion completion, Throwable cause) {
        Job observed = job.jobId() == null ? null : jobs.remove(job.jobId());
        // A job that failed before it was heard of (a create-and-call the server refused) is observed at once.
        if (observed == null) observed = startJob(job);
        observed.context.settle(completion, cause != null);
        if (cause != null) observed.observation.error(cause);
        observed.observation.stop();
    }

    private Call startCall(JobInfo job, CallInfo call) {
        CallObservationContext context = new CallObservationContext(job, call, recordContent);
        Observation observation = SaasLlmObservationDocumentation.CALL
                .observation(callConvention, DEFAULT_CALL, () -> context, registry);
        Job parent = job.jobId() == null ? null : jobs.get(job.jobId());
        if (parent != null) observation.parentObservation(parent.observation);
        Call started = new Call(observation.start(), context);
        if (call.streamed()) {
            Observation firstToken = SaasLlmObservationDocumentation.FIRST_TOKEN.observation(registry, Observation.Context::new)
                    .parentObservation(observation);
            for (KeyValue value : context.getLowCardinalityKeyValues()) {
                if (!value.getKey().equals(CallLowCardinalityKeys.OUTCOME.asString())) firstToken.lowCardinalityKeyValue(value);
            }
            started.firstToken = firstToken.start();
        }
        return started;
    }

    private void endCall(JobInfo job, CallInfo call, ChatResponse response, Throwable failure) {
        Call observed = calls.remove(new CallKey(job.jobId(), call.number()));
        if (observed == null) observed = startCall(job, call);
        observed.context.end(response);
        Observation firstToken = observed.firstToken;
        observed.firstToken = null;
        if (firstToken != null) {
            // The stream ended without text: its wait for a first token ended with the call.
            if (failure != null) firstToken.error(failure);
            firstToken.stop();
        }
        if (failure != null) observed.observation.error(failure);
        observed.observation.stop();
    }
}
