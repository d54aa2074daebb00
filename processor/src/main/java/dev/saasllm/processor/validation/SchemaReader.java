package dev.saasllm.processor.validation;

import com.palantir.javapoet.ClassName;
import dev.saasllm.model.ConstraintRules;
import dev.saasllm.model.Scalars;
import dev.saasllm.model.SchemaType;
import dev.saasllm.processor.ClassNames;
import dev.saasllm.processor.Message;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Reads a {@link TypeMirror} into the shared {@link SchemaType} model, following the mapping rules
 * that the runtime's reflective reader follows too, so both give the same schema.
 */
public final class SchemaReader {
    /** A type that does not exist yet; the interface is retried in a later round. */
    public static final class MissingTypeException extends RuntimeException {
        /** The missing type's name. */
        private final String typeName;

        MissingTypeException(String typeName) {
            super(typeName, null, false, false);
            this.typeName = typeName;
        }

        /** {@return the missing type's name} */
        public String typeName() {
            return typeName;
        }
    }

    /** A type with no mapping: the message and its arguments, the method name still to fill in. */
    public static final class UnmappableException extends RuntimeException {
        /** The catalogue entry. */
        private final Message message;
        private final transient Object[] args;

        UnmappableException(Message message, Object... args) {
            super(message.name(), null, false, false);
            this.message = message;
            this.args = args;
        }

        /** {@return the catalogue entry} */
        public Message message() {
            return message;
        }

        /**
         * The arguments with {@code methodName} in the third slot, where every such message expects it.
         *
         * @param methodName the method's name
         * @return the arguments
         */
        public Object[] argsFor(String methodName) {
            List<Object> all = new ArrayList<>(List.of(args));
            all.add(2, methodName);
            return all.toArray();
        }
    }

    private final Map<String, ClassName> classes = new LinkedHashMap<>();
    private final Deque<String> records = new ArrayDeque<>();

    /** A reader that has reached no class yet; {@link #classes()} collects those its reads reach. */
    public SchemaReader() {}

    /**
     * Records and enums reached so far, by canonical name.
     *
     * @return the classes, by canonical name
     */
    public Map<String, ClassName> classes() {
        return classes;
    }

    /**
     * Reads {@code type}; {@code path} names it in messages (e.g. {@code Resume}).
     *
     * @param type the type to read
     * @param path its name in messages
     * @return the schema type
     * @throws MissingTypeException when a type it needs does not exist yet
     * @throws UnmappableException when a type has no mapping
     */
    public SchemaType read(TypeMirror type, String path) {
        switch (type.getKind()) {
            case BOOLEAN, BYTE, SHORT, INT, LONG, CHAR, FLOAT, DOUBLE: return Scalars.of(type.getKind().name().toLowerCase(Locale.ROOT));
            case ERROR: throw new MissingTypeException(type.toString());
            case ARRAY: return readArray((ArrayType) type, path);
            case DECLARED: return readDeclared((DeclaredType) type, path);
            case TYPEVAR: throw unsupported(type, path, "a type variable has no fixed shape");
            case WILDCARD: throw unsupported(type, path, "a wildcard has no fixed shape");
            default: throw unsupported(type, path, "it is not a data type");
        }
    }

    private SchemaType readArray(ArrayType type, String path) {
        TypeMirror component = type.getComponentType();
        if (component.getKind() == TypeKind.DECLARED && !((DeclaredType) component).getTypeArguments().isEmpty()) {
            throw unsupported(type, path, "arrays of generic types cannot be created; use a List");
        }
        return new SchemaType.Array(read(component, path + "[]"), SchemaType.Collection.ARRAY);
    }

