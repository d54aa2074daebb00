package dev.saasllm.internal.schema;

import dev.saasllm.internal.PartialValues;
import dev.saasllm.internal.schema.ReflectiveSchemaReader;
import dev.saasllm.model.SchemaType;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a snapshot of a record from a lenient {@link dev.saasllm.PartialJson#parseForSnapshot} tree, by
 * reflection (once per record type, like {@code structuredOutput(Class)}): for the programmatic
 * {@code structuredOutputStream(…, Class)}; generated methods use generated readers. What has arrived is
 * converted to the component's type, what has not is null (or 0/false for primitives). A value
 * that cannot be converted yet (an enum or a date cut short) is left out. Constructors and
 * schemas are looked up once per record type.
 *
 * @param <T> the record type
 */
public final class PartialRecords<T> {
    private static final ClassValue<Object> SHAPES = new ClassValue<>() {
        @Override
        protected Object computeValue(Class<?> type) {
            return new Shape(type);
        }
    };

    private final Class<T> type;
    private final SchemaType schema;

    private PartialRecords(Class<T> type) {
        this.type = type;
        this.schema = ReflectiveSchemaReader.read(type);
    }

    /**
     * The snapshot maker of a record type.
     *
     * @param <T> the record type
     * @param type the record class
     * @return the snapshot maker
     * @throws IllegalArgumentException when {@code type} is not a record
     */
    public static <T> PartialRecords<T> of(Class<T> type) {
        if (!type.isRecord()) throw new IllegalArgumentException("Partial snapshots are for records, not " + type.getName());
        return new PartialRecords<>(type);
    }

    /**
     * The snapshot of {@code tree}, or null when none can be made yet.
     *
     * @param tree the JSON so far, from {@link dev.saasllm.PartialJson#parseForSnapshot}
     * @return the snapshot, or null
     */
    public T snapshot(Object tree) {
        return type.cast(convert(tree, schema, type));
    }

    /** A record's components and canonical constructor, found once. */
    private static final class Shape {
        final RecordComponent[] components;
        final MethodHandle constructor;

        Shape(Class<?> type) {
            components = type.getRecordComponents();
            Class<?>[] parameterTypes = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) parameterTypes[i] = components[i].getType();
            try {
                constructor = MethodHandles.privateLookupIn(type, MethodHandles.lookup())
                        .findConstructor(type, MethodType.methodType(void.class, parameterTypes))
                        .asSpreader(Object[].class, parameterTypes.length);
            } catch (ReflectiveOperationException | SecurityException e) {
                throw new IllegalArgumentException("Cannot construct " + type.getName() + " for partial snapshots: " + e
                        + ". Make the record public, or open its package to dev.saasllm.runtime.", e);
            }
        }
    }

    private static Object convert(Object value, SchemaType schema, Type type) {
        if (schema instanceof SchemaType.Nullable nullable) {
            Object inner = convert(value, nullable.inner(), nullable.optional() ? argument(type, 0) : type);
            return nullable.optional() ? Optional.ofNullable(inner) : inner;
        }
        if (value == null) return null;
        if (schema instanceof SchemaType.Object object) return record(value, object, raw(type));
        if (schema instanceof SchemaType.Array array) return array(value, array, type);
        if (schema instanceof SchemaType.MapEntries map) return map(value, map, type);
        if (schema instanceof SchemaType.Enum enumType) return enumConstant(value, enumType, raw(type));
        return scalar(value, (SchemaType.Scalar) schema);
    }

    private static Object record(Object value, SchemaType.Object object, Class<?> type) {
        if (!(value instanceof Map<?, ?> map)) return null;
        Shape shape = (Shape) SHAPES.get(type);
        Object[] arguments = new Object[shape.components.length];
        for (int i = 0; i < arguments.length; i++) {
            RecordComponent component = shape.components[i];
            SchemaType.Property property = object.properties().get(i);
            Object converted = convert(map.get(property.jsonName()), property.type(), component.getGenericType());
            arguments[i] = converted == null && component.getType().isPrimitive() ? primitiveDefault(component.getType()) : converted;
        }
        try {
            return shape.constructor.invoke(arguments);
        } catch (Throwable rejected) {
            return null; // a compact constructor that refuses the incomplete values: no snapshot yet
        }
    }

    private static Object array(Object value, SchemaType.Array array, Type type) {
        if (!(value instanceof List<?> list)) return null;
        Type itemType = array.collection() == SchemaType.Collection.ARRAY ? componentType(type) : argument(type, 0);
        List<Object> items = new ArrayList<>();
        for (Object item : list) {
            Object converted = convert(item, array.items(), itemType);
            if (converted != null) items.add(converted);
        }
        return switch (array.collection()) {
            case LIST -> Collections.unmodifiableList(items);
            case SET -> Collections.unmodifiableSet(new LinkedHashSet<>(items));
            case ARRAY -> {
                Class<?> component = raw(itemType);
                Object result = Array.newInstance(component, items.size());
                for (int i = 0; i < items.size(); i++) Array.set(result, i, items.get(i));
                yield result;
            }
        };
    }

    private static Object map(Object value, SchemaType.MapEntries entries, Type type) {
        if (!(value instanceof List<?> list)) return null;
        Map<String, Object> map = new LinkedHashMap<>();
        for (Object entry : list) {
            if (entry instanceof Map<?, ?> pair && pair.get("key") instanceof String key) {
                Object converted = convert(pair.get("value"), entries.valueType(), argument(type, 1));
                if (converted != null) map.put(key, converted);
            }
        }
        return Collections.unmodifiableMap(map);
    }

    private static Object enumConstant(Object value, SchemaType.Enum enumType, Class<?> type) {
        for (SchemaType.EnumValue constant : enumType.values()) {
            if (constant.jsonName().equals(value)) {
                for (Object candidate : type.getEnumConstants()) {
                    if (((Enum<?>) candidate).name().equals(constant.javaName())) return candidate;
                }
            }
        }
        return null; // cut short, or not a constant: not known yet
    }

    // The same lenient conversions as generated snapshot readers.
    private static Object scalar(Object value, SchemaType.Scalar scalar) {
        return switch (scalar.javaType()) {
            case "java.lang.String" -> PartialValues.asString(value);
            case "boolean", "java.lang.Boolean" -> PartialValues.asBoolean(value);
            case "char", "java.lang.Character" -> PartialValues.asChar(value);
            case "int", "java.lang.Integer" -> PartialValues.asInt(value);
            case "long", "java.lang.Long" -> PartialValues.asLong(value);
            case "short", "java.lang.Short" -> PartialValues.asShort(value);
            case "byte", "java.lang.Byte" -> PartialValues.asByte(value);
            case "double", "java.lang.Double" -> PartialValues.asDouble(value);
            case "float", "java.lang.Float" -> PartialValues.asFloat(value);
            case "java.math.BigDecimal" -> PartialValues.asBigDecimal(value);
            case "java.math.BigInteger" -> PartialValues.asBigInteger(value);
            case "java.time.LocalDate" -> PartialValues.asLocalDate(value);
            case "java.time.LocalDateTime" -> PartialValues.asLocalDateTime(value);
            case "java.time.OffsetDateTime" -> PartialValues.asOffsetDateTime(value);
            case "java.time.ZonedDateTime" -> PartialValues.asZonedDateTime(value);
            case "java.time.Instant" -> PartialValues.asInstant(value);
            case "java.time.LocalTime" -> PartialValues.asLocalTime(value);
            case "java.time.OffsetTime" -> PartialValues.asOffsetTime(value);
            case "java.time.Duration" -> PartialValues.asDuration(value);
            case "java.util.UUID" -> PartialValues.asUuid(value);
            case "java.net.URI" -> PartialValues.asUri(value);
            default -> null;
        };
    }

    private static Object primitiveDefault(Class<?> type) {
        if (type == boolean.class) return false;
        if (type == char.class) return '\0';
        if (type == long.class) return 0L;
        if (type == double.class) return 0d;
        if (type == float.class) return 0f;
        if (type == short.class) return (short) 0;
        if (type == byte.class) return (byte) 0;
        return 0;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType parameterized ? parameterized.getActualTypeArguments()[index] : Object.class;
    }

    private static Type componentType(Type type) {
        if (type instanceof GenericArrayType generic) return generic.getGenericComponentType();
        return type instanceof Class<?> c && c.isArray() ? c.getComponentType() : Object.class;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) return c;
        if (type instanceof ParameterizedType parameterized) return (Class<?>) parameterized.getRawType();
        if (type instanceof GenericArrayType generic) return Array.newInstance(raw(generic.getGenericComponentType()), 0).getClass();
        return Object.class;
    }
}
