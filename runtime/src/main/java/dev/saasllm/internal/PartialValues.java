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

    /**
     * The properties of a JSON object, or null.
     *
     * @param value a value from {@link PartialJson#parseForSnapshot}, or null
     * @return the properties, or null
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> asObject(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    /**
     * The items of a JSON array, or null.
     *
     * @param value a value from {@link PartialJson#parseForSnapshot}, or null
     * @return the items, or null
     */
    public static List<?> asArray(Object value) {
        return value instanceof List<?> list ? list : null;
    }

    /**
     * Text so far, also of a string still open: text may be shown as it grows.
     *
     * @param value a value from {@link PartialJson#parseForSnapshot}, or null
     * @return the text so far, or null
     */
    public static String asString(Object value) {
        if (value instanceof PartialJson.OpenString open) return open.value();
        return value instanceof String s ? s : null;
    }

    /**
     * A string whose closing quote has arrived (an enum name, a map key), or null.
     *
     * @param value a value from {@link PartialJson#parseForSnapshot}, or null
     * @return the string, or null
     */
    public static String asWholeString(Object value) {
        return value instanceof String s ? s : null;
    }

    /**
     * A JSON boolean, or null.
     *
     * @param value a value from {@link PartialJson#parseForSnapshot}, or null
     * @return the boolean, or null
     */
    public static Boolean asBoolean(Object value) {
        return value instanceof Boolean b ? b : null;
    }

    /**
     * A one-character string, closed: {@code "a} may still become {@code "ab"}, which is no char.
     *
     * @param value a value from {@link PartialJson#parseForSnapshot}, or null
     * @return the char, or null
     */
    public static Character asChar(Object value) {
        return value instanceof String s && s.length() == 1 ? s.charAt(0) : null;
    }

    /**
     * A whole number in range, as {@code Byte}, or null.
     *
     * @param value a value from {@link PartialJson#parseForSnapshot}, or null
     * @return the number, or null
     */
    public static Byte asByte(Object value) {
        return number(value, BigDecimal::byteValueExact);
    }

    /**
     * A whole number in range, as {@code Short}, or null.
     *
     * @param value a value from {@link PartialJson#parseForSnapshot}, or null
     * @return the number, or null
     */
    public static Short asShort(Object value) {
        return number(value, BigDecimal::shortValueExact);
    }

    /**
     * A whole number in range, as {@code Integer}, or null.
     *
     * @param value a value from {@link PartialJson#parseForSnapshot}, or null
     * @return the number, or null
     */
    public static Integer asInt(Object value) {
        return number(value, BigDecimal::intValueExact);
    }

    /**
     * A whole number in range, as {@code Long}, or null.
     *
     * @param value a value from {@link PartialJson#parseForSnapshot}, or null
     * @return the number, or null
     */
    public static Long asLong(Object value) {
        return number(value, BigDecimal::longValueExact);
    }

    /**
     * A number, as {@code Float}, or null.
     *
     * @param value a value from {@link PartialJson#parseForSnapshot}, or null
     * @return the number, or null
     */
    public static Float asFloat(Object value) {
        return number(value, BigDecimal::floatValue);
    }

    /**
     * A number, as {@code Double}, or null.
     *
     * @param value a value from {@link PartialJson#parseForSnapshot}, or null
     * @return the number, or null
     */
    public static Double asDouble(Object value) {
        return number(value, BigDecimal::doubleValue);
    }

    /**
     * A number, as {@code BigDecimal}, or null.
     *
     * @param value a value from {@link PartialJson#parseForSnapshot}, or null
     * @return the number, or null
     */
    public static BigDecimal asBigDecimal(Object value) {
        return value instanceof BigDecimal d ? d : null;
    }

    /**
     * A whole number, as {@code BigInteger}, or null.
     *
     * @param value a value from {@link PartialJson#parseForSnapshot}, or null
     * @return the number, or null
     */
    public static BigInteger asBigInteger(Object value) {
        return number(value, BigDecimal::toBigIntegerExact);
    }

    /**
     * A closed ISO-8601 string, as {@code LocalDate}, or null.
     *
     * @param value a value from {@link PartialJson#parseForSnapshot}, or null
     * @return the value, or null
     */
    public static LocalDate asLocalDate(Object value) {
        return text(value, LocalDate::parse);
    }

    /**
     * A closed ISO-8601 string, as {@code LocalDateTime}, or null.
     *
     * @param value a value from {@link PartialJson#parseForSnapshot}, or null
     * @return the value, or null
     */
    public static LocalDateTime asLocalDateTime(Object value) {
        return text(value, LocalDateTime::parse);
    }

    /**
     * A closed ISO-8601 string, as {@code LocalTime}, or null.
     *
     * @param value a value from {@link PartialJson#parseForSnapshot}, or null
     * @return the value, or null
     */
    public static LocalTime asLocalTime(Object value) {
        return text(value, LocalTime::parse);
    }

    /**
     * A closed ISO-8601 string, as {@code OffsetDateTime}, or null.
     *
     * @param value a value from {@link PartialJson#parseForSnapshot}, or null
     * @return the value, or null
     */
    public static OffsetDateTime asOffsetDateTime(Object value) {
        return text(value, OffsetDateTime::parse);
    }

    /**
     * A closed ISO-8601 string, as {@code OffsetTime}, or null.
     *
     * @param value a value from {@link PartialJson#parseForSnapshot}, or null
     * @return the value, or null
     */
    public static OffsetTime asOffsetTime(Object value) {
        return text(value, OffsetTime::parse);
    }

    /**
     * A closed ISO-8601 string, as {@code ZonedDateTime}, or null.
     *
     * @param value a value from {@link PartialJson#parseForSnapshot}, or null
     * @return the value, or null
     */
    public static ZonedDateTime asZonedDateTime(Object value) {
        return text(value, ZonedDateTime::parse);
    }

    /**
     * A closed ISO-8601 string, as {@code Instant}, or null.
     *
     * @param value a value from {@link PartialJson#parseForSnapshot}, or null
     * @return the value, or null
     */
    public static Instant asInstant(Object value) {
        return text(value, Instant::parse);
    }

    /**
     * A closed ISO-8601 string, as {@code Duration}, or null.
     *
     * @param value a value from {@link PartialJson#parseForSnapshot}, or null
     * @return the value, or null
     */
    public static Duration asDuration(Object value) {
        return text(value, Duration::parse);
    }

    /**
     * Only the full 36-character form: {@code UUID.fromString} accepts some shortened ones.
     *
     * @param value a value from {@link PartialJson#parseForSnapshot}, or null
     * @return the UUID, or null
     */
    public static UUID asUuid(Object value) {
        return value instanceof String s && s.length() == 36 ? text(s, UUID::fromString) : null;
    }

    /**
     * A closed string, as {@code URI}, or null.
     *
     * @param value a value from {@link PartialJson#parseForSnapshot}, or null
     * @return the URI, or null
     */
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
