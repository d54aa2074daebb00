package dev.saasllm.it;

import dev.saasllm.ChatResponse;
import dev.saasllm.JobCompletion;
import dev.saasllm.JobInfo;
import dev.saasllm.JobListener;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** A {@link JobListener} that records every event, in the order heard, from any thread. */
final class EventLog implements JobListener {
    /** One event: {@code kind} is {@code created}, {@code call}, {@code completed} or {@code failed}. */
    record Event(String kind, JobInfo job, Throwable cause) {
        @Override
        public String toString() {
            return kind + "(" + job.jobId().substring(0, 8) + (cause == null ? "" : ", " + cause) + ")";
        }
    }

    private final List<Event> events = new ArrayList<>();

    @Override
    public synchronized void jobCreated(JobInfo job) {
        events.add(new Event("created", job, null));
        notifyAll();
    }

    @Override
    public synchronized void callFinished(JobInfo job, ChatResponse response) {
        events.add(new Event("call", job, null));
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
