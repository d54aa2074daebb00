package dev.saasllm.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The harness's figures, item by item, in the order measured; plus notes on what is missing. */
final class Report {
    record Figure(String name, double value, String unit) {}

    private final Map<String, List<Figure>> items = new LinkedHashMap<>();
    private final Map<String, List<String>> notes = new LinkedHashMap<>();

    synchronized void add(String item, String name, double value, String unit) {
        items.computeIfAbsent(item, k -> new ArrayList<>()).add(new Figure(name, value, unit));
    }

    synchronized void note(String item, String text) {
        items.computeIfAbsent(item, k -> new ArrayList<>());
        notes.computeIfAbsent(item, k -> new ArrayList<>()).add(text);
    }

    synchronized Map<String, List<Figure>> items() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(items));
    }

    synchronized List<String> notes(String item) {
        return List.copyOf(notes.getOrDefault(item, List.of()));
    }

    /** The value of figure {@code name} of the first item whose name starts with {@code item}, or NaN. */
    synchronized double value(String item, String name) {
        return items.entrySet().stream().filter(e -> e.getKey().startsWith(item)).findFirst()
                .map(Map.Entry::getValue).orElse(List.of()).stream().filter(f -> f.name().equals(name))
                .mapToDouble(Figure::value).findFirst().orElse(Double.NaN);
    }

    synchronized void print(PrintStream out) {
        items.forEach((item, figures) -> {
            out.println();
            out.println("## " + item);
            for (Figure f : figures) {
                out.println(String.format(Locale.ROOT, "  %-72s %14.3f %s", f.name(), f.value(), f.unit()));
            }
            for (String note : notes.getOrDefault(item, List.of())) out.println("  note: " + note);
        });
        out.flush();
    }
}
