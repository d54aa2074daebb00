package dev.saasllm.internal.job;

import java.util.Objects;
import java.util.concurrent.Flow;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The tokens of one streamed call as a {@link Flow.Publisher}. Subscribing starts the call (once,
 * one subscriber) on the client's executor, where its blocking reads run: a virtual thread on JDK
 * 21+, a platform thread on 17. A token is read at most one ahead of the subscriber's demand;
 * cancelling stops the stream and fails an owned job. The job is settled before {@code onComplete}
 * or {@code onError} is signalled.
 */
final class TokenPublisher implements Flow.Publisher<String> {
    private final JobEngine engine;
    private final String name;
    private final Supplier<StreamedCall<String>> start;
    private final AtomicBoolean subscribed = new AtomicBoolean();

    TokenPublisher(JobEngine engine, String name, Supplier<StreamedCall<String>> start) {
        this.engine = engine;
        this.name = name;
        this.start = start;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super String> subscriber) {
        Objects.requireNonNull(subscriber, "subscriber");
        if (!subscribed.compareAndSet(false, true)) {
            subscriber.onSubscribe(new Flow.Subscription() {
                @Override public void request(long n) {}
                @Override public void cancel() {}
            });
            subscriber.onError(new IllegalStateException("This publisher of " + name
                    + " runs one job and takes one subscriber; call the method again for another"));
            return;
        }
        Run run = new Run(subscriber);
        subscriber.onSubscribe(run);
        try {
            engine.pipeline().executor().execute(run);
        } catch (RejectedExecutionException closed) {
            IllegalStateException refused = JobEngine.closedException();
            refused.initCause(closed);
            run.signalError(refused);
        }
    }

    /** One subscription: the call, read on one thread as fast as the subscriber's demand allows. */
    private final class Run implements Flow.Subscription, Runnable {
        private final Flow.Subscriber<? super String> downstream;
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition changed = lock.newCondition();
        private long demand;
        private boolean cancelled;
        private Throwable badRequest;
        private volatile StreamedCall<String> call;

        Run(Flow.Subscriber<? super String> downstream) {
            this.downstream = downstream;
        }

        @Override
        public void request(long n) {
            lock.lock();
            try {
                if (n <= 0) {
                    badRequest = new IllegalArgumentException("request(" + n + "): demand must be positive (Reactive Streams 3.9)");
                } else {
                    demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
                }
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void cancel() {
            lock.lock();
            try {
                cancelled = true;
                changed.signalAll();
            } finally {
                lock.unlock();
            }
            StreamedCall<String> running = call;
            if (running != null) running.close(cancelled());
        }

        @Override
        public void run() {
            StreamedCall<String> running = null;
            try {
                if (isCancelled()) return; // cancelled before the call started: no job
                running = start.get();
                call = running;
                if (isCancelled()) {
                    running.close(cancelled());
                    return;
                }
                // One token is read ahead of demand, so that the end is seen (and signalled: onComplete
                // needs no demand) as soon as the last token is delivered.
                while (true) {
                    String token = running.next();
                    if (token == null) {
                        running.finish();
                        if (!isCancelled()) downstream.onComplete();
                        return;
                    }
                    if (!awaitDemand()) {
                        running.close(cancelled());
                        if (badRequest != null) downstream.onError(badRequest);
                        return;
                    }
                    downstream.onNext(token);
                }
            } catch (Throwable failure) {
                if (running != null) running.failed(failure);
                if (!isCancelled()) signalError(failure);
            }
        }

        /** Waits for demand; false when cancelled or the subscriber asked for a bad amount. */
        private boolean awaitDemand() throws InterruptedException {
            lock.lock();
            try {
                while (demand == 0 && !cancelled && badRequest == null) changed.await();
                if (cancelled || badRequest != null) return false;
                if (demand != Long.MAX_VALUE) demand--;
                return true;
            } finally {
                lock.unlock();
            }
        }

        private boolean isCancelled() {
            lock.lock();
            try {
                return cancelled;
            } finally {
                lock.unlock();
            }
        }

        private static java.util.concurrent.CancellationException cancelled() {
            return new java.util.concurrent.CancellationException("Cancelled by the subscriber");
        }

        void signalError(Throwable failure) {
            downstream.onError(failure);
        }
    }
}
