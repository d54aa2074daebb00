package dev.saasllm.benchmarks;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The full run: the harness (all items), then JMH's per-job time and allocation ({@code -prof gc}).
 * {@code java -jar benchmarks/target/benchmarks.jar [--short] [--no-jmh]}.
 */
public final class RunAll {
    private RunAll() {}

    public static void main(String[] args) throws RunnerException {
        boolean quick = java.util.Arrays.asList(args).contains("--short");
        boolean jmh = !java.util.Arrays.asList(args).contains("--no-jmh");
        System.out.println("# saasllm-java benchmarks (" + (quick ? "short" : "full") + " run), "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + ", " + Runtime.getRuntime().availableProcessors() + " cores, max heap "
                + Runtime.getRuntime().maxMemory() / 1048576 + " MiB");
        Harness.run(quick ? Mode.SHORT : Mode.FULL).print(System.out);
        if (!jmh) return;
        OptionsBuilder options = new OptionsBuilder();
        options.include(JobBenchmark.class.getSimpleName()).addProfiler("gc");
        if (quick) options.warmupIterations(1).measurementIterations(1).warmupTime(
                org.openjdk.jmh.runner.options.TimeValue.seconds(1)).measurementTime(
                org.openjdk.jmh.runner.options.TimeValue.seconds(1));
        Options built = options.build();
        new Runner(built).run();
    }
}
