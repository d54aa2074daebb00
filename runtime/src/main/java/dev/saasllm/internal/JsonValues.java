package dev.saasllm.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import java.io.IOException;
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
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads the scalar values Moshi's {@link JsonReader} has no method for. Called by adapters generated
 * at compile time and by the reflective reader, so both convert alike. Every failure is a
 * {@link JsonDataException} naming the JSON path.
 */
public final class JsonValues {
    private JsonValues() {}

    /**
     * A one-character string.
     *
     * @param reader positioned at the value
     * @return the char
     * @throws IOException when the JSON cannot be read
     * @throws JsonDataException when the value is not one
     */
    public static char nextChar(JsonReader reader) throws IOException {
        String value = reader.nextString();
        if (value.length() != 1) {
            throw new JsonDataException("Expected a single character but was \"" + value + "\" at path " + reader.getPath());
        }
        return value.charAt(0);
    }

    /**
     * A whole number in {@code byte} range.
     *
     * @param reader positioned at the value
     * @return the byte
     * @throws IOException when the JSON cannot be read
     * @throws JsonDataException when the value is not one
     */
    public static byte nextByte(JsonReader reader) throws IOException {
        return (byte) nextIntIn(reader, Byte.MIN_VALUE, Byte.MAX_VALUE);
    }

    /**
     * A whole number in {@code short} range.
     *
     * @param reader positioned at the value
     * @return the short
     * @throws IOException when the JSON cannot be read
     * @throws JsonDataException when the value is not one
     */
    public static short nextShort(JsonReader reader) throws IOException {
        return (short) nextIntIn(reader, Short.MIN_VALUE, Short.MAX_VALUE);
    }

    /**
     * A number in {@code float} range.
     *
     * @param reader positioned at the value
     * @return the float
     * @throws IOException when the JSON cannot be read
     * @throws JsonDataException when the value is not one
     */
    public static float nextFloat(JsonReader reader) throws IOException {
        double value = reader.nextDouble();
        float narrowed = (float) value;
        if (Float.isInfinite(narrowed) && !Double.isInfinite(value)) {
            throw new JsonDataException("Expected a float but was " + value + " at path " + reader.getPath());
        }
        return narrowed;
    }

