package dev.saasllm.model;

import java.util.HashMap;
import java.util.Map;

/**
 * The Java types answered as a JSON scalar, with their {@link SchemaType.Scalar}, by canonical
 * name: the processor looks types up by the name javac gives, the runtime by
 * {@link Class#getCanonicalName()}, so both read the same table.
 */
public final class Scalars {
    private static final Map<String, SchemaType.Scalar> SCALARS = table();

    private Scalars() {}

    /**
     * The scalar for the type of this canonical name ({@code int}, {@code java.lang.Integer},
     * {@code java.time.LocalDate}), or null if it is not one (or the name is null).
     *
     * @param canonicalName a canonical type name; may be null
     * @return the scalar, or null for a type that is not a scalar
     */
    public static SchemaType.Scalar of(String canonicalName) {
        return canonicalName == null ? null : SCALARS.get(canonicalName);
    }

    private static Map<String, SchemaType.Scalar> table() {
        Map<String, SchemaType.Scalar> table = new HashMap<>();
        for (String name : new String[] {"java.lang.String", "char", "java.lang.Character"}) {
            put(table, name, SchemaType.ScalarKind.STRING, null);
        }
        put(table, "boolean", SchemaType.ScalarKind.BOOLEAN, null);
        put(table, "java.lang.Boolean", SchemaType.ScalarKind.BOOLEAN, null);
        for (String name : new String[] {"byte", "java.lang.Byte", "short", "java.lang.Short", "int", "java.lang.Integer",
                "long", "java.lang.Long", "java.math.BigInteger"}) {
            put(table, name, SchemaType.ScalarKind.INTEGER, null);
        }
        for (String name : new String[] {"float", "java.lang.Float", "double", "java.lang.Double", "java.math.BigDecimal"}) {
            put(table, name, SchemaType.ScalarKind.NUMBER, null);
        }
        put(table, "java.time.LocalDate", SchemaType.ScalarKind.STRING, "date");
        for (String name : new String[] {"java.time.LocalDateTime", "java.time.OffsetDateTime", "java.time.ZonedDateTime",
                "java.time.Instant"}) {
            put(table, name, SchemaType.ScalarKind.STRING, "date-time");
        }
        put(table, "java.time.LocalTime", SchemaType.ScalarKind.STRING, "time");
        put(table, "java.time.OffsetTime", SchemaType.ScalarKind.STRING, "time");
        put(table, "java.time.Duration", SchemaType.ScalarKind.STRING, "duration");
        put(table, "java.util.UUID", SchemaType.ScalarKind.STRING, "uuid");
        put(table, "java.net.URI", SchemaType.ScalarKind.STRING, "uri");
        return Map.copyOf(table);
    }

    private static void put(Map<String, SchemaType.Scalar> table, String name, SchemaType.ScalarKind kind, String format) {
        table.put(name, new SchemaType.Scalar(kind, name, format));
    }
}
