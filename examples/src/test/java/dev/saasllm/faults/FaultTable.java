package dev.saasllm.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The rows the fault suite prints: one per fault. */
final class FaultTable {
    record Row(String fault, int calls, int successes, int afterRetry, Map<String, Integer> failures, long leaked) {}

    private final List<Row> rows = new ArrayList<>();

    synchronized void add(Row row) {
        rows.add(row);
    }

    synchronized String render() {
        String format = "| %-44s | %5s | %9s | %11s | %-44s | %6s |%n";
        StringBuilder out = new StringBuilder();
        out.append(String.format(format, "fault", "calls", "successes", "after retry", "typed failures", "leaked"));
        out.append(String.format(format, "-".repeat(44), "-----", "---------", "-----------", "-".repeat(44), "------"));
        // Sorted by fault, so that the table reads the same whatever order the tests ran in.
        for (Row r : rows.stream().sorted(java.util.Comparator.comparing(Row::fault)).toList()) {
            String failures = r.failures().isEmpty() ? "-" : new TreeMap<>(r.failures()).entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
            out.append(String.format(format, r.fault(), r.calls(), r.successes(), r.afterRetry(), failures, r.leaked()));
        }
        return out.toString();
    }
}
