package dev.saasllm.processor.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a template into a tree of text, placeholders and sections. Everything between braces is a
 * tag; {@code {{} and {@code }}} are literal braces:
 * <ul>
 *   <li>{@code {path}} or {@code {path|format}} or {@code {path|format:argument}} inserts a value;
 *   <li>{@code {#for item in path}}…{@code {#sep}}…{@code {#else}}…{@code {/for}} loops, with text
 *       written between items and text written when there are none (both optional);
 *   <li>{@code {#if path}}…{@code {#else}}…{@code {/if}} and {@code {#if !path}} test a value.
 * </ul>
 * A path is a dotted list of Java identifiers. Only the syntax is checked here; names and types are
 * resolved by {@link TemplateResolver}.
 */
final class TemplateSyntax {
    private static final String IDENTIFIER = "[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*";
    private static final String DOTTED = IDENTIFIER + "(?:\\." + IDENTIFIER + ")*";
    private static final Pattern VALUE = Pattern.compile("(" + DOTTED + ")(?:\\|(" + IDENTIFIER + ")(?::(.*))?)?", Pattern.DOTALL);
    private static final Pattern FOR = Pattern.compile("#for\\s+(" + IDENTIFIER + ")\\s+in\\s+(" + DOTTED + ")\\s*");
    private static final Pattern IF = Pattern.compile("#if\\s+(!?)\\s*(" + DOTTED + ")\\s*");

    /** A node of the parsed tree. */
    sealed interface Node {}

    record Text(String text) implements Node {}

    /** A dotted path as written, e.g. {@code item.product.name}. */
    record Path(String source, List<String> names) {
        static Path of(String source) {
            return new Path(source, Arrays.asList(source.split("\\.")));
        }
    }

    /** {@code {path|format:argument}}; format and argument are null when absent. */
    record Value(String tag, Path path, String format, String argument) implements Node {}

    record For(String tag, String variable, Path items, List<Node> body, List<Node> separator, List<Node> empty) implements Node {}

    record If(String tag, boolean negated, Path path, List<Node> then, List<Node> otherwise) implements Node {}

    /** The parse result: nodes, or an error description. */
    record Result(List<Node> nodes, String error) {}

    /** An open section while parsing: where its parts go, which branch comes next. */
    private static final class Open {
        final String tag;
        final int index;
        final boolean loop;
        final Matcher header;
        final List<Node> main = new ArrayList<>();
        List<Node> separator;
        List<Node> otherwise;
        List<Node> current = main;

        Open(String tag, int index, boolean loop, Matcher header) {
            this.tag = tag;
            this.index = index;
            this.loop = loop;
            this.header = header;
        }

        String closing() {
            return loop ? "{/for}" : "{/if}";
        }
    }

    private TemplateSyntax() {}

    static Result parse(String template) {
        List<Node> root = new ArrayList<>();
        List<Open> open = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '{') {
                text.append('{');
                i += 2;
                continue;
            }
            if (c == '}' && i + 1 < template.length() && template.charAt(i + 1) == '}') {
                text.append('}');
                i += 2;
                continue;
            }
            if (c == '}') return error("a lone '}' at index " + i + " (write }} for a literal brace)");
            if (c != '{') {
                text.append(c);
                i++;
                continue;
            }
            int end = template.indexOf('}', i + 1);
            int nextOpen = template.indexOf('{', i + 1);
            if (end < 0 || (nextOpen >= 0 && nextOpen < end)) {
                return error("'{' at index " + i + " is never closed (write {{ for a literal brace)");
            }
            String inside = template.substring(i + 1, end);
            String tag = "{" + inside + "}";
            List<Node> target = open.isEmpty() ? root : open.get(open.size() - 1).current;
            if (text.length() > 0) {
                target.add(new Text(text.toString()));
                text.setLength(0);
            }
            String problem = tag(inside, tag, i, root, open);
            if (problem != null) return error(problem);
            i = end + 1;
        }
        List<Node> target = open.isEmpty() ? root : open.get(open.size() - 1).current;
        if (text.length() > 0) target.add(new Text(text.toString()));
        if (!open.isEmpty()) {
            Open last = open.get(open.size() - 1);
            return error(last.tag + " at index " + last.index + " is never closed; add " + last.closing());
        }
        return new Result(List.copyOf(root), null);
    }

    // Handles one tag; returns an error description or null.
    private static String tag(String inside, String tag, int index, List<Node> root, List<Open> open) {
        Open top = open.isEmpty() ? null : open.get(open.size() - 1);
        List<Node> target = top == null ? root : top.current;
        if (inside.startsWith("#for")) {
            Matcher m = FOR.matcher(inside);
            if (!m.matches()) return tag + " at index " + index + " is not a loop; write {#for item in items}";
            open.add(new Open(tag, index, true, m));
        } else if (inside.startsWith("#if")) {
            Matcher m = IF.matcher(inside);
            if (!m.matches()) return tag + " at index " + index + " is not a condition; write {#if name} or {#if !name}";
            open.add(new Open(tag, index, false, m));
        } else if (inside.equals("#else")) {
            if (top == null) return "{#else} at index " + index + " is outside any {#if} or {#for}";
            if (top.otherwise != null) return "{#else} at index " + index + " is the second {#else} of " + top.tag;
            top.otherwise = new ArrayList<>();
            top.current = top.otherwise;
        } else if (inside.equals("#sep")) {
            if (top == null || !top.loop) {
                return "{#sep} at index " + index + " is not directly inside a {#for}; it writes text between a loop's items";
            }
            if (top.separator != null || top.otherwise != null) {
                return "{#sep} at index " + index + " comes after a {#sep} or {#else} of " + top.tag + "; write {#sep} once, before {#else}";
            }
            top.separator = new ArrayList<>();
            top.current = top.separator;
        } else if (inside.equals("/for") || inside.equals("/if")) {
            boolean loop = inside.equals("/for");
            if (top == null) return tag + " at index " + index + " closes no section; remove it";
            if (top.loop != loop) {
                return tag + " at index " + index + " cannot close " + top.tag + " opened at index " + top.index
                        + "; close that with " + top.closing() + " first";
            }
            open.remove(open.size() - 1);
            List<Node> parent = open.isEmpty() ? root : open.get(open.size() - 1).current;
            List<Node> otherwise = top.otherwise == null ? List.of() : List.copyOf(top.otherwise);
            if (loop) {
                parent.add(new For(top.tag, top.header.group(1), Path.of(top.header.group(2)), List.copyOf(top.main),
                        top.separator == null ? List.of() : List.copyOf(top.separator), otherwise));
            } else {
                parent.add(new If(top.tag, !top.header.group(1).isEmpty(), Path.of(top.header.group(2)), List.copyOf(top.main), otherwise));
            }
        } else {
            Matcher m = VALUE.matcher(inside);
            if (!m.matches()) {
                return tag + " at index " + index + " is not a parameter name or a dotted path"
                        + (inside.startsWith("#") || inside.startsWith("/") ? " (sections are {#for}, {#if}, {#sep}, {#else}, {/for} and {/if})" : "");
            }
            target.add(new Value(tag, Path.of(m.group(1)), m.group(2), m.group(3)));
        }
        return null;
    }

    private static Result error(String message) {
        return new Result(List.of(), message);
    }
}
