package dev.saasllm.internal.job;

import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cancel of one asynchronous call: it stops the request in flight and, for a job the call owns,
 * fails the job. A call that is already completing its job cannot be cancelled (the complete may
 * have been applied); a create in flight is let through, since only its answer tells which job to
 * fail, and the job is failed as soon as it exists.
 */
final class Cancel {
    private final Set<Runnable> stops = ConcurrentHashMap.newKeySet();
    private boolean cancelled;
    private boolean completing;
    private boolean creating;
    /** The thread running the call, interrupted by a cancel to end a retry wait; null before and after. */
    private Thread worker;

    /** The call starts on this thread. */
    synchronized void running() {
        worker = Thread.currentThread();
    }

    /** The call ended; a later cancel must not interrupt whatever the thread runs next. */
    synchronized void ended() {
        worker = null;
        Thread.interrupted();
    }

    /** Whether a job is being created: an interrupt then would lose the id of a job that may exist. */
    synchronized void creating(boolean creating) {
        this.creating = creating;
    }

    /** After the call opened its job: throws if it was cancelled meanwhile (the caller fails the job). */
    synchronized void opened() {
        if (cancelled) throw cancelled();
    }

    /** Marks the start of completing the owned job; false if the call was cancelled first. */
    synchronized boolean completing() {
        if (cancelled) return false;
        completing = true;
        return true;
    }

    synchronized void check() {
        if (cancelled) throw cancelled();
    }

    void onCancel(Runnable stop) {
        stops.add(stop);
        boolean now;
        synchronized (this) {
            now = cancelled;
        }
        if (now) stop.run();
    }

    void done(Runnable stop) {
        stops.remove(stop);
    }

    /**
     * Cancels: stops the request in flight; the call's own thread then fails an owned job with
     * {@link #cause}. False when the call is already completing its job.
     */
    boolean cancel() {
        synchronized (this) {
            if (completing) return false;
            cancelled = true;
            if (worker != null && !creating) worker.interrupt();
        }
        for (Runnable stop : stops) stop.run();
        return true;
    }

    /** Why the call ended: the cancel, when there was one (the failure it caused suppressed), else {@code failure}. */
    synchronized Throwable cause(Throwable failure) {
        if (!cancelled || failure instanceof CancellationException) return failure;
        CancellationException cancel = cancelled();
        cancel.addSuppressed(failure);
        return cancel;
    }

    private static CancellationException cancelled() {
        return new CancellationException("Cancelled by the caller");
    }
}
