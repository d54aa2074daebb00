package dev.saasllm.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * CI's guard that the benchmarks keep building and working: the harness in short mode yields a
 * figure for every item, and a line for every issue 11 target. Values are not checked (no timing
 * assertions), only that they exist.
 */
class HarnessShortTest {
    @Test
    void shortRunYieldsFiguresForEveryItem() {
        Report report = Harness.run(Mode.SHORT);
        report.print(System.out);
        Map<String, List<Report.Figure>> items = report.items();

        List<String> expected = List.of("1. per-job time, sequential (child-JVM emulator)",
                "1. per-job time, sequential (in-process emulator)",
                "2. concurrency", "3. one-call job", "4. streaming", "5a. allocation per job", "5b. peak heap",
                "6. cold start", "7. processor cost", "8. concurrent Flow.Publisher streams", "9. issue 11 targets");
        for (String prefix : expected) {
            List<Report.Figure> figures = items.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                    .findFirst().map(Map.Entry::getValue).orElseThrow(() -> new AssertionError("no item " + prefix));
            assertFalse(figures.isEmpty(), prefix);
            for (Report.Figure f : figures) {
                // The whole JVM's CPU time ticks in 10 ms: the short run's few jobs may read 0, and a
                // ratio to it is NaN. Every other figure must be a number.
                boolean cpuRatio = f.unit().equals("x") && f.name().contains("CPU");
                assertTrue(Double.isFinite(f.value()) || cpuRatio && Double.isNaN(f.value()), prefix + ": " + f);
            }
        }
        assertEquals(expected.size(), items.size(), "items: " + items.keySet());

        for (int c : Mode.CONCURRENCY) {
            for (String side : List.of("generated sync", "generated async", "baseline")) {
                for (String figure : List.of("throughput", "p50", "p99", "p99 / p50", "bytes per job")) {
                    assertTrue(Double.isFinite(report.value("2.", side + " c=" + c + ": " + figure)),
                            side + " c=" + c + " " + figure);
                }
            }
            assertTrue(Double.isFinite(report.value("2.", "async / sync throughput c=" + c)), "async / sync c=" + c);
        }
        // Every target of issue 11 has its line, a figure or (a CPU ratio read as 0/0) a note; f at
        // least for this JVM's JDK.
        List<String> targets = new java.util.ArrayList<>(report.notes(Targets.ITEM));
        items.get(Targets.ITEM).forEach(f -> targets.add(f.name()));
        for (String target : List.of("a. async / sync throughput, c=16", "a. async / sync throughput, c=64",
                "a. async / sync throughput, c=256", "b. p99 / p50 at c=32, sync", "b. p99 / p50 at c=32, async",
                "c. client CPU per job / hand-written (calling thread)", "c. client CPU per job / hand-written (whole JVM)",
                "c. allocation per job", "d. cold start", "e. time to first token", "f. peak platform threads")) {
            assertTrue(targets.stream().anyMatch(line -> line.startsWith(target)), "target " + target + " in " + targets);
        }
    }
}
