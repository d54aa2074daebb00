package dev.saasllm.internal;

/** How generated code renders a template argument as text. */
public final class Templates {
    private Templates() {}

    /**
     * {@code String} as is, {@code null} as {@code "null"}, anything else by {@link String#valueOf}.
     * The result is inserted into the prompt as plain text and never read as template.
     */
    public static String text(Object value) {
        return String.valueOf(value);
    }
}
