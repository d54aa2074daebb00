package dev.saasllm.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The targets of issue 11 ("Measured"), each read from the figure of this run that measures it:
 * one line per target with the figure, the bound, and whether it is met. The ratios compare sides
 * measured in the same run, interleaved; nothing here is a timed unit test.
 */
final class Targets {
    static final String ITEM = "9. issue 11 targets (figures of this run)";

    private Targets() {}

    private record Target(String label, String item, String figure, boolean atMost, double bound, String unit) {}

    static void add(Report report) {
        String sequential = "1. per-job time, sequential (child-JVM emulator)";
        String allocation = "5a. allocation per job (child-JVM emulator)";
        List<Target> targets = new ArrayList<>();
        for (int c : List.of(16, 64, 256)) {
            targets.add(new Target("a. async / sync throughput, c=" + c, ConcurrentJobs.ITEM,
                    "async / sync throughput c=" + c, false, 1.0, "x"));
        }
        for (String side : List.of("sync", "async")) {
            targets.add(new Target("b. p99 / p50 at c=32, " + side, ConcurrentJobs.ITEM,
                    "generated " + side + " c=32: p99 / p50", true, 3.0, "x"));
        }
        targets.add(new Target("c. client CPU per job / hand-written (calling thread)", sequential,
                "generated / baseline (client CPU)", true, 1.05, "x"));
        targets.add(new Target("c. client CPU per job / hand-written (whole JVM)", sequential,
                "generated / baseline (client CPU, whole JVM)", true, 1.05, "x"));
        targets.add(new Target("c. allocation per job, sync (all threads)", allocation,
                "generated: bytes per job (all threads)", true, 35_000, "B"));
        targets.add(new Target("d. cold start, java to first completed job (median)", ColdStarts.ITEM,
                null, true, 500, "ms"));
        targets.add(new Target("e. time to first token added (p50)", "4. streaming", "generated adds (p50)", true, 1.0, "ms"));
        for (Report.Figure f : report.items().getOrDefault(PublisherStreams.ITEM, List.of())) {
            if (f.name().endsWith(": peak platform threads (whole JVM)")) {
                String jdk = f.name().substring(0, f.name().indexOf(':'));
                targets.add(new Target("f. peak platform threads, " + jdk + (jdk.startsWith("JDK 25") ? "" : " (bound is for JDK 25)"),
                        PublisherStreams.ITEM, f.name(), true, 50, "threads"));
            }
        }
        for (Target t : targets) {
            double value = t.figure() != null ? report.value(t.item(), t.figure())
                    : report.items().entrySet().stream().filter(e -> e.getKey().startsWith(t.item())).findFirst()
                            .flatMap(e -> e.getValue().stream().filter(f -> f.name().startsWith("generated: median")).findFirst())
                            .map(Report.Figure::value).orElse(Double.NaN);
            String verdict = Double.isNaN(value) ? "no figure in this run (part not run, or a CPU time under the 10 ms clock)"
                    : (t.atMost() ? value <= t.bound() : value >= t.bound()) ? "met" : "NOT met";
            String bound = (t.atMost() ? "<= " : ">= ") + String.format(Locale.ROOT, "%,.2f", t.bound()) + " " + t.unit();
            if (Double.isNaN(value)) report.note(ITEM, t.label() + " [" + bound + "]: " + verdict);
            else report.add(ITEM, t.label() + " [" + bound + "] " + verdict, value, t.unit());
        }
        if (report.items().get(PublisherStreams.ITEM) == null
                || report.items().get(PublisherStreams.ITEM).stream().noneMatch(f -> f.name().startsWith("JDK 25"))) {
            report.note(ITEM, "f. peak platform threads on JDK 25: not measured in this run (no JDK 25, or item 8 not run)");
        }
    }
}
