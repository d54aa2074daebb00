package dev.saasllm.model;

import java.util.List;

/**
 * Writes a {@link SchemaType} as a strict JSON Schema document (every property required,
 * {@code additionalProperties: false}, nullables as a union with {@code null}, nested records
 * inline). The output is compact and deterministic: the same model always gives the same bytes.
 */
public final class JsonSchemaWriter {
    /** Property name of the object that wraps a root which is not a record. */
    public static final String WRAPPER_PROPERTY = "value";

    private JsonSchemaWriter() {}

    /**
     * The schema of a structured answer. A record is the root itself; anything else (a list, an
     * enum, a scalar) is wrapped in an object with one property {@value #WRAPPER_PROPERTY}, since
     * strict providers require an object at the root.
     *
     * @param type the answer's type
     * @return the schema as compact JSON
     */
    public static String rootSchema(SchemaType type) {
        return write(rootObject(type));
    }

    /**
     * The object at the root of a structured answer for {@code type}; see {@link #rootSchema}.
     *
     * @param type the answer's type
     * @return {@code type} itself for a record, else a one-property wrapper object around it
     */
    public static SchemaType.Object rootObject(SchemaType type) {
        if (type instanceof SchemaType.Object object) {
            return object;
        }
        return new SchemaType.Object("", List.of(new SchemaType.Property(WRAPPER_PROPERTY, WRAPPER_PROPERTY, type, null)), null);
    }

    /**
     * Whether the answer for {@code type} is wrapped in a {@value #WRAPPER_PROPERTY} object.
     *
     * @param type the answer's type
     * @return true unless {@code type} is a record
     */
    public static boolean isWrapped(SchemaType type) {
        return !(type instanceof SchemaType.Object);
    }

    /**
     * The name sent as {@code response_format.json_schema.name}: the record's or enum's simple
     * name, {@code ListOfResume} for a list, {@code Integer} for a scalar. Providers accept
     * {@code [a-zA-Z0-9_-]}, at most 64 characters.
     *
     * @param type the answer's type
     * @return a name of at most 64 characters from {@code [a-zA-Z0-9_-]}
     */
    public static String schemaName(SchemaType type) {
        String name = rawName(type).replaceAll("[^a-zA-Z0-9_-]", "_");
        return name.length() > 64 ? name.substring(0, 64) : name;
    }

    private static String rawName(SchemaType type) {
        if (type instanceof SchemaType.Object object) return simpleName(object.javaType());
        if (type instanceof SchemaType.Enum enumType) return simpleName(enumType.javaType());
        if (type instanceof SchemaType.Scalar scalar) {
            String simple = simpleName(scalar.javaType());
            return Character.toUpperCase(simple.charAt(0)) + simple.substring(1);
        }
        if (type instanceof SchemaType.Nullable nullable) return rawName(nullable.inner());
        if (type instanceof SchemaType.Constrained constrained) return rawName(constrained.inner());
        if (type instanceof SchemaType.Array array) return "ListOf" + rawName(array.items());
        if (type instanceof SchemaType.MapEntries map) return "MapOf" + rawName(map.valueType());
        throw new IllegalArgumentException("unknown schema type " + type);
    }

    private static String simpleName(String canonicalName) {
        String simple = canonicalName.substring(canonicalName.lastIndexOf('.') + 1);
        return simple.isEmpty() ? "Answer" : simple;
    }

    /**
     * The schema of one type, as compact JSON.
     *
     * @param type the type to write
     * @return the schema as compact JSON
     */
    public static String write(SchemaType type) {
        StringBuilder out = new StringBuilder(256);
        writeType(type, null, out);
        return out.toString();
    }

    private static void writeType(SchemaType type, String description, StringBuilder out) {
        if (type instanceof SchemaType.Nullable nullable) {
            writeNullable(nullable.inner(), description, out);
            return;
        }
        out.append('{');
        writeBody(type, false, out);
        writeDescription(describe(description, type), out);
        out.append('}');
    }

    // A nullable scalar or enum becomes "type": [T, "null"]; anything else an anyOf with null.
    private static void writeNullable(SchemaType inner, String description, StringBuilder out) {
        if (inner instanceof SchemaType.Nullable nested) {
            writeNullable(nested.inner(), description, out);
            return;
        }
        if (isScalarLike(inner)) {
            out.append('{');
            writeBody(inner, true, out);
            writeDescription(describe(description, inner), out);
            out.append('}');
            return;
        }
        out.append("{\"anyOf\":[");
        writeType(inner, null, out);
        out.append(",{\"type\":\"null\"}]");
        writeDescription(description, out);
        out.append('}');
    }

    // A scalar or enum, constrained or not: its null goes into its "type" list.
    private static boolean isScalarLike(SchemaType type) {
        SchemaType plain = type instanceof SchemaType.Constrained c ? c.inner() : type;
        return plain instanceof SchemaType.Scalar || plain instanceof SchemaType.Enum;
    }

