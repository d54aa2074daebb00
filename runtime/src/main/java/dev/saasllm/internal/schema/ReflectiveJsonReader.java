package dev.saasllm.internal.schema;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import dev.saasllm.internal.AnswerReaders;
import dev.saasllm.internal.ConstraintChecks;
import dev.saasllm.internal.JsonValues;
import dev.saasllm.model.JsonSchemaWriter;
import dev.saasllm.model.SchemaType;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads JSON into a Java type by following its {@link SchemaType}: the reflective twin of the
 * readers the processor generates, with the same checks and error texts (through
 * {@link JsonValues}). Everything reflective happens when the reader is built; reading only
 * walks the prepared nodes and calls each record's canonical constructor through a method handle.
 */
public final class ReflectiveJsonReader {
    private ReflectiveJsonReader() {}

    /**
     * Reads the structured answer for {@code type}: the value itself for a record, the
     * {@code {"value": ...}} wrapper for anything else (see {@link JsonSchemaWriter#rootObject}).
     *
     * @param <T> the answer's type
     * @param type the answer's Java type
     * @param schema its schema type
     * @return the root reader
     */
    @SuppressWarnings("unchecked")
    public static <T> AnswerReaders.JsonRootReader<T> answerReader(Type type, SchemaType schema) {
        Node node = node(type, schema);
        Node root = JsonSchemaWriter.isWrapped(schema) ? new WrapperNode(node, schema instanceof SchemaType.Nullable) : node;
        return reader -> (T) root.read(reader, "$");
    }

    /** Reads one JSON value; {@code name} is the property it belongs to, for error messages. */
    private abstract static class Node {
        abstract Object read(JsonReader reader, String name) throws IOException;

        /** Reads a value that must not be null. */
        Object readNonNull(JsonReader reader, String name) throws IOException {
            if (reader.peek() == JsonReader.Token.NULL) throw JsonValues.unexpectedNull(name, reader);
            return read(reader, name);
        }

        /** What a missing property of this node becomes, or null when it is required. */
        Object absent() {
            return null;
        }

        boolean optionalWhenAbsent() {
            return false;
        }
    }

    private static Node node(Type type, SchemaType schema) {
        if (schema instanceof SchemaType.Nullable nullable) {
            Type inner = nullable.optional() ? typeArgument(type, 0) : type;
            return new NullableNode(node(inner, nullable.inner()), nullable.optional());
        }
        if (schema instanceof SchemaType.Constrained constrained) {
            return new ConstrainedNode(node(type, constrained.inner()), constrained.constraints());
        }
        if (schema instanceof SchemaType.Scalar scalar) return new ScalarNode(scalar.javaType());
        if (schema instanceof SchemaType.Enum enumType) return new EnumNode(rawClass(type), enumType);
        if (schema instanceof SchemaType.Array array) return arrayNode(type, array);
        if (schema instanceof SchemaType.MapEntries map) return new MapNode(node(typeArgument(type, 1), map.valueType()));
        if (schema instanceof SchemaType.Object object) return new RecordNode(rawClass(type), object);
        throw new IllegalArgumentException("unknown schema type " + schema);
    }

    private static Node arrayNode(Type type, SchemaType.Array array) {
        Type element;
        if (array.collection() == SchemaType.Collection.ARRAY) {
            element = type instanceof GenericArrayType g ? g.getGenericComponentType() : ((Class<?>) type).getComponentType();
        } else {
            element = typeArgument(type, 0);
        }
        return new ArrayNode(node(element, array.items()), array.collection(), rawClass(element));
    }

