package dev.saasllm.processor.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a template into literal text and placeholders. {@code {{} and {@code }}} are literal
 * braces; a lone {@code }}, an unclosed {@code {} or a placeholder that is not a dotted Java
 * identifier is an error.
 */
final class TemplateSyntax {
    private static final Pattern PATH = Pattern.compile("[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*"
            + "(\\.[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*)*");

    /** A parsed part: literal text, or a placeholder's dotted names. */
    sealed interface Part {}

    record Text(String text) implements Part {}

    record Path(String source, List<String> names) implements Part {}

    /** The parse result: parts, or an error description. */
    record Result(List<Part> parts, String error) {}

    private TemplateSyntax() {}

    static Result parse(String template) {
        List<Part> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '{') {
                text.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < template.length() && template.charAt(i + 1) == '}') {
                text.append('}');
                i += 2;
            } else if (c == '}') {
                return error("a lone '}' at index " + i + " (write }} for a literal brace)");
            } else if (c == '{') {
                int end = template.indexOf('}', i + 1);
                int nextOpen = template.indexOf('{', i + 1);
                if (end < 0 || (nextOpen >= 0 && nextOpen < end)) {
                    return error("'{' at index " + i + " is never closed (write {{ for a literal brace)");
                }
                String source = template.substring(i + 1, end);
                if (!PATH.matcher(source).matches()) {
                    return error("{" + source + "} at index " + i + " is not a parameter name or a dotted path");
                }
                if (text.length() > 0) {
                    parts.add(new Text(text.toString()));
                    text.setLength(0);
                }
                parts.add(new Path(source, Arrays.asList(source.split("\\."))));
                i = end + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        if (text.length() > 0) {
            parts.add(new Text(text.toString()));
        }
        return new Result(List.copyOf(parts), null);
    }

    private static Result error(String message) {
        return new Result(List.of(), message);
    }
}
