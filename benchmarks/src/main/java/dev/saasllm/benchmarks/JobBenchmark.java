package dev.saasllm.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Items 1 and 5 under JMH: one structured-output job (create, call, complete) through the generated
 * client and through the hand-written baseline, against the emulator in a child JVM (its
 * allocations stay out of {@code -prof gc}) or in the benchmark's JVM.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class JobBenchmark {
    @Param({"child", "in-process"})
    public String emulator;

    private EmulatorHost host;
    private Clients clients;

    @Setup(Level.Trial)
    public void start() {
        host = EmulatorHost.start(emulator.equals("child"), 0);
        clients = new Clients(host.baseUrl());
    }

    /** Keeps the emulator's job store and request log from growing through the run. */
    @Setup(Level.Iteration)
    public void reset() {
        host.reset();
    }

    @TearDown(Level.Trial)
    public void stop() {
        clients.close();
        host.close();
    }

    @Benchmark
    public Profile generated() {
        return clients.generatedJob();
    }

    @Benchmark
    public Profile baseline() {
        return clients.baselineJob();
    }
}
