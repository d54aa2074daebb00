package dev.saasllm.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Item 7: javac on a module of N {@code @LlmJob} interfaces (each with its record and two methods),
 * with and without saasllm-processor, in this JVM (javax.tools), several repetitions.
 */
final class ProcessorCost {
    private static final String PROCESSOR = "dev.saasllm.processor.LlmJobProcessor";

    private ProcessorCost() {}

    static void run(Mode mode, Report report) {
        String item = "7. processor cost: javac, " + mode.interfaces() + " @LlmJob interfaces";
        Path dir = null;
        try {
            dir = Files.createTempDirectory("saasllm-processor-cost");
            List<Path> sources = write(dir.resolve("src"), mode.interfaces());
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            // The first compilations load and warm javac itself; they are reported apart.
            double firstWithout = compile(javac, dir, sources, false);
            double firstWith = compile(javac, dir, sources, true);
            double[] without = new double[mode.compileRepetitions()];
            double[] with = new double[mode.compileRepetitions()];
            double[] generatedToo = new double[mode.compileRepetitions()];
            for (int i = 0; i < without.length; i++) {
                without[i] = compile(javac, dir, sources, false);
                with[i] = compile(javac, dir, sources, true);
                // The inputs plus the sources the processor wrote, without the processor: what
                // compiling the generated code costs, apart from generating it.
                generatedToo[i] = compile(javac, dir, withGenerated(sources, dir.resolve("out-with")), false);
            }
            report.add(item, "first compile, without processor", firstWithout, "ms");
            report.add(item, "first compile, with processor", firstWith, "ms");
            report.add(item, "warm javac, without processor: median of " + without.length, Stats.median(without), "ms");
            report.add(item, "warm javac, with processor: median of " + with.length, Stats.median(with), "ms");
            report.add(item, "warm javac, inputs + generated sources, no processor: median", Stats.median(generatedToo), "ms");
            report.add(item, "warm javac: processor adds", Stats.median(with) - Stats.median(without), "ms");
            report.add(item, "  of which compiling the generated code", Stats.median(generatedToo) - Stats.median(without), "ms");
            report.add(item, "  of which the processor itself (rest)", Stats.median(with) - Stats.median(generatedToo), "ms");
            report.add(item, "warm javac: with / without", Stats.median(with) / Stats.median(without), "x");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (dir != null) delete(dir);
        }
    }

    private static double compile(JavaCompiler javac, Path dir, List<Path> sources, boolean processor) throws IOException {
        Path out = dir.resolve(processor ? "out-with" : "out-without");
        delete(out);
        Files.createDirectories(out);
        List<String> args = new ArrayList<>(List.of("--release", "17", "-d", out.toString(), "-s", out.toString(),
                "-cp", System.getProperty("java.class.path"), "-implicit:none", "-nowarn"));
        if (processor) {
            args.addAll(List.of("-processorpath", System.getProperty("java.class.path"), "-processor", PROCESSOR));
        } else {
            args.add("-proc:none");
        }
        sources.forEach(s -> args.add(s.toString()));
        long start = System.nanoTime();
        int exit = javac.run(null, null, null, args.toArray(String[]::new));
        double millis = (System.nanoTime() - start) / 1e6;
        if (exit != 0) throw new IllegalStateException("javac failed (processor " + processor + "), exit " + exit);
        if (processor && !Files.exists(out.resolve("bench/gen/SaasLlm_Service0.class"))) {
            throw new IllegalStateException("the processor generated nothing");
        }
        return millis;
    }

    private static List<Path> withGenerated(List<Path> sources, Path generatedDir) throws IOException {
        List<Path> all = new ArrayList<>(sources);
        try (Stream<Path> files = Files.walk(generatedDir)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(all::add);
        }
        return all;
    }

    /** Interface i and its record i, in package {@code bench.gen}. */
    static List<Path> write(Path root, int count) throws IOException {
        Path pkg = Files.createDirectories(root.resolve("bench/gen"));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            files.add(Files.writeString(pkg.resolve("Result" + i + ".java"), """
                    package bench.gen;

                    import dev.saasllm.annotations.Description;
                    import java.util.List;
                    import java.util.Optional;

                    public record Result%1$d(
                            String title,
                            @Description("How sure the model is, 0 to 1") double confidence,
                            int count,
                            List<String> tags,
                            Optional<String> note,
                            Kind%1$d kind) {
                        public enum Kind%1$d { SMALL, LARGE }
                    }
                    """.formatted(i)));
            files.add(Files.writeString(pkg.resolve("Service" + i + ".java"), """
                    package bench.gen;

                    import dev.saasllm.annotations.LlmJob;
                    import dev.saasllm.annotations.Prompt;

                    @LlmJob(type = "job_%1$d", model = "Model%1$d")
                    public interface Service%1$d {
                        @Prompt(system = "You analyse documents.", value = "Analyse {text} for {audience}")
                        Result%1$d analyse(String text, String audience);

                        @Prompt("Summarize: {text}")
                        String summarize(String text);
                    }
                    """.formatted(i)));
        }
        return files;
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