    private SchemaType readDeclared(DeclaredType type, String path) {
        TypeElement element = (TypeElement) type.asElement();
        String name = element.getQualifiedName().toString();
        SchemaType.Scalar scalar = Scalars.of(name);
        if (scalar != null) {
            return scalar;
        }
        List<? extends TypeMirror> args = type.getTypeArguments();
        switch (name) {
            case "java.util.Optional":
                return new SchemaType.Nullable(read(only(type, args, path), path), true);
            case "java.util.List":
            case "java.util.Collection":
                return new SchemaType.Array(read(only(type, args, path), path + "[]"), SchemaType.Collection.LIST);
            case "java.util.Set":
                return new SchemaType.Array(read(only(type, args, path), path + "[]"), SchemaType.Collection.SET);
            case "java.util.Map":
                return readMap(type, args, path);
            default:
                break;
        }
        if (element.getKind() == ElementKind.ENUM) {
            return readEnum(element, path);
        }
        if (element.getKind() == ElementKind.RECORD) {
            return readRecord(type, element, path);
        }
        if (name.equals("java.lang.Object")) {
            throw unsupported(type, path, "Object says nothing about the answer's shape");
        }
        throw unsupported(type, path, element.getKind().isInterface() ? "interfaces have no fixed shape"
                : "only records, not classes, map to JSON objects");
    }

    private TypeMirror only(DeclaredType type, List<? extends TypeMirror> args, String path) {
        if (args.size() != 1) {
            throw unsupported(type, path, "a raw type says nothing about its elements");
        }
        return args.get(0);
    }

    private SchemaType readMap(DeclaredType type, List<? extends TypeMirror> args, String path) {
        if (args.size() != 2) {
            throw unsupported(type, path, "a raw type says nothing about its entries");
        }
        TypeMirror key = args.get(0);
        if (key.getKind() == TypeKind.ERROR) {
            throw new MissingTypeException(key.toString());
        }
        if (key.getKind() != TypeKind.DECLARED
                || !((TypeElement) ((DeclaredType) key).asElement()).getQualifiedName().contentEquals("java.lang.String")) {
            throw new UnmappableException(Message.MAP_KEY_NOT_STRING, type, path, key);
        }
        return new SchemaType.MapEntries(read(args.get(1), path + "{}"));
    }

    private SchemaType readEnum(TypeElement element, String path) {
        List<SchemaType.EnumValue> values = new ArrayList<>();
        List<String> fallbacks = new ArrayList<>();
        for (Element enclosed : element.getEnclosedElements()) {
            if (enclosed.getKind() == ElementKind.ENUM_CONSTANT) {
                String javaName = enclosed.getSimpleName().toString();
                if (Annotations.find(enclosed, ClassNames.FALLBACK).isPresent()) fallbacks.add(javaName);
                String jsonName = jsonName(enclosed);
                values.add(new SchemaType.EnumValue(javaName, jsonName != null ? jsonName : javaName,
                        Annotations.stringValue(enclosed, ClassNames.DESCRIPTION)));
            }
        }
        String canonical = element.getQualifiedName().toString();
        if (fallbacks.size() > 1) throw new UnmappableException(Message.FALLBACK_TWICE, canonical, path, fallbacks);
        classes.put(canonical, ClassName.get(element));
        return new SchemaType.Enum(canonical, values, Annotations.stringValue(element, ClassNames.DESCRIPTION),
                fallbacks.isEmpty() ? null : fallbacks.get(0));
    }

    private SchemaType readRecord(DeclaredType type, TypeElement element, String path) {
        String canonical = element.getQualifiedName().toString();
        if (!element.getTypeParameters().isEmpty()) {
            throw unsupported(type, path, "generic records are not supported; declare a record with concrete component types");
        }
        if (records.contains(canonical)) {
            throw new UnmappableException(Message.RECURSIVE_RECORD, canonical, path);
        }
        records.push(canonical);
        List<SchemaType.Property> properties = new ArrayList<>();
        for (RecordComponentElement component : element.getRecordComponents()) {
            String javaName = component.getSimpleName().toString();
            String componentPath = path + "." + javaName;
            TypeMirror componentType = component.asType();
            SchemaType schema = read(componentType, componentPath);
            SchemaType.Constraints constraints = constraints(component);
            if (constraints != null) {
                SchemaType plain = schema instanceof SchemaType.Nullable n ? n.inner() : schema;
                String misuse = ConstraintRules.misuse(plain, constraints);
                if (misuse != null) throw new UnmappableException(Message.MISPLACED_CONSTRAINT, componentType, componentPath, misuse);
                schema = ConstraintRules.constrain(schema, constraints);
            }
            if (!(schema instanceof SchemaType.Nullable) && !componentType.getKind().isPrimitive()
                    && isNullable(component, componentType, element)) {
                schema = new SchemaType.Nullable(schema, false);
            }
            // Annotations on a component may sit on the component, its field or its accessor.
            Element[] sites = {component, field(element, javaName), component.getAccessor()};
            String jsonName = firstJsonName(sites);
            properties.add(new SchemaType.Property(javaName, jsonName != null ? jsonName : javaName, schema, firstDescription(sites)));
        }
        records.pop();
        classes.put(canonical, ClassName.get(element));
        return new SchemaType.Object(canonical, properties, Annotations.stringValue(element, ClassNames.DESCRIPTION));
    }

