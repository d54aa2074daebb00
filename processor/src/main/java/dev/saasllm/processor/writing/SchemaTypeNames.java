package dev.saasllm.processor.writing;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.saasllm.model.SchemaType;
import java.util.Map;

/** The Java types that hold each {@link SchemaType}, and names derived from its shape. */
final class SchemaTypeNames {
    private final Map<String, ClassName> classes;

    SchemaTypeNames(Map<String, ClassName> classes) {
        this.classes = classes;
    }

    /** The type a value is read into. */
    TypeName read(SchemaType type) {
        if (type instanceof SchemaType.Constrained c) return read(c.inner());
        if (type instanceof SchemaType.Scalar scalar) return scalar(scalar.javaType());
        if (type instanceof SchemaType.Enum e) return classes.get(e.javaType());
        if (type instanceof SchemaType.Object o) return classes.get(o.javaType());
        if (type instanceof SchemaType.Array array) {
            TypeName items = read(array.items());
            switch (array.collection()) {
                case LIST: return ParameterizedTypeName.get(RuntimeTypes.LIST, items.box());
                case SET: return ParameterizedTypeName.get(RuntimeTypes.SET, items.box());
                default: return ArrayTypeName.of(items);
            }
        }
        if (type instanceof SchemaType.MapEntries map) {
            return ParameterizedTypeName.get(RuntimeTypes.MAP, ClassName.get(String.class), read(map.valueType()).box());
        }
        SchemaType.Nullable nullable = (SchemaType.Nullable) type;
        TypeName inner = read(nullable.inner()).box();
        return nullable.optional() ? ParameterizedTypeName.get(RuntimeTypes.OPTIONAL, inner) : inner;
    }

    /** A method-name fragment: {@code Resume}, {@code ListOfResume}, {@code OptionalOfString}. */
    static String base(SchemaType type) {
        if (type instanceof SchemaType.Constrained c) return base(c.inner());
        if (type instanceof SchemaType.Scalar scalar) return capitalize(simple(scalar.javaType()));
        if (type instanceof SchemaType.Enum e) return simple(e.javaType());
        if (type instanceof SchemaType.Object o) return simple(o.javaType());
        if (type instanceof SchemaType.Array array) {
            String prefix = switch (array.collection()) { case LIST -> "ListOf"; case SET -> "SetOf"; case ARRAY -> "ArrayOf"; };
            return prefix + base(array.items());
        }
        if (type instanceof SchemaType.MapEntries map) return "MapOf" + base(map.valueType());
        SchemaType.Nullable nullable = (SchemaType.Nullable) type;
        return (nullable.optional() ? "OptionalOf" : "NullableOf") + base(nullable.inner());
    }

    /** A structural key: equal keys mean the same Java type and the same JSON shape. */
    static String key(SchemaType type) {
        // The constraints are part of the key: a constrained value is read by its own method.
        if (type instanceof SchemaType.Constrained c) return key(c.inner()) + "!" + c.constraints();
        if (type instanceof SchemaType.Scalar scalar) return scalar.javaType();
        if (type instanceof SchemaType.Enum e) return e.javaType();
        if (type instanceof SchemaType.Object o) return o.javaType();
        if (type instanceof SchemaType.Array array) return array.collection() + "<" + key(array.items()) + ">";
        if (type instanceof SchemaType.MapEntries map) return "MAP<" + key(map.valueType()) + ">";
        SchemaType.Nullable nullable = (SchemaType.Nullable) type;
        return (nullable.optional() ? "OPTIONAL<" : "NULLABLE<") + key(nullable.inner()) + ">";
    }

    private static TypeName scalar(String javaType) {
        switch (javaType) {
            case "boolean": return TypeName.BOOLEAN;
            case "byte": return TypeName.BYTE;
            case "short": return TypeName.SHORT;
            case "int": return TypeName.INT;
            case "long": return TypeName.LONG;
            case "char": return TypeName.CHAR;
            case "float": return TypeName.FLOAT;
            case "double": return TypeName.DOUBLE;
            default: return ClassName.bestGuess(javaType);
        }
    }

    private static String simple(String canonical) {
        return canonical.substring(canonical.lastIndexOf('.') + 1);
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
