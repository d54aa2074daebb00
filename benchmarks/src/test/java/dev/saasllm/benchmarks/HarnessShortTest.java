package dev.saasllm.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * CI's guard that the benchmarks keep building and working: the harness in short mode yields a
 * figure for every item. Values are not checked (no timing assertions), only that they exist.
 */
class HarnessShortTest {
    @Test
    void shortRunYieldsFiguresForEveryItem() {
        Report report = Harness.run(Mode.SHORT);
        report.print(System.out);
        Map<String, List<Report.Figure>> items = report.items();

        List<String> expected = List.of("1. per-job time, sequential (child-JVM emulator)",
                "1. per-job time, sequential (in-process emulator)",
                "2. concurrency", "2b. concurrency, async", "3. one-call job", "4. streaming", "5a. allocation per job", "5b. peak heap",
                "6. cold start", "7. processor cost");
        for (String prefix : expected) {
            List<Report.Figure> figures = items.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                    .findFirst().map(Map.Entry::getValue).orElseThrow(() -> new AssertionError("no item " + prefix));
            assertFalse(figures.isEmpty(), prefix);
            for (Report.Figure f : figures) {
                assertTrue(Double.isFinite(f.value()), prefix + ": " + f);
            }
        }
        assertEquals(expected.size(), items.size(), "items: " + items.keySet());

        String concurrency = items.keySet().stream().filter(k -> k.startsWith("2.")).findFirst().orElseThrow();
        for (int c : Mode.CONCURRENCY) {
            for (String side : List.of("generated", "baseline")) {
                for (String figure : List.of("throughput", "p50", "p99")) {
                    assertTrue(Double.isFinite(report.value(concurrency, side + " c=" + c + ": " + figure)),
                            side + " c=" + c + " " + figure);
                }
            }
        }
    }
}
