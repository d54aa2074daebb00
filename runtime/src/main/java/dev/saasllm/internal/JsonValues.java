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

/**
 * Reads the scalar values Moshi's {@link JsonReader} has no method for. Called by adapters generated
 * at compile time and by the reflective reader, so both convert alike. Every failure is a
 * {@link JsonDataException} naming the JSON path.
 */
public final class JsonValues {
    private JsonValues() {}

    public static char nextChar(JsonReader reader) throws IOException {
        String value = reader.nextString();
        if (value.length() != 1) {
            throw new JsonDataException("Expected a single character but was \"" + value + "\" at path " + reader.getPath());
        }
        return value.charAt(0);
    }

    public static byte nextByte(JsonReader reader) throws IOException {
        return (byte) nextIntIn(reader, Byte.MIN_VALUE, Byte.MAX_VALUE);
    }

    public static short nextShort(JsonReader reader) throws IOException {
        return (short) nextIntIn(reader, Short.MIN_VALUE, Short.MAX_VALUE);
    }

    public static float nextFloat(JsonReader reader) throws IOException {
        double value = reader.nextDouble();
        float narrowed = (float) value;
        if (Float.isInfinite(narrowed) && !Double.isInfinite(value)) {
            throw new JsonDataException("Expected a float but was " + value + " at path " + reader.getPath());
        }
        return narrowed;
    }

    public static BigDecimal nextBigDecimal(JsonReader reader) throws IOException {
        String text = nextNumberText(reader);
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new JsonDataException("Expected a number but was \"" + text + "\" at path " + reader.getPath());
        }
    }

    public static BigInteger nextBigInteger(JsonReader reader) throws IOException {
        String text = nextNumberText(reader);
        try {
            return new BigDecimal(text).toBigIntegerExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new JsonDataException("Expected an integer but was \"" + text + "\" at path " + reader.getPath());
        }
    }

    public static LocalDate nextLocalDate(JsonReader reader) throws IOException {
        String text = reader.nextString();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text).toLocalDate();
            } catch (DateTimeParseException ignored) {
                throw badTemporal(reader, text, "date (yyyy-mm-dd)");
            }
        }
    }

    /** Accepts a local date-time, or one with a zone (the zone is dropped). */
    public static LocalDateTime nextLocalDateTime(JsonReader reader) throws IOException {
        String text = reader.nextString();
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text).toLocalDateTime();
            } catch (DateTimeParseException ignored) {
                throw badTemporal(reader, text, "date-time");
            }
        }
    }

    public static LocalTime nextLocalTime(JsonReader reader) throws IOException {
        String text = reader.nextString();
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return OffsetTime.parse(text).toLocalTime();
            } catch (DateTimeParseException ignored) {
                throw badTemporal(reader, text, "time");
            }
        }
    }

    public static OffsetDateTime nextOffsetDateTime(JsonReader reader) throws IOException {
        String text = reader.nextString();
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw badTemporal(reader, text, "date-time with an offset");
        }
    }

    public static OffsetTime nextOffsetTime(JsonReader reader) throws IOException {
        String text = reader.nextString();
        try {
            return OffsetTime.parse(text);
        } catch (DateTimeParseException e) {
            throw badTemporal(reader, text, "time with an offset");
        }
    }

    public static ZonedDateTime nextZonedDateTime(JsonReader reader) throws IOException {
        String text = reader.nextString();
        try {
            return ZonedDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw badTemporal(reader, text, "date-time with a zone");
        }
    }

    public static Instant nextInstant(JsonReader reader) throws IOException {
        String text = reader.nextString();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw badTemporal(reader, text, "date-time with an offset");
        }
    }

    public static Duration nextDuration(JsonReader reader) throws IOException {
        String text = reader.nextString();
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw badTemporal(reader, text, "ISO-8601 duration (e.g. PT5M)");
        }
    }

    public static UUID nextUuid(JsonReader reader) throws IOException {
        String text = reader.nextString();
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new JsonDataException("Expected a UUID but was \"" + text + "\" at path " + reader.getPath());
        }
    }

    public static URI nextUri(JsonReader reader) throws IOException {
        String text = reader.nextString();
        try {
            return new URI(text);
        } catch (java.net.URISyntaxException e) {
            throw new JsonDataException("Expected a URI but was \"" + text + "\" at path " + reader.getPath());
        }
    }

    /** The error for a property the model left out. */
    public static JsonDataException missingProperty(String jsonName, JsonReader reader) {
        return new JsonDataException("Required value '" + jsonName + "' missing at " + reader.getPath());
    }

    /** The error for {@code null} where the type does not allow it. */
    public static JsonDataException unexpectedNull(String jsonName, JsonReader reader) {
        return new JsonDataException("Non-null value '" + jsonName + "' was null at " + reader.getPath());
    }

    /** The error for an enum value outside the enum. */
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

    private static JsonDataException badTemporal(JsonReader reader, String text, String expected) {
        return new JsonDataException("Expected a " + expected + " but was \"" + text + "\" at path " + reader.getPath());
    }
}
