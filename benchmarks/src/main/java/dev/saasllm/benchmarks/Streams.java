package dev.saasllm.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * Item 4 (time-to-first-token) and item 5b (peak heap of many concurrent streams), raw side. The
 * generated client's side needs streaming methods in the runtime.
 */
final class Streams {
    private Streams() {}

    static void run(Mode mode, EmulatorHost emulator, Report report) {
        String ttft = "4. streaming: time to first token";
        OkHttpClient http = new OkHttpClient.Builder().readTimeout(120, TimeUnit.SECONDS)
                .connectionPool(new ConnectionPool(2 * mode.concurrentStreams(), 1, TimeUnit.MINUTES)).build();
        try {
            RawSse raw = new RawSse(http, emulator.baseUrl());
            for (int i = 0; i < Math.min(100, mode.streams()); i++) raw.timeToFirstToken();
            long[] nanos = new long[mode.streams()];
            for (int i = 0; i < nanos.length; i++) nanos[i] = raw.timeToFirstToken();
            Stats stats = new Stats(nanos);
            report.add(ttft, "raw SSE read: p50 time to first token", stats.percentileMillis(50), "ms");
            report.add(ttft, "raw SSE read: p99 time to first token", stats.percentileMillis(99), "ms");
            report.note(ttft, "generated client: not measured - the runtime has no streaming methods yet");
            emulator.reset();

            String heap = "5b. peak heap, " + mode.concurrentStreams() + " concurrent streams (client JVM)";
            long[] figures = peakHeap(raw, mode.concurrentStreams());
            report.add(heap, "raw SSE read: heap used before", figures[0] / 1048576.0, "MiB");
            report.add(heap, "raw SSE read: peak heap used (5 ms samples)", figures[1] / 1048576.0, "MiB");
            report.add(heap, "raw SSE read: peak added per stream", (figures[1] - figures[0]) / 1024.0 / mode.concurrentStreams(), "KiB");
            report.note(heap, "generated client: not measured - the runtime has no streaming methods yet");
            emulator.reset();
        } catch (Exception e) {
            throw new IllegalStateException("streaming item failed", e);
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    /** {heap used after a GC before the streams, highest heap used sampled while they ran}. */
    private static long[] peakHeap(RawSse raw, int streams) throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(streams);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < streams; i++) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    raw.timeToFirstToken();
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            }, "bench-stream-" + i);
            t.setDaemon(true);
            threads.add(t);
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