    private static Type typeArgument(Type type, int index) {
        return ((ParameterizedType) type).getActualTypeArguments()[index];
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) return c;
        if (type instanceof ParameterizedType p) return (Class<?>) p.getRawType();
        if (type instanceof GenericArrayType g) {
            return java.lang.reflect.Array.newInstance(rawClass(g.getGenericComponentType()), 0).getClass();
        }
        throw new IllegalArgumentException("no class for " + type);
    }

    private static final class NullableNode extends Node {
        private final Node inner;
        private final boolean optional;

        NullableNode(Node inner, boolean optional) {
            this.inner = inner;
            this.optional = optional;
        }

        @Override
        Object read(JsonReader reader, String name) throws IOException {
            if (reader.peek() == JsonReader.Token.NULL) {
                reader.nextNull();
                return absent();
            }
            Object value = inner.readNonNull(reader, name);
            return optional ? Optional.of(value) : value;
        }

        @Override
        Object readNonNull(JsonReader reader, String name) throws IOException {
            return read(reader, name);
        }

        @Override
        Object absent() {
            return optional ? Optional.empty() : null;
        }

        @Override
        boolean optionalWhenAbsent() {
            return true;
        }
    }

    private static final class ConstrainedNode extends Node {
        private final Node inner;
        private final SchemaType.Constraints constraints;

        ConstrainedNode(Node inner, SchemaType.Constraints constraints) {
            this.inner = inner;
            this.constraints = constraints;
        }

        @Override
        Object read(JsonReader reader, String name) throws IOException {
            return ConstraintChecks.check(inner.read(reader, name), constraints, reader);
        }

        @Override
        Object absent() {
            return inner.absent();
        }

        @Override
        boolean optionalWhenAbsent() {
            return inner.optionalWhenAbsent();
        }
    }

    private static final class ScalarNode extends Node {
        private final String javaType;

        ScalarNode(String javaType) {
            this.javaType = javaType;
        }

        @Override
        Object read(JsonReader reader, String name) throws IOException {
            return switch (javaType) {
                case "java.lang.String" -> reader.nextString();
                case "char", "java.lang.Character" -> JsonValues.nextChar(reader);
                case "boolean", "java.lang.Boolean" -> reader.nextBoolean();
                case "byte", "java.lang.Byte" -> JsonValues.nextByte(reader);
                case "short", "java.lang.Short" -> JsonValues.nextShort(reader);
                case "int", "java.lang.Integer" -> reader.nextInt();
                case "long", "java.lang.Long" -> reader.nextLong();
                case "float", "java.lang.Float" -> JsonValues.nextFloat(reader);
                case "double", "java.lang.Double" -> reader.nextDouble();
                case "java.math.BigInteger" -> JsonValues.nextBigInteger(reader);
                case "java.math.BigDecimal" -> JsonValues.nextBigDecimal(reader);
                case "java.time.LocalDate" -> JsonValues.nextLocalDate(reader);
                case "java.time.LocalDateTime" -> JsonValues.nextLocalDateTime(reader);
                case "java.time.OffsetDateTime" -> JsonValues.nextOffsetDateTime(reader);
                case "java.time.ZonedDateTime" -> JsonValues.nextZonedDateTime(reader);
                case "java.time.Instant" -> JsonValues.nextInstant(reader);
                case "java.time.LocalTime" -> JsonValues.nextLocalTime(reader);
                case "java.time.OffsetTime" -> JsonValues.nextOffsetTime(reader);
                case "java.time.Duration" -> JsonValues.nextDuration(reader);
                case "java.util.UUID" -> JsonValues.nextUuid(reader);
                case "java.net.URI" -> JsonValues.nextUri(reader);
                default -> throw new IllegalStateException("no reader for scalar " + javaType);
            };
        }
    }

    private static final class EnumNode extends Node {
        private final Map<String, Object> constants = new HashMap<>();
        private final String allowed;
        private final Object fallback;

        EnumNode(Class<?> type, SchemaType.Enum schema) {
            List<String> names = new ArrayList<>();
            for (SchemaType.EnumValue value : schema.values()) {
                constants.put(value.jsonName(), enumConstant(type, value.javaName()));
                names.add(value.jsonName());
            }
            this.allowed = names.toString();
            this.fallback = schema.fallback() == null ? null : enumConstant(type, schema.fallback());
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static Object enumConstant(Class<?> type, String name) {
            return Enum.valueOf((Class) type, name);
        }

        @Override
        Object read(JsonReader reader, String name) throws IOException {
            String value = reader.nextString();
            Object constant = constants.get(value);
            if (constant == null && fallback != null) return fallback;
            if (constant == null) throw JsonValues.unknownEnumValue(value, allowed, reader);
            return constant;
        }
    }

    private static final class ArrayNode extends Node {
        private final Node items;
        private final SchemaType.Collection collection;
        private final Class<?> elementClass;

        ArrayNode(Node items, SchemaType.Collection collection, Class<?> elementClass) {
            this.items = items;
            this.collection = collection;
            this.elementClass = elementClass;
        }

        @Override
        Object read(JsonReader reader, String name) throws IOException {
            List<Object> values = new ArrayList<>();
            reader.beginArray();
            while (reader.hasNext()) values.add(items.readNonNull(reader, name));
            reader.endArray();
            return switch (collection) {
                case LIST -> Collections.unmodifiableList(values);
                case SET -> Collections.unmodifiableSet(new LinkedHashSet<>(values));
                case ARRAY -> {
                    Object array = java.lang.reflect.Array.newInstance(elementClass, values.size());
                    for (int i = 0; i < values.size(); i++) java.lang.reflect.Array.set(array, i, values.get(i));
                    yield array;
                }
            };
        }
    }

    private static final class MapNode extends Node {
        private static final JsonReader.Options ENTRY = JsonReader.Options.of("key", "value");
        private final Node values;

        MapNode(Node values) {
            this.values = values;
        }

        @Override
        Object read(JsonReader reader, String name) throws IOException {
            Map<String, Object> map = new LinkedHashMap<>();
            reader.beginArray();
            while (reader.hasNext()) {
                if (reader.peek() == JsonReader.Token.NULL) throw JsonValues.unexpectedNull(name, reader);
                String key = null;
                Object value = null;
                boolean hasValue = false;
                reader.beginObject();
                while (reader.hasNext()) {
                    switch (reader.selectName(ENTRY)) {
                        case 0 -> {
                            if (reader.peek() == JsonReader.Token.NULL) throw JsonValues.unexpectedNull("key", reader);
                            key = reader.nextString();
                        }
                        case 1 -> {
                            value = values.readNonNull(reader, "value");
                            hasValue = true;
                        }
                        default -> {
                            reader.skipName();
                            reader.skipValue();
                        }
                    }
                }
                reader.endObject();
                if (key == null) throw JsonValues.missingProperty("key", reader);
                if (!hasValue) {
                    if (!values.optionalWhenAbsent()) throw JsonValues.missingProperty("value", reader);
                    value = values.absent();
                }
                map.put(key, value);
            }
            reader.endArray();
            return Collections.unmodifiableMap(map);
        }
    }

    private static final class RecordNode extends Node {
        private final String javaType;
        private final JsonReader.Options names;
        private final String[] jsonNames;
        private final Node[] nodes;
        private final MethodHandle constructor;

        RecordNode(Class<?> type, SchemaType.Object schema) {
            this.javaType = schema.javaType();
            RecordComponent[] components = type.getRecordComponents();
            List<SchemaType.Property> properties = schema.properties();
            if (components.length != properties.size()) {
                throw new IllegalStateException("schema of " + type.getName() + " does not match its components");
            }
            this.jsonNames = new String[components.length];
            this.nodes = new Node[components.length];
            Class<?>[] parameterTypes = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                jsonNames[i] = properties.get(i).jsonName();
                nodes[i] = node(components[i].getGenericType(), properties.get(i).type());
                parameterTypes[i] = components[i].getType();
            }
            this.names = JsonReader.Options.of(jsonNames);
            this.constructor = canonicalConstructor(type, parameterTypes);
        }

        private static MethodHandle canonicalConstructor(Class<?> type, Class<?>[] parameterTypes) {
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(parameterTypes);
                constructor.setAccessible(true);
                int n = parameterTypes.length;
                return MethodHandles.lookup().unreflectConstructor(constructor)
                        .asType(MethodType.genericMethodType(n))
                        .asSpreader(Object[].class, n);
            } catch (NoSuchMethodException | IllegalAccessException | RuntimeException e) {
                throw new IllegalArgumentException("Cannot call the canonical constructor of record " + type.getName()
                        + " by reflection (" + e + "). Make the record public, or open its package to dev.saasllm.runtime.", e);
            }
        }

        @Override
        Object read(JsonReader reader, String name) throws IOException {
            Object[] values = new Object[nodes.length];
            boolean[] seen = new boolean[nodes.length];
            reader.beginObject();
            while (reader.hasNext()) {
                int index = reader.selectName(names);
                if (index < 0) {
                    reader.skipName();
                    reader.skipValue();
                    continue;
                }
                values[index] = nodes[index].readNonNull(reader, jsonNames[index]);
                seen[index] = true;
            }
            reader.endObject();
            for (int i = 0; i < nodes.length; i++) {
                if (seen[i]) continue;
                if (!nodes[i].optionalWhenAbsent()) throw JsonValues.missingProperty(jsonNames[i], reader);
                values[i] = nodes[i].absent();
            }
            try {
                return (Object) constructor.invokeExact(values);
            } catch (IllegalArgumentException | JsonDataException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new JsonDataException(javaType + " rejected the values at " + reader.getPath() + ": " + e, e);
            } catch (Error e) {
                throw e;
            } catch (Throwable e) {
                throw new JsonDataException(javaType + " rejected the values at " + reader.getPath() + ": " + e, e);
            }
        }
    }

    /** The {@code {"value": ...}} object around a root that is not a record. */
    private static final class WrapperNode extends Node {
        private static final JsonReader.Options VALUE = JsonReader.Options.of(JsonSchemaWriter.WRAPPER_PROPERTY);
        private final Node value;
        private final boolean nullable;

        WrapperNode(Node value, boolean nullable) {
            this.value = value;
            this.nullable = nullable;
        }

        @Override
        Object read(JsonReader reader, String name) throws IOException {
            Object result = null;
            boolean seen = false;
            reader.beginObject();
            while (reader.hasNext()) {
                if (reader.selectName(VALUE) == 0) {
                    result = value.readNonNull(reader, JsonSchemaWriter.WRAPPER_PROPERTY);
                    seen = true;
                } else {
                    reader.skipName();
                    reader.skipValue();
                }
            }
            reader.endObject();
            if (!seen) {
                if (!nullable) throw JsonValues.missingProperty(JsonSchemaWriter.WRAPPER_PROPERTY, reader);
                result = value.absent();
            }
            return result;
        }
    }
}
