package dev.saasllm.benchmarks;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * What a measurement reads from the client's JVM besides the clock: CPU time and allocated bytes,
 * of the calling thread or of the whole JVM. The emulator runs in a child JVM, so "the whole JVM"
 * is the client plus the harness's own (idle or trivial) threads, GC and JIT included: work the
 * client moves to other threads (OkHttp's dispatcher, an executor, virtual threads) still counts.
 */
final class Meters {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /**
     * {@code getTotalThreadAllocatedBytes()}: in JDK 21's API and in JDK 17 updates since 17.0.x, but not in
     * Java 17's API that {@code --release 17} compiles against on a newer JDK, so it is looked up once here.
     * Null where the running JDK lacks it.
     */
    private static final MethodHandle TOTAL_ALLOCATED = totalAllocated();

    private Meters() {}

    private static MethodHandle totalAllocated() {
        try {
            return MethodHandles.publicLookup().findVirtual(com.sun.management.ThreadMXBean.class,
                    "getTotalThreadAllocatedBytes", MethodType.methodType(long.class)).bindTo(THREADS);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null;
        }
    }

    /** CPU time of the calling thread, in nanoseconds. */
    static long threadCpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /** Bytes allocated so far by the calling thread. */
    static long threadAllocated() {
        return THREADS.getCurrentThreadAllocatedBytes();
    }

    /**
     * CPU time of this whole JVM (all threads, GC and JIT included), in nanoseconds. Linux counts
     * it in 10 ms clock ticks: fine over the full run's thousands of jobs, but a short run's few
     * jobs may read 0 (see {@link #ratio}).
     */
    static long processCpu() {
        return OS.getProcessCpuTime();
    }

    /**
     * Bytes allocated so far by every thread of this JVM, ended threads included; on a JDK without
     * {@code getTotalThreadAllocatedBytes()}, by the threads alive now (an undercount: ended threads
     * are missed).
     */
    static long allAllocated() {
        if (TOTAL_ALLOCATED == null) {
            return Arrays.stream(THREADS.getThreadAllocatedBytes(THREADS.getAllThreadIds())).filter(b -> b > 0).sum();
        }
        try {
            return (long) TOTAL_ALLOCATED.invokeExact();
        } catch (Throwable e) {
            throw new IllegalStateException("reading the JVM's allocated bytes", e);
        }
    }

    /** {@code a / b}, or NaN when {@code b} is 0 (a CPU time below the clock's resolution). */
    static double ratio(double a, double b) {
        return b == 0 ? Double.NaN : a / b;
    }

    /** A reading of all four, to subtract from a later one. */
    record Reading(long threadCpu, long threadAllocated, long processCpu, long allAllocated) {
        static Reading now() {
            return new Reading(Meters.threadCpu(), Meters.threadAllocated(), Meters.processCpu(), Meters.allAllocated());
        }

        Reading since(Reading before) {
            return new Reading(threadCpu - before.threadCpu, threadAllocated - before.threadAllocated,
                    processCpu - before.processCpu, allAllocated - before.allAllocated);
        }

        Reading plus(Reading other) {
            return new Reading(threadCpu + other.threadCpu, threadAllocated + other.threadAllocated,
                    processCpu + other.processCpu, allAllocated + other.allAllocated);
        }

        static final Reading ZERO = new Reading(0, 0, 0, 0);
    }
}
