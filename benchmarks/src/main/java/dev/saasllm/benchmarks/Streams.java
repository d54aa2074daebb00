package dev.saasllm.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * Item 4 (time to first token) and item 5b (peak heap of many concurrent streams): a streamed job
 * through the generated {@link ProfileExtractor#answer} against the same job done raw
 * ({@link RawSse}), both create, {@code llm-call-stream}, complete.
 */
final class Streams {
    private Streams() {}

    /** A streamed job; returns nanoseconds from its start to its first token. */
    @FunctionalInterface
    interface StreamedJob {
        long run() throws Exception;
    }

    static void run(Mode mode, EmulatorHost emulator, Report report) {
        String ttft = "4. streaming: time to first token (from the start of the job)";
        OkHttpClient http = new OkHttpClient.Builder().readTimeout(120, TimeUnit.SECONDS)
                .connectionPool(new ConnectionPool(2 * mode.concurrentStreams(), 1, TimeUnit.MINUTES)).build();
        try (Clients clients = new Clients(emulator.baseUrl())) {
            RawSse raw = new RawSse(http, emulator.baseUrl());
            StreamedJob generated = () -> generatedStream(clients);
            for (int i = 0; i < Math.min(200, mode.streams()); i++) {
                raw.timeToFirstToken();
                generated.run();
            }
            emulator.reset();
            long[] rawNanos = new long[mode.streams()];
            long[] generatedNanos = new long[mode.streams()];
            for (int i = 0; i < rawNanos.length; i++) {  // alternating, as load on the machine varies
                rawNanos[i] = raw.timeToFirstToken();
                generatedNanos[i] = generated.run();
            }
            Stats r = new Stats(rawNanos), g = new Stats(generatedNanos);
            report.add(ttft, "raw SSE read: p50", r.percentileMillis(50), "ms");
            report.add(ttft, "generated (TokenConsumer): p50", g.percentileMillis(50), "ms");
            report.add(ttft, "raw SSE read: p99", r.percentileMillis(99), "ms");
            report.add(ttft, "generated (TokenConsumer): p99", g.percentileMillis(99), "ms");
            report.add(ttft, "generated adds (p50)", g.percentileMillis(50) - r.percentileMillis(50), "ms");
            report.add(ttft, "generated adds (mean)", g.meanMillis() - r.meanMillis(), "ms");
            emulator.reset();

            String heap = "5b. peak heap, " + mode.concurrentStreams() + " concurrent streamed jobs (client JVM)";
            long[] rawHeap = peakHeap(raw::timeToFirstToken, mode.concurrentStreams());
            emulator.reset();
            long[] generatedHeap = peakHeap(generated, mode.concurrentStreams());
            emulator.reset();
            report.add(heap, "heap used before (after a GC)", rawHeap[0] / 1048576.0, "MiB");
            report.add(heap, "raw SSE read: peak heap used (5 ms samples)", rawHeap[1] / 1048576.0, "MiB");
            report.add(heap, "generated: peak heap used (5 ms samples)", generatedHeap[1] / 1048576.0, "MiB");
            report.add(heap, "raw SSE read: peak added per stream", (rawHeap[1] - rawHeap[0]) / 1024.0 / mode.concurrentStreams(), "KiB");
            report.add(heap, "generated: peak added per stream",
                    (generatedHeap[1] - generatedHeap[0]) / 1024.0 / mode.concurrentStreams(), "KiB");
            report.note(heap, "one platform thread per stream on both sides (the runtime reads streams on the caller's thread)");
        } catch (Exception e) {
            throw new IllegalStateException("streaming item failed", e);
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    private static long generatedStream(Clients clients) {
        long start = System.nanoTime();
        long[] first = {-1};
        String answer = clients.generated.answer(RawSse.QUESTION, token -> {
            if (first[0] < 0) first[0] = System.nanoTime();
        });
        if (first[0] < 0 || answer.isEmpty()) throw new IllegalStateException("no tokens streamed");
        return first[0] - start;
    }

    /** {heap used after a GC before the streams, highest heap used sampled while they ran}. */
    private static long[] peakHeap(StreamedJob job, int streams) throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(streams);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (int i = 0; i < streams; i++) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    job.run();
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            }, "bench-stream-" + i);
            t.setDaemon(true);
            t.start();
        }
        Thread sampler = new Thread(() -> {
            while (done.getCount() > 0) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        start.countDown();
        done.await();
        sampler.interrupt();
        if (failure.get() != null) throw new IllegalStateException("a stream failed", failure.get());
        return new long[] {before, peak.get()};
    }
}