    private static void writeBody(SchemaType type, boolean orNull, StringBuilder out) {
        if (type instanceof SchemaType.Constrained constrained) {
            writeBody(constrained.inner(), orNull, out);
            writeConstraints(constrained.constraints(), out);
        } else if (type instanceof SchemaType.Scalar scalar) {
            writeTypeName(scalar.kind().name().toLowerCase(java.util.Locale.ROOT), orNull, out);
            if (scalar.format() != null) {
                out.append(",\"format\":");
                string(scalar.format(), out);
            }
            if ("char".equals(scalar.javaType()) || "java.lang.Character".equals(scalar.javaType())) {
                out.append(",\"minLength\":1,\"maxLength\":1");
            }
        } else if (type instanceof SchemaType.Enum enumType) {
            writeTypeName("string", orNull, out);
            out.append(",\"enum\":[");
            List<SchemaType.EnumValue> values = enumType.values();
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) out.append(',');
                string(values.get(i).jsonName(), out);
            }
            if (orNull) out.append(",null");
            out.append(']');
        } else if (type instanceof SchemaType.Array array) {
            out.append("\"type\":\"array\",\"items\":");
            writeType(array.items(), null, out);
        } else if (type instanceof SchemaType.MapEntries map) {
            out.append("\"type\":\"array\",\"items\":");
            writeType(entryObject(map.valueType()), null, out);
        } else if (type instanceof SchemaType.Object object) {
            out.append("\"type\":\"object\",\"properties\":{");
            List<SchemaType.Property> properties = object.properties();
            for (int i = 0; i < properties.size(); i++) {
                if (i > 0) out.append(',');
                SchemaType.Property property = properties.get(i);
                string(property.jsonName(), out);
                out.append(':');
                writeType(property.type(), property.description(), out);
            }
            out.append("},\"required\":[");
            for (int i = 0; i < properties.size(); i++) {
                if (i > 0) out.append(',');
                string(properties.get(i).jsonName(), out);
            }
            out.append("],\"additionalProperties\":false");
        } else {
            throw new IllegalArgumentException("not a body type: " + type);
        }
    }

    /**
     * The object a map entry is answered as.
     *
     * @param valueType the map's value type
     * @return an object with a {@code key} string property and a {@code value} property of {@code valueType}
     */
    public static SchemaType.Object entryObject(SchemaType valueType) {
        return new SchemaType.Object("", List.of(
                new SchemaType.Property("key", "key", new SchemaType.Scalar(SchemaType.ScalarKind.STRING, "java.lang.String", null), null),
                new SchemaType.Property("value", "value", valueType, null)), null);
    }

    // A property's description wins over its record's; an enum keeps its constants' descriptions
    // after the property's, since the model needs them to choose a value.
    private static void writeConstraints(SchemaType.Constraints c, StringBuilder out) {
        if (c.minimum() != null) out.append(",\"minimum\":").append(number(c.minimum()));
        if (c.maximum() != null) out.append(",\"maximum\":").append(number(c.maximum()));
        Integer minLength = c.nonBlank() ? Integer.valueOf(Math.max(1, c.minLength() == null ? 0 : c.minLength())) : c.minLength();
        if (minLength != null) out.append(",\"minLength\":").append(minLength);
        if (c.maxLength() != null) out.append(",\"maxLength\":").append(c.maxLength());
        if (c.pattern() != null) {
            out.append(",\"pattern\":");
            string(c.pattern(), out);
        }
        if (c.minItems() != null) out.append(",\"minItems\":").append(c.minItems());
        if (c.maxItems() != null) out.append(",\"maxItems\":").append(c.maxItems());
    }

    /**
     * A limit as JSON: integral ones without ".0", so that an integer property's bounds read as integers.
     *
     * @param value the limit
     * @return the JSON number text
     */
    public static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) return Long.toString((long) value);
        return Double.toString(value);
    }

    private static String describe(String propertyDescription, SchemaType type) {
        String own = ownDescription(type);
        if (propertyDescription == null) return own;
        boolean isEnum = type instanceof SchemaType.Enum
                || type instanceof SchemaType.Constrained c && c.inner() instanceof SchemaType.Enum;
        if (isEnum && own != null) return propertyDescription + "\n" + own;
        return propertyDescription;
    }

    private static String ownDescription(SchemaType type) {
        if (type instanceof SchemaType.Constrained constrained) return ownDescription(constrained.inner());
        if (type instanceof SchemaType.Object object) return object.description();
        if (type instanceof SchemaType.Enum enumType) return enumDescription(enumType);
        return null;
    }

    // Constant descriptions are folded into the enum's description, one line each: JSON Schema
    // has no slot for a description per enum value.
    private static String enumDescription(SchemaType.Enum enumType) {
        java.util.StringJoiner text = new java.util.StringJoiner("\n");
        text.setEmptyValue("");
        if (enumType.description() != null) text.add(enumType.description());
        for (SchemaType.EnumValue value : enumType.values()) {
            if (value.description() != null) text.add(value.jsonName() + ": " + value.description());
        }
        String joined = text.toString();
        return joined.isEmpty() ? null : joined;
    }

    private static void writeTypeName(String name, boolean orNull, StringBuilder out) {
        out.append("\"type\":");
        if (orNull) {
            out.append("[\"").append(name).append("\",\"null\"]");
        } else {
            out.append('"').append(name).append('"');
        }
    }

    private static void writeDescription(String description, StringBuilder out) {
        if (description == null || description.isEmpty()) return;
        out.append(",\"description\":");
        string(description, out);
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /**
     * Appends {@code value} as a JSON string literal.
     *
     * @param value the text to quote and escape
     * @param out where the literal is appended
     */
    public static void string(String value, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        // \u2028 and \u2029 are valid JSON but line breaks to JavaScript.
                        out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xf]).append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
