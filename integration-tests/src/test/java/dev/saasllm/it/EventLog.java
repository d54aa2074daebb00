package dev.saasllm.it;

import dev.saasllm.CallInfo;
import dev.saasllm.ChatResponse;
import dev.saasllm.InvalidOutputException;
import dev.saasllm.JobCompletion;
import dev.saasllm.JobInfo;
import dev.saasllm.JobListener;
import dev.saasllm.SaasLlmException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** A {@link JobListener} that records every event, in the order heard, from any thread. */
final class EventLog implements JobListener {
    /**
     * One event: {@code kind} is {@code created}, {@code start}, {@code retry}, {@code first-token},
     * {@code call} (finished), {@code call-failed}, {@code reask}, {@code completed} or
     * {@code failed}; {@code call} is null for the job's own events.
     */
    record Event(String kind, JobInfo job, CallInfo call, Throwable cause) {
        Event(String kind, JobInfo job, Throwable cause) {
            this(kind, job, null, cause);
        }

        @Override
        public String toString() {
            return kind + "(" + job.jobId().substring(0, 8) + (call == null ? "" : ", #" + call.number())
                    + (cause == null ? "" : ", " + cause) + ")";
        }
    }

    private final List<Event> events = new ArrayList<>();

    @Override
    public synchronized void jobCreated(JobInfo job) {
        events.add(new Event("created", job, null));
        notifyAll();
    }

    @Override
    public synchronized void callStarted(JobInfo job, CallInfo call) {
        events.add(new Event("start", job, call, null));
        notifyAll();
    }

    @Override
    public synchronized void callRetried(JobInfo job, CallInfo call, SaasLlmException failure) {
        events.add(new Event("retry", job, call, failure));
        notifyAll();
    }

    @Override
    public synchronized void firstToken(JobInfo job, CallInfo call) {
        events.add(new Event("first-token", job, call, null));
        notifyAll();
    }

    @Override
    public synchronized void callFinished(JobInfo job, CallInfo call, ChatResponse response) {
        events.add(new Event("call", job, call, null));
        notifyAll();
    }

    @Override
    public synchronized void callFailed(JobInfo job, CallInfo call, Throwable failure) {
        events.add(new Event("call-failed", job, call, failure));
        notifyAll();
    }

    @Override
    public synchronized void reasked(JobInfo job, InvalidOutputException problem) {
        events.add(new Event("reask", job, problem));
        notifyAll();
    }

    @Override
    public synchronized void jobCompleted(JobInfo job, JobCompletion completion) {
        events.add(new Event("completed", job, null));
        notifyAll();
    }

    @Override
    public synchronized void jobFailed(JobInfo job, Throwable cause, JobCompletion completion) {
        events.add(new Event("failed", job, cause));
        notifyAll();
    }

    synchronized List<Event> events() {
        return List.copyOf(events);
    }

    /** The kinds of the events about one job, in order. */
    synchronized List<String> kinds(String jobId) {
        return events.stream().filter(e -> e.job().jobId().equals(jobId)).map(Event::kind).toList();
    }

    /** The kinds of the events about one call of one job, in order. */
    synchronized List<String> callKinds(String jobId, int number) {
        return events.stream().filter(e -> e.job().jobId().equals(jobId) && e.call() != null && e.call().number() == number)
                .map(Event::kind).toList();
    }

    /** The kinds of the job's own events (not a call's), in order. */
    synchronized List<String> jobKinds(String jobId) {
        return events.stream().filter(e -> e.job().jobId().equals(jobId) && e.call() == null).map(Event::kind).toList();
    }

    /** The ids of the jobs heard of, in the order first heard. */
    synchronized Set<String> jobIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (Event e : events) ids.add(e.job().jobId());
        return ids;
    }

    /**
     * Waits up to {@code millis} until {@code done} holds for the events (listeners of async and
     * publisher jobs may hear the settlement a moment after the caller saw the answer).
     */
    synchronized List<Event> await(Predicate<List<Event>> done, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (!done.test(events)) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) break;
            wait(left);
        }
        return List.copyOf(events);
    }

    /** Waits until {@code count} jobs were settled (completed or failed), at most {@code millis}. */
    List<Event> awaitSettled(int count, long millis) throws InterruptedException {
        return await(list -> list.stream().filter(e -> e.kind().equals("completed") || e.kind().equals("failed"))
                .count() >= count, millis);
    }
}
