package dev.saasllm.internal.schema;

import java.util.Map;

/** The Java types answered as a JSON scalar, with their {@link SchemaType.Scalar}. */
final class Scalars {
    private static final Map<Class<?>, SchemaType.Scalar> SCALARS = Map.ofEntries(
            entry(String.class, SchemaType.ScalarKind.STRING, null),
            entry(char.class, SchemaType.ScalarKind.STRING, null),
            entry(Character.class, SchemaType.ScalarKind.STRING, null),
            entry(boolean.class, SchemaType.ScalarKind.BOOLEAN, null),
            entry(Boolean.class, SchemaType.ScalarKind.BOOLEAN, null),
            entry(byte.class, SchemaType.ScalarKind.INTEGER, null),
            entry(Byte.class, SchemaType.ScalarKind.INTEGER, null),
            entry(short.class, SchemaType.ScalarKind.INTEGER, null),
            entry(Short.class, SchemaType.ScalarKind.INTEGER, null),
            entry(int.class, SchemaType.ScalarKind.INTEGER, null),
            entry(Integer.class, SchemaType.ScalarKind.INTEGER, null),
            entry(long.class, SchemaType.ScalarKind.INTEGER, null),
            entry(Long.class, SchemaType.ScalarKind.INTEGER, null),
            entry(java.math.BigInteger.class, SchemaType.ScalarKind.INTEGER, null),
            entry(float.class, SchemaType.ScalarKind.NUMBER, null),
            entry(Float.class, SchemaType.ScalarKind.NUMBER, null),
            entry(double.class, SchemaType.ScalarKind.NUMBER, null),
            entry(Double.class, SchemaType.ScalarKind.NUMBER, null),
            entry(java.math.BigDecimal.class, SchemaType.ScalarKind.NUMBER, null),
            entry(java.time.LocalDate.class, SchemaType.ScalarKind.STRING, "date"),
            entry(java.time.LocalDateTime.class, SchemaType.ScalarKind.STRING, "date-time"),
            entry(java.time.OffsetDateTime.class, SchemaType.ScalarKind.STRING, "date-time"),
            entry(java.time.ZonedDateTime.class, SchemaType.ScalarKind.STRING, "date-time"),
            entry(java.time.Instant.class, SchemaType.ScalarKind.STRING, "date-time"),
            entry(java.time.LocalTime.class, SchemaType.ScalarKind.STRING, "time"),
            entry(java.time.OffsetTime.class, SchemaType.ScalarKind.STRING, "time"),
            entry(java.time.Duration.class, SchemaType.ScalarKind.STRING, "duration"),
            entry(java.util.UUID.class, SchemaType.ScalarKind.STRING, "uuid"),
            entry(java.net.URI.class, SchemaType.ScalarKind.STRING, "uri"));

    private Scalars() {}

    /** The scalar for {@code type}, or null if it is not one. */
    static SchemaType.Scalar of(Class<?> type) {
        return SCALARS.get(type);
    }

    private static Map.Entry<Class<?>, SchemaType.Scalar> entry(Class<?> type, SchemaType.ScalarKind kind, String format) {
        return Map.entry(type, new SchemaType.Scalar(kind, type.getCanonicalName(), format));
    }
}
