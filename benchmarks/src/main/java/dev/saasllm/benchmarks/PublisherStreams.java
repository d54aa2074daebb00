package dev.saasllm.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Item 8: many concurrent {@code Flow.Publisher<String>} streams through the generated client
 * ({@link ProfileExtractor#publish}), and the peak number of platform threads of the client's JVM
 * while they are open. Run in a child JVM per JDK ({@link ChildJvm#jdks}: this one and JDK 25 in
 * the full run), so that the JDK is the only difference and no harness thread is counted.
 *
 * <p>The child ({@link #main}) subscribes every stream from its main thread and requests one token
 * each; once every stream has delivered its first token (or a deadline passed), all of them are open
 * at once, holding their responses; then it requests the rest and waits for every stream to end.
 * {@code ThreadMXBean.getPeakThreadCount()} counts platform threads only (JDK 21+ leaves virtual
 * threads out), GC and JIT threads included.
 */
final class PublisherStreams {
    static final String ITEM = "8. concurrent Flow.Publisher streams: peak platform threads (client JVM)";

    private PublisherStreams() {}

    static void run(Mode mode, EmulatorHost emulator, Report report) {
        for (Path jdk : ChildJvm.jdks(mode.everyJdk())) {
            if (!ChildJvm.installed(jdk)) {
                report.note(ITEM, "not run on " + jdk + ": no JDK there (set -D" + ChildJvm.JDKS_PROPERTY + "=<java homes>)");
                continue;
            }
            Map<String, String> r = launch(jdk, emulator.baseUrl(), mode.concurrentStreams(), Math.min(20, mode.streams() / 2));
            String jdkName = "JDK " + r.get("version");
            report.add(ITEM, jdkName + ": streams open at once (first token delivered, none ended)", num(r, "openAtOnce"), "streams");
            report.add(ITEM, jdkName + ": peak platform threads (whole JVM)", num(r, "peak"), "threads");
            report.add(ITEM, jdkName + ": platform threads with all streams open", num(r, "atOpen"), "threads");
            report.add(ITEM, jdkName + ": platform threads before the client (JVM's own)", num(r, "jvmOwn"), "threads");
            report.add(ITEM, jdkName + ": platform threads after the client's warm-up", num(r, "warm"), "threads");
            report.add(ITEM, jdkName + ": peak added by the client (peak - JVM's own)", num(r, "peak") - num(r, "jvmOwn"), "threads");
            report.add(ITEM, jdkName + ": seconds until every stream had its first token", num(r, "openSeconds"), "s");
            report.add(ITEM, jdkName + ": seconds until every stream ended", num(r, "endSeconds"), "s");
            report.add(ITEM, jdkName + ": streams failed or not ended", num(r, "failed"), "streams");
            if (!"-".equals(r.get("error"))) report.note(ITEM, jdkName + ": first failure: " + r.get("error"));
            emulator.reset();
        }
        report.note(ITEM, mode.concurrentStreams() + " streams, subscribed from one thread, each holding its demand at one token"
                + " until all are open; child JVM -Xmx1g per JDK, emulator in its own JVM");
    }

    private static double num(Map<String, String> result, String key) {
        return Double.parseDouble(result.get(key));
    }

    /** Runs the child on {@code jdk}; returns its {@code RESULT} line's key=value pairs. */
    private static Map<String, String> launch(Path jdk, String baseUrl, int streams, int warmups) {
        Process process = null;
        try {
            process = new ProcessBuilder(ChildJvm.command(jdk, "-Xmx1g", PublisherStreams.class.getName(),
                    baseUrl, String.valueOf(streams), String.valueOf(warmups))).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            Map<String, String> result = null;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    if (!line.startsWith("RESULT ")) continue;
                    result = new LinkedHashMap<>();
                    for (String pair : line.substring(7).split("\t")) {
                        int eq = pair.indexOf('=');
                        result.put(pair.substring(0, eq), pair.substring(eq + 1));
                    }
                }
            }
            if (!process.waitFor(30, TimeUnit.SECONDS)) throw new IllegalStateException("publisher child on " + jdk + " did not exit");
            if (result == null || process.exitValue() != 0) {
                throw new IllegalStateException("publisher child on " + jdk + " exited " + process.exitValue() + " without a result");
            }
            return result;
        } catch (IOException e) {
            throw new IllegalStateException("cannot launch a JVM from " + jdk, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            if (process != null && process.isAlive()) process.destroyForcibly();
        }
    }

    /** The child. Arguments: {@code <base url> <streams> <warm-up streams>}. Prints one tab-separated {@code RESULT} line. */
    public static void main(String[] args) throws InterruptedException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int jvmOwn = threads.getThreadCount();
        String baseUrl = args[0];
        int streams = Integer.parseInt(args[1]);
        int warmups = Integer.parseInt(args[2]);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("version", System.getProperty("java.version"));
        result.put("jvmOwn", jvmOwn);
        try (Clients clients = new Clients(baseUrl)) {
            for (int i = 0; i < warmups; i++) {  // warm-up: the client's threads and classes, one stream at a time
                Holder warm = new Holder(new CountDownLatch(1), new CountDownLatch(1));
                warm.release();
                clients.generated.publish(RawSse.QUESTION).subscribe(warm);
                if (!warm.ends.await(30, TimeUnit.SECONDS) || warm.error.get() != null) {
                    throw new IllegalStateException("warm-up stream failed", warm.error.get());
                }
            }
            result.put("warm", threads.getThreadCount());
            threads.resetPeakThreadCount();

            CountDownLatch firsts = new CountDownLatch(streams), ends = new CountDownLatch(streams);
            List<Holder> holders = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < streams; i++) {
                Holder h = new Holder(firsts, ends);
                holders.add(h);
                clients.generated.publish(RawSse.QUESTION).subscribe(h);
            }
            // Past this deadline, the streams that could not open while others held theirs are the finding.
            firsts.await(Math.max(20, streams / 10), TimeUnit.SECONDS);
            result.put("openSeconds", (System.nanoTime() - start) / 1e9);
            result.put("openAtOnce", holders.stream().filter(h -> h.firstSeen.get() && h.ended.get() == 0).count());
            result.put("atOpen", threads.getThreadCount());
            holders.forEach(Holder::release);
            boolean allEnded = ends.await(120, TimeUnit.SECONDS);
            result.put("endSeconds", (System.nanoTime() - start) / 1e9);
            result.put("peak", threads.getPeakThreadCount());
            long failed = holders.stream().filter(h -> h.error.get() != null || h.ended.get() == 0 || h.text.length() == 0).count();
            result.put("failed", allEnded ? failed : Math.max(failed, ends.getCount()));
            Throwable error = holders.stream().map(h -> h.error.get()).filter(e -> e != null).findFirst().orElse(null);
            result.put("error", error == null ? (allEnded ? "-" : "streams did not end within 120 s") : error.toString().replace('\t', ' ').replace('\n', ' '));
        }
        StringBuilder line = new StringBuilder("RESULT");
        result.forEach((k, v) -> line.append(line.length() == 6 ? " " : "\t").append(k).append('=')
                .append(v instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : String.valueOf(v)));
        System.out.println(line);
        System.out.flush();
        System.exit(0);  // the measurement is over; idle client threads need not be waited for
    }

    /** One stream's subscriber: one token of demand until released, then all. */
    static final class Holder implements Flow.Subscriber<String> {
        final CountDownLatch firsts;
        final CountDownLatch ends;
        final AtomicBoolean firstSeen = new AtomicBoolean();
        final AtomicInteger ended = new AtomicInteger();
        final AtomicReference<Throwable> error = new AtomicReference<>();
        final StringBuffer text = new StringBuffer();
        private Flow.Subscription subscription;
        private boolean released;

        Holder(CountDownLatch firsts, CountDownLatch ends) {
            this.firsts = firsts;
            this.ends = ends;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            boolean all;
            synchronized (this) {
                subscription = s;
                all = released;
            }
            s.request(all ? Long.MAX_VALUE : 1);
        }

        @Override
        public void onNext(String token) {
            text.append(token);
            if (firstSeen.compareAndSet(false, true)) firsts.countDown();
        }

        @Override
        public void onError(Throwable e) {
            error.compareAndSet(null, e);
            end();
        }

        @Override
        public void onComplete() {
            end();
        }

        private void end() {
            if (firstSeen.compareAndSet(false, true)) firsts.countDown();
            if (ended.getAndIncrement() == 0) ends.countDown();
        }

        void release() {
            Flow.Subscription s;
            synchronized (this) {
                released = true;
                s = subscription;
            }
            if (s != null) s.request(Long.MAX_VALUE);
        }
    }
}
