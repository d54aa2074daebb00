package dev.saasllm.model;

import java.util.List;
import java.util.Objects;

/**
 * The shape of a Java type as the model must answer it: the one schema model that both the
 * reflection reader (runtime) and the {@code javax.lang.model} reader (processor) produce, so the
 * JSON Schema written from it is the same whichever side built it.
 */
public sealed interface SchemaType
        permits SchemaType.Scalar, SchemaType.Enum, SchemaType.Array, SchemaType.Object,
                SchemaType.Nullable, SchemaType.MapEntries, SchemaType.Constrained {

    /** JSON scalar kinds. */
    enum ScalarKind {
        /** {@code "string"}: text, and dates, times, durations, UUIDs and URIs with a {@code format}. */
        STRING,
        /** {@code "integer"}: whole numbers. */
        INTEGER,
        /** {@code "number"}: any JSON number. */
        NUMBER,
        /** {@code "boolean"}. */
        BOOLEAN
    }

    /**
     * A JSON scalar. {@code javaType} is the Java type's canonical name (for example {@code int},
     * {@code java.lang.Integer}, {@code java.time.LocalDate}), which the parsers use to convert;
     * {@code format} is a JSON Schema format such as {@code date} or {@code date-time}, or null.
     *
     * @param kind the JSON type
     * @param javaType the Java type's canonical name
     * @param format the JSON Schema format, or null
     */
    record Scalar(ScalarKind kind, String javaType, String format) implements SchemaType {
        /**
         * Checks that {@code kind} and {@code javaType} are given.
         *
         * @param kind the JSON type; not null
         * @param javaType the Java type's canonical name; not null
         * @param format the JSON Schema format, or null
         */
        public Scalar {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(javaType, "javaType");
        }
    }

    /**
     * An enum: a string restricted to {@code values} (after {@code @Json} renames). {@code fallback}
     * is the Java name of the {@code @Fallback} constant that other values are read as, or null.
     *
     * @param javaType the enum's canonical name
     * @param values its constants in declaration order
     * @param description the enum's {@code @Description}, or null
     * @param fallback the Java name of the {@code @Fallback} constant, or null
     */
    record Enum(String javaType, List<EnumValue> values, String description, String fallback) implements SchemaType {
        /**
         * Copies {@code values}.
         *
         * @param javaType the enum's canonical name
         * @param values its constants in declaration order
         * @param description the enum's {@code @Description}, or null
         * @param fallback the Java name of the {@code @Fallback} constant, or null
         */
        public Enum {
            values = List.copyOf(values);
        }

        /**
         * An enum without a fallback constant.
         *
         * @param javaType the enum's canonical name
         * @param values its constants in declaration order
         * @param description the enum's {@code @Description}, or null
         */
        public Enum(String javaType, List<EnumValue> values, String description) {
            this(javaType, values, description, null);
        }
    }

    /**
     * One enum constant.
     *
     * @param javaName the constant's Java name
     * @param jsonName its value on the wire ({@code @Json(name)} or the Java name)
     * @param description its {@code @Description}, or null
     */
    record EnumValue(String javaName, String jsonName, String description) {}

    /**
     * A JSON array.
     *
     * @param items the type of its items
     * @param collection how Java holds it
     */
    record Array(SchemaType items, Collection collection) implements SchemaType {}

    /** The Java container of an array. */
    enum Collection {
        /** A {@code java.util.List}. */
        LIST,
        /** A {@code java.util.Set}. */
        SET,
        /** A Java array. */
        ARRAY
    }

    /**
     * A record: a JSON object with every component as a required property.
     *
     * @param javaType the record's canonical name; empty for the wrapper of a non-record root
     * @param properties its components in declaration order
     * @param description the record's {@code @Description}, or null
     */
    record Object(String javaType, List<Property> properties, String description) implements SchemaType {
        /**
         * Copies {@code properties}.
         *
         * @param javaType the record's canonical name; empty for the wrapper of a non-record root
         * @param properties its components in declaration order
         * @param description the record's {@code @Description}, or null
         */
        public Object {
            properties = List.copyOf(properties);
        }
    }

    /**
     * A record component. {@code jsonName} is the property name on the wire ({@code @Json(name)} or
     * the component name); {@code javaName} is the component name.
     *
     * @param javaName the component name
     * @param jsonName the property name on the wire
     * @param type the component's schema
     * @param description the component's {@code @Description}, or null
     */
    record Property(String javaName, String jsonName, SchemaType type, String description) {}

    /**
     * A value that may be null: a nullable box or reference, or {@code Optional<T>}
     * ({@code optional} true), written as a union with {@code null}.
     *
     * @param inner the type when the value is present
     * @param optional true for {@code Optional<T>}, false for a nullable reference
     */
    record Nullable(SchemaType inner, boolean optional) implements SchemaType {}

    /**
     * {@code Map<String, V>}: strict schemas forbid open objects, so the model answers an array of
     * {@code {"key": ..., "value": ...}} entries, turned back into a map when parsed.
     *
     * @param valueType the type of the map's values
     */
    record MapEntries(SchemaType valueType) implements SchemaType {}

    /**
     * A value with limits from constraint annotations ({@code @Minimum}, {@code @Maximum},
     * {@code @Length}, {@code @Items}, {@code @Matches}, {@code @NonBlank}) on a record component.
     * It wraps the non-null type: a nullable constrained component is {@code Nullable(Constrained(T))}.
     *
     * @param inner the non-null type the limits apply to
     * @param constraints the limits
     */
    record Constrained(SchemaType inner, Constraints constraints) implements SchemaType {
        /**
         * Checks that both parts are given.
         *
         * @param inner the non-null type the limits apply to; not null
         * @param constraints the limits; not null
         */
        public Constrained {
            Objects.requireNonNull(inner, "inner");
            Objects.requireNonNull(constraints, "constraints");
        }
    }

    /**
     * Limits of a value; null when not set. Numbers: {@code minimum}/{@code maximum}, inclusive.
     * Strings: {@code minLength}/{@code maxLength}, {@code pattern} (found anywhere, as in JSON
     * Schema), {@code nonBlank}. Arrays: {@code minItems}/{@code maxItems}.
     *
     * @param minimum the least number allowed, or null
     * @param maximum the greatest number allowed, or null
     * @param minLength the fewest characters of a string, or null
     * @param maxLength the most characters of a string, or null
     * @param pattern a regular expression the string must contain a match of, or null
     * @param nonBlank whether a string must have a non-whitespace character
     * @param minItems the fewest items of an array, or null
     * @param maxItems the most items of an array, or null
     */
    record Constraints(Double minimum, Double maximum, Integer minLength, Integer maxLength, String pattern,
                       boolean nonBlank, Integer minItems, Integer maxItems) {
        /**
         * Whether nothing is set.
         *
         * @return true when no limit is set
         */
        public boolean isEmpty() {
            return minimum == null && maximum == null && minLength == null && maxLength == null && pattern == null
                    && !nonBlank && minItems == null && maxItems == null;
        }
    }
}
