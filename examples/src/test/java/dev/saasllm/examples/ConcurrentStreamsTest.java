package dev.saasllm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.SaasLlmClient;
import dev.saasllm.emulator.JobStatus;
import dev.saasllm.emulator.SaasLlmEmulator;
import dev.saasllm.emulator.ServerRelease;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * 1,000 streamed jobs open at once through {@code Flow.Publisher} methods: every stream has
 * delivered its first token and waits for demand, every job is in progress. Prints the platform
 * threads (by owner) and the heap they take. A stream's blocking read runs on the client's
 * executor: on JDK 21+ a virtual thread, so the client's platform threads (the carriers) do not
 * grow with the number of streams; on JDK 17 a platform thread each, as documented.
 */
class ConcurrentStreamsTest {
    private static final int STREAMS = 1000;

    @Test
    void aThousandOpenStreams() throws Exception {
        try (SaasLlmEmulator emulator = SaasLlmEmulator.builder().credits(STREAMS + 10).release(ServerRelease.FIXED).start();
             SaasLlmClient client = SaasLlmClient.builder().baseUrl(emulator.baseUrl()).teamId(emulator.teamId())
                     .virtualKey(emulator.virtualKey()).defaultModel("ChatAgent").timeout(Duration.ofSeconds(60)).build()) {
            emulator.settings().streamChunkSize(2);
            StreamingAssistant assistant = client.create(StreamingAssistant.class);
            Map<String, Integer> threadsBefore = threadsByOwner();
            long heapBefore = usedHeap();

            CountDownLatch firstTokens = new CountDownLatch(STREAMS);
            CountDownLatch completed = new CountDownLatch(STREAMS);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            AtomicInteger tokens = new AtomicInteger();
            List<Flow.Subscription> subscriptions = new ArrayList<>();
            for (int i = 0; i < STREAMS; i++) {
                assistant.publish("question " + i).subscribe(new Flow.Subscriber<>() {
                    private boolean first = true;

                    @Override public void onSubscribe(Flow.Subscription s) {
                        synchronized (subscriptions) {
                            subscriptions.add(s);
                        }
                        s.request(1); // one token, then hold the stream open
                    }

                    @Override public void onNext(String token) {
                        tokens.incrementAndGet();
                        if (first) {
                            first = false;
                            firstTokens.countDown();
                        }
                    }

                    @Override public void onError(Throwable t) {
                        failure.compareAndSet(null, t);
                        firstTokens.countDown();
                        completed.countDown();
                    }

                    @Override public void onComplete() {
                        completed.countDown();
                    }
                });
            }
            assertTrue(firstTokens.await(120, TimeUnit.SECONDS), "first tokens: " + (STREAMS - firstTokens.getCount()));
            assertEquals(null, failure.get());
            long open = emulator.jobCount(JobStatus.IN_PROGRESS);
            Map<String, Integer> threadsOpen = threadsByOwner();
            long heapOpen = usedHeap();
            // The client's executor threads are saasllm-N-worker-M on JDK 17; on 21+ virtual threads run on
            // ForkJoinPool carriers (virtual threads themselves are not platform threads and are not listed).
            int clientThreads = threadsOpen.getOrDefault("saasllm", 0) + threadsOpen.getOrDefault("ForkJoinPool", 0);
            boolean virtualThreads = Runtime.version().feature() >= 21;
            System.out.printf("[1000 streams] jobs in progress: %d, streams holding after their first token: %d%n", open, STREAMS);
            System.out.printf("[1000 streams] threads before: %s%n", threadsBefore);
            System.out.printf("[1000 streams] JDK %d, platform threads with all streams open: %s (the client's: %d)%n",
                    Runtime.version().feature(), threadsOpen, clientThreads);
            System.out.printf("[1000 streams] heap used: %d MiB before, %d MiB open (%d KiB per stream, emulator included)%n",
                    heapBefore >> 20, heapOpen >> 20, Math.max(0, heapOpen - heapBefore) / STREAMS >> 10);
            assertEquals(STREAMS, open, "every stream's job is still in progress");
            if (virtualThreads) {
                assertTrue(clientThreads <= 8, "client platform threads: " + threadsOpen);
            } else {
                assertTrue(clientThreads >= STREAMS && clientThreads <= STREAMS + 8, "a thread per open stream: " + threadsOpen);
            }

            synchronized (subscriptions) {
                subscriptions.forEach(s -> s.request(Long.MAX_VALUE));
            }
            assertTrue(completed.await(120, TimeUnit.SECONDS), "completed: " + (STREAMS - completed.getCount()));
            assertEquals(null, failure.get());
            assertEquals(STREAMS, emulator.jobCount(JobStatus.COMPLETED));
            assertEquals(0, emulator.openJobs());
            System.out.printf("[1000 streams] all completed; %d tokens delivered%n", tokens.get());
        }
    }

    /** Live platform threads grouped by name without their numbers: saasllm-emulator, saasllm, ForkJoinPool, ... */
    private static Map<String, Integer> threadsByOwner() {
        Map<String, Integer> owners = new TreeMap<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            String name = thread.getName();
            String owner = name.startsWith("saasllm-emulator") ? "saasllm-emulator"
                    : name.replaceAll("[-#\\s]*\\d+.*$", "");
            owners.merge(owner, 1, Integer::sum);
        }
        return owners;
    }

    private static long usedHeap() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
