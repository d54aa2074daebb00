package dev.saasllm.internal.schema;

import com.squareup.moshi.Json;
import dev.saasllm.annotations.Description;
import dev.saasllm.annotations.Fallback;
import dev.saasllm.annotations.Items;
import dev.saasllm.annotations.Length;
import dev.saasllm.annotations.Matches;
import dev.saasllm.annotations.Maximum;
import dev.saasllm.annotations.Minimum;
import dev.saasllm.annotations.NonBlank;
import dev.saasllm.model.ConstraintRules;
import dev.saasllm.model.Scalars;
import dev.saasllm.model.SchemaType;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the {@link SchemaType} of a Java type by reflection, following the same rules as the
 * processor's {@code javax.lang.model} reader, so both write the same JSON Schema. Records and
 * enums are read once and cached; types that cannot be answered as JSON are rejected with an
 * {@link IllegalArgumentException} naming the type, where it occurs and the fix.
 */
public final class ReflectiveSchemaReader {
    private static final String SUPPORTED = "Use a record, an enum, String, a number, boolean, char, a java.time type, "
            + "UUID, URI, List/Collection/Set/array of those, Optional, or Map<String, V>.";

    private static final Map<Class<?>, SchemaType> CACHE = new ConcurrentHashMap<>();

    private ReflectiveSchemaReader() {}

    /**
     * The schema type of {@code type}; records and enums are cached per class.
     *
     * @param type the answer's Java type
     * @return its schema type
     */
    public static SchemaType read(Type type) {
        return new Walk().type(type, rootPath(type));
    }

    private static String rootPath(Type type) {
        return type instanceof Class<?> c ? c.getSimpleName() : type.getTypeName();
    }

    /** One traversal: the records being read, to reject recursion. */
    private static final class Walk {
        private final Deque<Class<?>> inProgress = new ArrayDeque<>();

        SchemaType type(Type type, String path) {
            if (type instanceof Class<?> c) return classType(c, path);
            if (type instanceof ParameterizedType p) return parameterized(p, path);
            if (type instanceof GenericArrayType g) {
                return new SchemaType.Array(type(g.getGenericComponentType(), path + "[]"), SchemaType.Collection.ARRAY);
            }
            throw reject(type, path, "a wildcard or type variable has no fixed JSON shape. Use a concrete type argument.");
        }

        private SchemaType classType(Class<?> c, String path) {
            SchemaType scalar = Scalars.of(c.getCanonicalName());
            if (scalar != null) return scalar;
            if (c.isArray()) return new SchemaType.Array(type(c.getComponentType(), path + "[]"), SchemaType.Collection.ARRAY);
            if (c.isEnum()) return CACHE.computeIfAbsent(c, k -> enumType(c));
            if (c.isRecord()) return record(c, path);
            if (c == Object.class) {
                throw reject(c, path, "Object has no fixed JSON shape. " + SUPPORTED);
            }
            if (Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c) || c == Optional.class) {
                if (c.getTypeParameters().length > 0) {
                    throw reject(c, path, "a raw type says nothing about its elements. Add the type arguments, e.g. List<String>.");
                }
            }
            if (c.isInterface() || Modifier.isAbstract(c.getModifiers())) {
                throw reject(c, path, "an interface or abstract class has no fixed JSON shape. " + SUPPORTED);
            }
            throw reject(c, path, "it is not a record. " + SUPPORTED);
        }

