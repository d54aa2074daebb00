package dev.saasllm.internal;

import java.util.Arrays;

/** How generated code renders a template argument as text. */
public final class Templates {
    private Templates() {}

    /**
     * {@code String} as is, {@code null} as {@code "null"}, an array by {@link Arrays#deepToString}
     * (or its primitive {@code toString}), anything else by {@link String#valueOf}. The result is
     * inserted into the prompt as plain text and never read as template.
     */
    public static String text(Object value) {
        if (value instanceof String string) return string;
        if (value == null || !value.getClass().isArray()) return String.valueOf(value);
        // deepToString handles Object[] (nested too); wrap a primitive array to reach it.
        return Arrays.deepToString(new Object[] {value}).replaceFirst("^\\[(.*)]$", "$1");
    }
}
