package dev.saasllm.internal;

import dev.saasllm.model.JsonSchemaWriter;
import java.math.BigDecimal;

/**
 * JSON text for template values ({@code {order|json}}, and records by default): generated code
 * writes records, enums, collections and maps by structure and calls these for strings and scalars.
 */
public final class JsonText {
    private JsonText() {}

    /**
     * A JSON string, escaped as RFC 8259 requires (the schema writer's escaping); {@code null} as {@code null}.
     *
     * @param out where the literal is appended
     * @param value the text, or null
     * @return {@code out}
     */
    public static StringBuilder string(StringBuilder out, String value) {
        if (value == null) return out.append("null");
        JsonSchemaWriter.string(value, out);
        return out;
    }

    /**
     * A scalar: a boolean or a finite number as a JSON literal, {@code null} as {@code null},
     * anything else (text, characters, NaN and infinities, java.time, UUID, URI) as the string of
     * its {@code toString}.
     *
     * @param out where the literal is appended
     * @param value the scalar, or null
     * @return {@code out}
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