        private SchemaType parameterized(ParameterizedType p, String path) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (raw == List.class || raw == Collection.class) {
                return new SchemaType.Array(type(args[0], path + "[]"), SchemaType.Collection.LIST);
            }
            if (raw == Set.class) {
                return new SchemaType.Array(type(args[0], path + "[]"), SchemaType.Collection.SET);
            }
            if (raw == Optional.class) {
                return new SchemaType.Nullable(type(args[0], path), true);
            }
            if (raw == Map.class) {
                if (args[0] != String.class) {
                    throw reject(p, path, "JSON object keys are strings. Use Map<String, V>.");
                }
                return new SchemaType.MapEntries(type(args[1], path + "{}"));
            }
            throw reject(p, path, "only List, Collection, Set, Optional and Map<String, V> are supported as generic types. "
                    + SUPPORTED);
        }

        private SchemaType record(Class<?> c, String path) {
            SchemaType cached = CACHE.get(c);
            if (cached != null) return cached;
            if (inProgress.contains(c)) {
                throw reject(c, path, "the record contains itself, and a strict JSON Schema cannot describe a recursive type. "
                        + "Break the cycle, e.g. with an id that refers to the other value.");
            }
            inProgress.push(c);
            try {
                List<SchemaType.Property> properties = new ArrayList<>();
                for (RecordComponent component : c.getRecordComponents()) {
                    String componentPath = path + "." + component.getName();
                    SchemaType type = type(component.getGenericType(), componentPath);
                    SchemaType.Constraints constraints = constraints(component);
                    if (constraints != null) {
                        SchemaType plain = type instanceof SchemaType.Nullable n ? n.inner() : type;
                        String misuse = ConstraintRules.misuse(plain, constraints);
                        if (misuse != null) throw reject(component.getGenericType(), componentPath, misuse + ".");
                        type = ConstraintRules.constrain(type, constraints);
                    }
                    if (!(type instanceof SchemaType.Nullable) && !component.getType().isPrimitive() && isNullable(c, component)) {
                        type = new SchemaType.Nullable(type, false);
                    }
                    properties.add(new SchemaType.Property(component.getName(), jsonName(c, component), type, description(c, component)));
                }
                Description own = c.getAnnotation(Description.class);
                SchemaType.Object object = new SchemaType.Object(canonicalName(c), properties, own == null ? null : own.value());
                CACHE.putIfAbsent(c, object);
                return object;
            } finally {
                inProgress.pop();
            }
        }

        private static SchemaType.Enum enumType(Class<?> c) {
            List<SchemaType.EnumValue> values = new ArrayList<>();
            List<String> fallbacks = new ArrayList<>();
            for (Object constant : c.getEnumConstants()) {
                String name = ((Enum<?>) constant).name();
                Field field;
                try {
                    field = c.getField(name);
                } catch (NoSuchFieldException e) {
                    throw new IllegalStateException(e);
                }
                if (field.isAnnotationPresent(Fallback.class)) fallbacks.add(name);
                Json json = field.getAnnotation(Json.class);
                Description description = field.getAnnotation(Description.class);
                values.add(new SchemaType.EnumValue(name, json == null || json.name().equals(Json.UNSET_NAME) ? name : json.name(),
                        description == null ? null : description.value()));
            }
            Description own = c.getAnnotation(Description.class);
            if (fallbacks.size() > 1) {
                throw new IllegalArgumentException("Enum " + canonicalName(c) + " marks more than one constant @Fallback "
                        + fallbacks + "; unknown values can be read as one constant only. Keep @Fallback on one.");
            }
            return new SchemaType.Enum(canonicalName(c), values, own == null ? null : own.value(),
                    fallbacks.isEmpty() ? null : fallbacks.get(0));
        }
    }

    private static SchemaType.Constraints constraints(RecordComponent component) {
        Minimum minimum = component.getAnnotation(Minimum.class);
        Maximum maximum = component.getAnnotation(Maximum.class);
        Length length = component.getAnnotation(Length.class);
        Matches matches = component.getAnnotation(Matches.class);
        Items items = component.getAnnotation(Items.class);
        boolean nonBlank = component.isAnnotationPresent(NonBlank.class);
        if (minimum == null && maximum == null && length == null && matches == null && items == null && !nonBlank) return null;
        return new SchemaType.Constraints(
                minimum == null ? null : minimum.value(), maximum == null ? null : maximum.value(),
                length == null ? null : ConstraintRules.lower(length.min()), length == null ? null : ConstraintRules.upper(length.max()),
                matches == null ? null : matches.value(), nonBlank,
                items == null ? null : ConstraintRules.lower(items.min()), items == null ? null : ConstraintRules.upper(items.max()));
    }

    private static String jsonName(Class<?> record, RecordComponent component) {
        for (AnnotatedElement element : sites(record, component)) {
            Json json = element.getAnnotation(Json.class);
            if (json != null && !json.name().equals(Json.UNSET_NAME)) return json.name();
        }
        return component.getName();
    }

    private static String description(Class<?> record, RecordComponent component) {
        for (AnnotatedElement element : sites(record, component)) {
            Description description = element.getAnnotation(Description.class);
            if (description != null) return description.value();
        }
        return null;
    }

    // Any annotation named Nullable counts (JSR 305, JSpecify, Checker, ...), on a declaration or
    // as a type-use annotation; only those kept at run time are visible here.
    private static boolean isNullable(Class<?> record, RecordComponent component) {
        for (AnnotatedElement element : sites(record, component)) {
            if (hasNullable(element.getAnnotations())) return true;
        }
        return hasNullable(component.getAnnotatedType().getAnnotations());
    }

    private static boolean hasNullable(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation.annotationType().getSimpleName().equals("Nullable")) return true;
        }
        return false;
    }

    /** Where an annotation on a record component may end up: the component, its field, its accessor. */
    private static List<AnnotatedElement> sites(Class<?> record, RecordComponent component) {
        List<AnnotatedElement> sites = new ArrayList<>(3);
        sites.add(component);
        try {
            sites.add(record.getDeclaredField(component.getName()));
        } catch (NoSuchFieldException ignored) {
            // a record always has the field; nothing to add otherwise
        }
        Method accessor = component.getAccessor();
        if (accessor != null) sites.add(accessor);
        return sites;
    }

    // Local and anonymous classes have no canonical name; their binary name still identifies them.
    private static String canonicalName(Class<?> c) {
        String canonical = c.getCanonicalName();
        return canonical != null ? canonical : c.getName();
    }

    private static IllegalArgumentException reject(Type type, String path, String why) {
        String name = type instanceof Class<?> c ? canonicalName(c) : type.getTypeName();
        return new IllegalArgumentException("Unsupported type " + name + " at " + path + ": " + why);
    }
}
