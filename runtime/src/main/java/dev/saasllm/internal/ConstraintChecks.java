package dev.saasllm.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import dev.saasllm.model.JsonSchemaWriter;
import dev.saasllm.model.SchemaType;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Checks a value just read against its component's constraints; a broken one is a
 * {@link JsonDataException} naming the value's path, which the answer reader turns into an
 * invalid answer (and a re-ask). Generated readers and the reflective reader both call it.
 */
public final class ConstraintChecks {
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private ConstraintChecks() {}

    /**
     * Returns {@code value} if it keeps {@code constraints}; null and empty optionals pass.
     *
     * @param <T> the value's type
     * @param value the value read
     * @param constraints the component's limits
     * @param reader the reader, for the error's path
     * @return {@code value}
     */
    public static <T> T check(T value, SchemaType.Constraints constraints, JsonReader reader) {
        String problem = problem(value instanceof Optional<?> o ? o.orElse(null) : value, constraints);
        if (problem != null) throw new JsonDataException(problem + " at " + reader.getPath());
        return value;
    }

    /** What breaks a constraint, or null. */
    static String problem(Object value, SchemaType.Constraints c) {
        if (value == null) return null;
        if (value instanceof Number number) {
            BigDecimal n = number instanceof BigDecimal d ? d : number instanceof BigInteger i ? new BigDecimal(i)
                    : new BigDecimal(number.toString());
            if (c.minimum() != null && n.compareTo(BigDecimal.valueOf(c.minimum())) < 0) {
                return "Value " + n + " is below the minimum " + JsonSchemaWriter.number(c.minimum());
            }
            if (c.maximum() != null && n.compareTo(BigDecimal.valueOf(c.maximum())) > 0) {
                return "Value " + n + " is above the maximum " + JsonSchemaWriter.number(c.maximum());
            }
            return null;
        }
        if (value instanceof CharSequence text) {
            String s = text.toString();
            int length = s.codePointCount(0, s.length());
            if (c.nonBlank() && s.isBlank()) return "Value \"" + abbreviate(s) + "\" is blank; text is required";
            if (c.minLength() != null && length < c.minLength()) {
                return "Value \"" + abbreviate(s) + "\" has " + length + " characters, fewer than the minimum " + c.minLength();
            }
            if (c.maxLength() != null && length > c.maxLength()) {
                return "Value \"" + abbreviate(s) + "\" has " + length + " characters, more than the maximum " + c.maxLength();
            }
            if (c.pattern() != null && !PATTERNS.computeIfAbsent(c.pattern(), Pattern::compile).matcher(s).find()) {
                return "Value \"" + abbreviate(s) + "\" does not match the pattern " + c.pattern();
            }
            return null;
        }
        int size = value instanceof Collection<?> collection ? collection.size()
                : value.getClass().isArray() ? Array.getLength(value) : -1;
        if (size >= 0) {
            if (c.minItems() != null && size < c.minItems()) return size + " items, fewer than the minimum " + c.minItems();
            if (c.maxItems() != null && size > c.maxItems()) return size + " items, more than the maximum " + c.maxItems();
        }
        return null;
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "...";
    }
}
