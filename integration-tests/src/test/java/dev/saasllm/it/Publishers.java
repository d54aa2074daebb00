package dev.saasllm.it;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Reads a {@code Flow.Publisher<String>} to its end, one item of demand at a time. */
final class Publishers {
    static final long TIMEOUT_SECONDS = 10;

    private Publishers() {}

    /** The items joined; rethrows the publisher's error (unchecked ones as they are). */
    static String join(Flow.Publisher<String> publisher) {
        try {
            return collect(publisher).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading a publisher", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the publisher did not finish within " + TIMEOUT_SECONDS + " s", e);
        }
    }

    /** Subscribes and completes with the items joined, or with the publisher's error. */
    static CompletableFuture<String> collect(Flow.Publisher<String> publisher) {
        CompletableFuture<String> result = new CompletableFuture<>();
        publisher.subscribe(new Flow.Subscriber<>() {
            private final StringBuilder items = new StringBuilder();
            private Flow.Subscription subscription;

            @Override
            public void onSubscribe(Flow.Subscription s) {
                subscription = s;
                s.request(1);
            }

            @Override
            public void onNext(String item) {
                items.append(item);
                subscription.request(1);
            }

            @Override
            public void onError(Throwable t) {
                result.completeExceptionally(t);
            }

            @Override
            public void onComplete() {
                result.complete(items.toString());
            }
        });
        return result;
    }
}