    private static boolean isNullable(RecordComponentElement component, TypeMirror type, TypeElement record) {
        return Annotations.hasSimpleNameOn(type, ClassNames.NULLABLE_SIMPLE_NAME)
                || Annotations.hasSimpleNameOn(component, ClassNames.NULLABLE_SIMPLE_NAME)
                || Annotations.hasSimpleNameOn(field(record, component.getSimpleName().toString()), ClassNames.NULLABLE_SIMPLE_NAME)
                || Annotations.hasSimpleNameOn(component.getAccessor(), ClassNames.NULLABLE_SIMPLE_NAME);
    }

    private static Element field(TypeElement record, String name) {
        for (Element field : ElementFilter.fieldsIn(record.getEnclosedElements())) {
            if (field.getSimpleName().contentEquals(name)) return field;
        }
        return null;
    }

    private static String firstJsonName(Element... candidates) {
        for (Element candidate : candidates) {
            String name = candidate == null ? null : jsonName(candidate);
            if (name != null) return name;
        }
        return null;
    }

    private static String firstDescription(Element... candidates) {
        for (Element candidate : candidates) {
            String description = candidate == null ? null : Annotations.stringValue(candidate, ClassNames.DESCRIPTION);
            if (description != null) return description;
        }
        return null;
    }

    // Moshi's @Json(name = ...); its default is "\u0000" (unset).
    private static String jsonName(Element element) {
        return Annotations.find(element, ClassNames.MOSHI_JSON)
                .flatMap(mirror -> Annotations.explicitValue(mirror, "name"))
                .map(value -> String.valueOf(value.getValue()))
                .filter(name -> !name.equals("\u0000"))
                .orElse(null);
    }

    // Constraint annotations target record components only, so only the component carries them.
    private static SchemaType.Constraints constraints(RecordComponentElement component) {
        Optional<AnnotationMirror> minimum = Annotations.find(component, ClassNames.MINIMUM);
        Optional<AnnotationMirror> maximum = Annotations.find(component, ClassNames.MAXIMUM);
        Optional<AnnotationMirror> length = Annotations.find(component, ClassNames.LENGTH);
        Optional<AnnotationMirror> matches = Annotations.find(component, ClassNames.MATCHES);
        Optional<AnnotationMirror> items = Annotations.find(component, ClassNames.ITEMS);
        boolean nonBlank = Annotations.find(component, ClassNames.NON_BLANK).isPresent();
        if (minimum.isEmpty() && maximum.isEmpty() && length.isEmpty() && matches.isEmpty() && items.isEmpty() && !nonBlank) {
            return null;
        }
        return new SchemaType.Constraints(
                minimum.map(m -> number(m, "value").doubleValue()).orElse(null),
                maximum.map(m -> number(m, "value").doubleValue()).orElse(null),
                length.map(m -> ConstraintRules.lower(number(m, "min").intValue())).orElse(null),
                length.map(m -> ConstraintRules.upper(number(m, "max").intValue())).orElse(null),
                matches.map(m -> Annotations.string(m, "value")).orElse(null),
                nonBlank,
                items.map(m -> ConstraintRules.lower(number(m, "min").intValue())).orElse(null),
                items.map(m -> ConstraintRules.upper(number(m, "max").intValue())).orElse(null));
    }

    private static Number number(AnnotationMirror mirror, String member) {
        // A missing required value is javac's own error; 0 keeps this reader going.
        return Annotations.valueOrDefault(mirror, member).map(v -> (Number) v.getValue()).orElse(0);
    }

    private static UnmappableException unsupported(TypeMirror type, String path, String reason) {
        return new UnmappableException(Message.UNSUPPORTED_TYPE, type, path, reason);
    }
}
