package dev.saasllm.internal;

import dev.saasllm.PartialJson;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Lenient conversions of {@link PartialJson#parseForSnapshot} values for generated snapshot readers:
 * each returns null when the value is absent, of another kind, or cannot be converted yet (a date
 * or UUID cut short, a number out of range), so that the field reads as not arrived. Only
 * {@link #asString} accepts a string still open; every other conversion waits for its closing quote.
 */
public final class PartialValues {
    private PartialValues() {}

    /** The properties of a JSON object, or null. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> asObject(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    /** The items of a JSON array, or null. */
    public static List<?> asArray(Object value) {
        return value instanceof List<?> list ? list : null;
    }

    /** Text so far, also of a string still open: text may be shown as it grows. */
    public static String asString(Object value) {
        if (value instanceof PartialJson.OpenString open) return open.value();
        return value instanceof String s ? s : null;
    }

    /** A string whose closing quote has arrived (an enum name, a map key), or null. */
    public static String asWholeString(Object value) {
        return value instanceof String s ? s : null;
    }

    public static Boolean asBoolean(Object value) {
        return value instanceof Boolean b ? b : null;
    }

    /** A one-character string, closed: {@code "a} may still become {@code "ab"}, which is no char. */
    public static Character asChar(Object value) {
        return value instanceof String s && s.length() == 1 ? s.charAt(0) : null;
    }

    public static Byte asByte(Object value) {
        return number(value, BigDecimal::byteValueExact);
    }

    public static Short asShort(Object value) {
        return number(value, BigDecimal::shortValueExact);
    }

    public static Integer asInt(Object value) {
        return number(value, BigDecimal::intValueExact);
    }

    public static Long asLong(Object value) {
        return number(value, BigDecimal::longValueExact);
    }

    public static Float asFloat(Object value) {
        return number(value, BigDecimal::floatValue);
    }

    public static Double asDouble(Object value) {
        return number(value, BigDecimal::doubleValue);
    }

    public static BigDecimal asBigDecimal(Object value) {
        return value instanceof BigDecimal d ? d : null;
    }

    public static BigInteger asBigInteger(Object value) {
        return number(value, BigDecimal::toBigIntegerExact);
    }

    public static LocalDate asLocalDate(Object value) {
        return text(value, LocalDate::parse);
    }

    public static LocalDateTime asLocalDateTime(Object value) {
        return text(value, LocalDateTime::parse);
    }

    public static LocalTime asLocalTime(Object value) {
        return text(value, LocalTime::parse);
    }

    public static OffsetDateTime asOffsetDateTime(Object value) {
        return text(value, OffsetDateTime::parse);
    }

    public static OffsetTime asOffsetTime(Object value) {
        return text(value, OffsetTime::parse);
    }

    public static ZonedDateTime asZonedDateTime(Object value) {
        return text(value, ZonedDateTime::parse);
    }

    public static Instant asInstant(Object value) {
        return text(value, Instant::parse);
    }

    public static Duration asDuration(Object value) {
        return text(value, Duration::parse);
    }

    /** Only the full 36-character form: {@code UUID.fromString} accepts some shortened ones. */
    public static UUID asUuid(Object value) {
        return value instanceof String s && s.length() == 36 ? text(s, UUID::fromString) : null;
    }

    public static URI asUri(Object value) {
        return text(value, URI::new);
    }

    /** A function that may reject its input with an exception. */
    @FunctionalInterface
    private interface Conversion<F, T> {
        T apply(F from) throws Exception;
    }

    private static <T> T number(Object value, Function<BigDecimal, T> conversion) {
        if (!(value instanceof BigDecimal d)) return null;
        try {
            return conversion.apply(d);
        } catch (ArithmeticException outOfRange) {
            return null;
        }
    }

    private static <T> T text(Object value, Conversion<String, T> conversion) {
        if (!(value instanceof String s)) return null;
        try {
            return conversion.apply(s);
        } catch (Exception cutShort) {
            return null;
        }
    }
}
