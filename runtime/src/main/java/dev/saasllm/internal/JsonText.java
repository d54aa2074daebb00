package dev.saasllm.internal;

import java.math.BigDecimal;

/**
 * JSON text for template values ({@code {order|json}}, and records by default): generated code
 * writes records, enums, collections and maps by structure and calls these for strings and scalars.
 */
public final class JsonText {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonText() {}

    /** A JSON string, escaped as RFC 8259 requires; {@code null} as {@code null}. */
    public static StringBuilder string(StringBuilder out, String value) {
        if (value == null) return out.append("null");
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\u2028' -> out.append("\\u2028"); // valid JSON, but a line break to JavaScript
                case '\u2029' -> out.append("\\u2029");
                default -> {
                    if (c < 0x20) out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
                    else out.append(c);
                }
            }
        }
        return out.append('"');
    }

    /**
     * A scalar: a boolean or a finite number as a JSON literal, {@code null} as {@code null},
     * anything else (text, characters, NaN and infinities, java.time, UUID, URI) as the string of
     * its {@code toString}.
     */
    public static StringBuilder scalar(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte || value instanceof java.math.BigInteger) {
            out.append(value);
        } else if (value instanceof BigDecimal decimal) {
            out.append(decimal.toPlainString());
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) string(out, value.toString());
            else out.append(Templates.text(value));
        } else {
            string(out, value.toString());
        }
        return out;
    }
}
