package dev.saasllm.benchmarks;

import java.util.Arrays;
import java.util.List;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The full run: the harness (all items), then JMH's per-job time and allocation ({@code -prof gc}).
 * {@code java -jar benchmarks/target/benchmarks.jar [--short] [--no-jmh] [--only=part,...]}; with
 * {@code --only}, JMH runs only if asked for ({@code --jmh}).
 */
public final class RunAll {
    private RunAll() {}

    public static void main(String[] args) throws RunnerException {
        List<String> options = Arrays.asList(args);
        boolean quick = options.contains("--short");
        boolean selected = options.stream().anyMatch(a -> a.startsWith("--only="));
        boolean jmh = options.contains("--jmh") || !selected && !options.contains("--no-jmh");
        System.out.println("# saasllm-java benchmarks (" + (quick ? "short" : "full") + " run), "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + ", " + Runtime.getRuntime().availableProcessors() + " cores, max heap "
                + Runtime.getRuntime().maxMemory() / 1048576 + " MiB, arguments " + options);
        Harness.run(Harness.mode(args), Harness.only(args)).print(System.out);
        if (!jmh) return;
        OptionsBuilder jmhOptions = new OptionsBuilder();
        jmhOptions.include(JobBenchmark.class.getSimpleName()).addProfiler("gc");
        if (quick) jmhOptions.warmupIterations(1).measurementIterations(1).warmupTime(TimeValue.seconds(1))
                .measurementTime(TimeValue.seconds(1));
        new Runner(jmhOptions.build()).run();
    }
}