    /**
     * A number, read from its text without loss.
     *
     * @param reader positioned at the value
     * @return the number
     * @throws IOException when the JSON cannot be read
     * @throws JsonDataException when the value is not one
     */
    public static BigDecimal nextBigDecimal(JsonReader reader) throws IOException {
        String text = nextNumberText(reader);
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new JsonDataException("Expected a number but was \"" + text + "\" at path " + reader.getPath());
        }
    }

    /**
     * A whole number of any size.
     *
     * @param reader positioned at the value
     * @return the number
     * @throws IOException when the JSON cannot be read
     * @throws JsonDataException when the value is not one
     */
    public static BigInteger nextBigInteger(JsonReader reader) throws IOException {
        String text = nextNumberText(reader);
        try {
            return new BigDecimal(text).toBigIntegerExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new JsonDataException("Expected an integer but was \"" + text + "\" at path " + reader.getPath());
        }
    }

    /**
     * A date ({@code yyyy-mm-dd}), or a date-time with an offset (its date).
     *
     * @param reader positioned at the value
     * @return the date
     * @throws IOException when the JSON cannot be read
     * @throws JsonDataException when the value is not one
     */
    public static LocalDate nextLocalDate(JsonReader reader) throws IOException {
        return temporal(reader, "date (yyyy-mm-dd)", LocalDate::parse, text -> OffsetDateTime.parse(text).toLocalDate());
    }

    /**
     * Accepts a local date-time, or one with a zone (the zone is dropped).
     *
     * @param reader positioned at the value
     * @return the date-time
     * @throws IOException when the JSON cannot be read
     */
    public static LocalDateTime nextLocalDateTime(JsonReader reader) throws IOException {
        return temporal(reader, "date-time", LocalDateTime::parse, text -> OffsetDateTime.parse(text).toLocalDateTime());
    }

    /**
     * Accepts a local time, or one with an offset (the offset is dropped).
     *
     * @param reader positioned at the value
     * @return the time
     * @throws IOException when the JSON cannot be read
     */
    public static LocalTime nextLocalTime(JsonReader reader) throws IOException {
        return temporal(reader, "time", LocalTime::parse, text -> OffsetTime.parse(text).toLocalTime());
    }

    /**
     * A date-time with an offset.
     *
     * @param reader positioned at the value
     * @return the date-time
     * @throws IOException when the JSON cannot be read
     * @throws JsonDataException when the value is not one
     */
    public static OffsetDateTime nextOffsetDateTime(JsonReader reader) throws IOException {
        return temporal(reader, "date-time with an offset", OffsetDateTime::parse, null);
    }

    /**
     * A time with an offset.
     *
     * @param reader positioned at the value
     * @return the time
     * @throws IOException when the JSON cannot be read
     * @throws JsonDataException when the value is not one
     */
    public static OffsetTime nextOffsetTime(JsonReader reader) throws IOException {
        return temporal(reader, "time with an offset", OffsetTime::parse, null);
    }

    /**
     * A date-time with a zone.
     *
     * @param reader positioned at the value
     * @return the date-time
     * @throws IOException when the JSON cannot be read
     * @throws JsonDataException when the value is not one
     */
    public static ZonedDateTime nextZonedDateTime(JsonReader reader) throws IOException {
        return temporal(reader, "date-time with a zone", ZonedDateTime::parse, null);
    }

    /**
     * A date-time with an offset, as an instant.
     *
     * @param reader positioned at the value
     * @return the instant
     * @throws IOException when the JSON cannot be read
     * @throws JsonDataException when the value is not one
     */
    public static Instant nextInstant(JsonReader reader) throws IOException {
        return temporal(reader, "date-time with an offset", text -> OffsetDateTime.parse(text).toInstant(), null);
    }

    /**
     * An ISO-8601 duration, e.g. {@code PT5M}.
     *
     * @param reader positioned at the value
     * @return the duration
     * @throws IOException when the JSON cannot be read
     * @throws JsonDataException when the value is not one
     */
    public static Duration nextDuration(JsonReader reader) throws IOException {
        return temporal(reader, "ISO-8601 duration (e.g. PT5M)", Duration::parse, null);
    }

    /**
     * A UUID.
     *
     * @param reader positioned at the value
     * @return the UUID
     * @throws IOException when the JSON cannot be read
     * @throws JsonDataException when the value is not one
     */
    public static UUID nextUuid(JsonReader reader) throws IOException {
        String text = reader.nextString();
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new JsonDataException("Expected a UUID but was \"" + text + "\" at path " + reader.getPath());
        }
    }

    /**
     * A URI.
     *
     * @param reader positioned at the value
     * @return the URI
     * @throws IOException when the JSON cannot be read
     * @throws JsonDataException when the value is not one
     */
    public static URI nextUri(JsonReader reader) throws IOException {
        String text = reader.nextString();
        try {
            return new URI(text);
        } catch (java.net.URISyntaxException e) {
            throw new JsonDataException("Expected a URI but was \"" + text + "\" at path " + reader.getPath());
        }
    }

    /**
     * The error for a property the model left out.
     *
     * @param jsonName the property's JSON name
     * @param reader the reader, for its path
     * @return the error to throw
     */
    public static JsonDataException missingProperty(String jsonName, JsonReader reader) {
        return new JsonDataException("Required value '" + jsonName + "' missing at " + reader.getPath());
    }

    /**
     * The error for {@code null} where the type does not allow it.
     *
     * @param jsonName the property's JSON name
     * @param reader the reader, for its path
     * @return the error to throw
     */
    public static JsonDataException unexpectedNull(String jsonName, JsonReader reader) {
        return new JsonDataException("Non-null value '" + jsonName + "' was null at " + reader.getPath());
    }

    /**
     * The error for an enum value outside the enum.
     *
     * @param value the value read
     * @param allowed the enum's values, for the message
     * @param reader the reader, for its path
     * @return the error to throw
     */
    public static JsonDataException unknownEnumValue(String value, String allowed, JsonReader reader) {
        return new JsonDataException("Expected one of " + allowed + " but was \"" + value + "\" at path " + reader.getPath());
    }

    private static int nextIntIn(JsonReader reader, int min, int max) throws IOException {
        int value = reader.nextInt();
        if (value < min || value > max) {
            throw new JsonDataException("Expected a value between " + min + " and " + max + " but was " + value + " at path " + reader.getPath());
        }
        return value;
    }

    private static String nextNumberText(JsonReader reader) throws IOException {
        // nextString() returns a number token's exact text, so no precision is lost through double.
        JsonReader.Token token = reader.peek();
        if (token != JsonReader.Token.NUMBER && token != JsonReader.Token.STRING) {
            throw new JsonDataException("Expected a number but was " + token + " at path " + reader.getPath());
        }
        return reader.nextString();
    }

    /** Parses a string value with {@code parser}, then {@code fallback} (if any), naming what was expected. */
    private static <T> T temporal(JsonReader reader, String expected, Function<String, T> parser,
                                  Function<String, T> fallback) throws IOException {
        String text = reader.nextString();
        try {
            return parser.apply(text);
        } catch (DateTimeParseException e) {
            if (fallback != null) {
                try {
                    return fallback.apply(text);
                } catch (DateTimeParseException ignored) {
                    // reported below with the first parser's expectation
                }
            }
            throw badTemporal(reader, text, expected);
        }
    }

    private static JsonDataException badTemporal(JsonReader reader, String text, String expected) {
        return new JsonDataException("Expected a " + expected + " but was \"" + text + "\" at path " + reader.getPath());
    }
}
