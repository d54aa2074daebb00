package dev.saasllm.processor.writing;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.saasllm.model.JsonSchemaWriter;
import dev.saasllm.model.SchemaType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes the JSON code of a generated class: a nested {@code JsonCodec} with one static read method
 * per record, enum and container type reached, and per answer type the method that reads the
 * answer's root ({@code AnswerReaders.json(JsonCodec::readX)}). Answers are only read, never
 * written, so there is no write method. No reflection runs when a call is parsed.
 */
final class JsonCodecWriter {
    private static final String READER = "reader";

    private final ClassName codec;
    private final SchemaTypeNames typeNames;
    private final NameAllocator methodNames = new NameAllocator();
    private final NameAllocator fieldNames = new NameAllocator();
    private final Map<String, String> readMethods = new HashMap<>();
    private final Map<String, String> optionsFields = new HashMap<>();
    private final List<MethodSpec> methods = new ArrayList<>();
    private final List<FieldSpec> fields = new ArrayList<>();
    private boolean writes;

    JsonCodecWriter(ClassName codec, Map<String, ClassName> classes) {
        this.codec = codec;
        this.typeNames = new SchemaTypeNames(classes);
    }

    /** The codec's name, for references to its methods. */
    ClassName name() {
        return codec;
    }

    SchemaTypeNames typeNames() {
        return typeNames;
    }

    /**
     * Reserves a codec method name and its place (first-use order, although bodies recurse);
     * {@link #setMethod} fills the place.
     */
    String reserveMethod(String suggestion, Object tag, int[] index) {
        index[0] = methods.size();
        methods.add(null);
        return methodNames.newName(suggestion, tag);
    }

    /** Notes that the codec writes template values too, for its Javadoc. */
    void writes() {
        writes = true;
    }

    void setMethod(int index, MethodSpec method) {
        methods.set(index, method);
    }

    /** The codec class, or null when no answer needed one. */
    TypeSpec codecType() {
        if (methods.isEmpty() && fields.isEmpty()) return null;
        return TypeSpec.classBuilder(codec)
                .addJavadoc(writes ? (readMethods.isEmpty() ? "Writes template values as JSON, without reflection.\n"
                        : "Reads answers and writes template values as JSON, without reflection.\n") : "Reads answers without reflection.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addFields(fields)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethods(methods)
                .build();
    }

    /**
     * A method reference reading the answer of {@code type} for {@code AnswerReaders.json}: to the
     * record's read method, or for anything else to a method unwrapping its {@code {"value": ...}}
     * root. The runtime reports a JSON null document before calling it.
     */
    CodeBlock answerReader(SchemaType type) {
        String name;
        if (JsonSchemaWriter.isWrapped(type)) {
            SchemaType.Object root = JsonSchemaWriter.rootObject(type);
            name = readMethod("answer " + SchemaTypeNames.key(type), "read" + SchemaTypeNames.base(type) + "Answer",
                    typeNames.read(type), () -> readObject(root, locals -> CodeBlock.of("return $L;\n", locals.get(0))));
        } else {
            name = readMethod(SchemaTypeNames.key(type), "read" + SchemaTypeNames.base(type), typeNames.read(type),
                    () -> readBody(type));
        }
        return CodeBlock.of("$L::$L", codec.simpleName(), name);
    }

    /** An expression reading a non-null {@code type} from {@code reader}. */
    private CodeBlock read(SchemaType type) {
        if (type instanceof SchemaType.Scalar scalar) {
            return readScalar(scalar.javaType());
        }
        if (type instanceof SchemaType.Constrained constrained) {
            return CodeBlock.of("$T.check($L, $L, $L)", RuntimeTypes.CONSTRAINT_CHECKS, read(constrained.inner()),
                    constraintsField(constrained.constraints()), READER);
        }
        String name = readMethod(SchemaTypeNames.key(type), "read" + SchemaTypeNames.base(type), typeNames.read(type),
                () -> readBody(type));
        return codecCall(name, READER);
    }

    /**
     * The name of the codec's read method for {@code key}, added with {@code body} on first use
     * (in first-use order, although bodies recurse).
     */
    private String readMethod(String key, String suggestion, TypeName returns, Supplier<CodeBlock> body) {
        String name = readMethods.get(key);
        if (name != null) return name;
        name = methodNames.newName(suggestion, "read " + key);
        readMethods.put(key, name);
        int index = methods.size();
        methods.add(null);
        methods.set(index, MethodSpec.methodBuilder(name).addModifiers(Modifier.STATIC).returns(returns)
                .addParameter(RuntimeTypes.JSON_READER, READER).addException(RuntimeTypes.IO_EXCEPTION)
                .addCode(body.get()).build());
        return name;
    }

    private CodeBlock codecCall(String name, String argument) {
        return CodeBlock.of("$L.$L($L)", codec.simpleName(), name, argument);
    }

    private CodeBlock readBody(SchemaType type) {
        if (type instanceof SchemaType.Object object) {
            ClassName record = (ClassName) typeNames.read(object);
            return readObject(object, locals -> CodeBlock.of("return new $T($L);\n", record, String.join(", ", locals)));
        }
        if (type instanceof SchemaType.Enum enumType) {
            return readEnum(enumType);
        }
        if (type instanceof SchemaType.Nullable nullable) {
            CodeBlock.Builder code = CodeBlock.builder()
                    .beginControlFlow("if ($L.peek() == $T.NULL)", READER, RuntimeTypes.JSON_READER_TOKEN)
                    .addStatement("$L.nextNull()", READER)
                    .addStatement(nullable.optional() ? CodeBlock.of("return $T.empty()", RuntimeTypes.OPTIONAL) : CodeBlock.of("return null"))
                    .endControlFlow();
            return nullable.optional()
                    ? code.addStatement("return $T.of($L)", RuntimeTypes.OPTIONAL, read(nullable.inner())).build()
                    : code.addStatement("return $L", read(nullable.inner())).build();
        }
        if (type instanceof SchemaType.Array array) {
            return readArray(array);
        }
        return readMap((SchemaType.MapEntries) type);
    }

    private CodeBlock readArray(SchemaType.Array array) {
        TypeName items = typeNames.read(array.items());
        boolean set = array.collection() == SchemaType.Collection.SET;
        ClassName holder = set ? RuntimeTypes.LINKED_HASH_SET : RuntimeTypes.ARRAY_LIST;
        ClassName declared = set ? RuntimeTypes.SET : RuntimeTypes.LIST;
        CodeBlock.Builder code = CodeBlock.builder()
                .addStatement("$T items = new $T<>()", ParameterizedTypeName.get(declared, items.box()), holder)
                .addStatement("$L.beginArray()", READER)
                .beginControlFlow("while ($L.hasNext())", READER)
                .addStatement("items.add($L)", read(array.items()))
                .endControlFlow()
                .addStatement("$L.endArray()", READER);
        return returnItems(code, array.collection(), items);
    }

    /**
     * Ends {@code code}, which has gathered a {@code List} named {@code items}, by returning it as
     * the Java container of the array: an unmodifiable list or set, or an array.
     */
    static CodeBlock returnItems(CodeBlock.Builder code, SchemaType.Collection collection, TypeName items) {
        switch (collection) {
            case LIST:
                return code.addStatement("return $T.unmodifiableList(items)", RuntimeTypes.COLLECTIONS).build();
            case SET:
                return code.addStatement("return $T.unmodifiableSet(items)", RuntimeTypes.COLLECTIONS).build();
            default:
                if (items.isPrimitive()) {
                    return code.addStatement("$T result = new $T[items.size()]", ArrayTypeName.of(items), items)
                            .beginControlFlow("for (int i = 0; i < result.length; i++)")
                            .addStatement("result[i] = items.get(i)")
                            .endControlFlow()
                            .addStatement("return result").build();
                }
                return code.addStatement("return items.toArray($L)", newArray(items)).build();
        }
    }

    // "new T[0]", with any further dimensions after the size: new int[0][].
    static CodeBlock newArray(TypeName component) {
        int dimensions = 0;
        TypeName base = component;
        while (base instanceof ArrayTypeName array) {
            base = array.componentType();
            dimensions++;
        }
        return CodeBlock.of("new $T[0]$L", base, "[]".repeat(dimensions));
    }

    private CodeBlock readMap(SchemaType.MapEntries map) {
        TypeName mapType = typeNames.read(map);
        SchemaType.Object entry = JsonSchemaWriter.entryObject(map.valueType());
        return CodeBlock.builder()
                .addStatement("$T entries = new $T<>()", mapType, RuntimeTypes.LINKED_HASH_MAP)
                .addStatement("$L.beginArray()", READER)
                .beginControlFlow("while ($L.hasNext())", READER)
                .add(readObject(entry, locals -> CodeBlock.of("entries.put($L, $L);\n", locals.get(0), locals.get(1))))
                .endControlFlow()
                .addStatement("$L.endArray()", READER)
                .addStatement("return $T.unmodifiableMap(entries)", RuntimeTypes.COLLECTIONS)
                .build();
    }

    /** Reads an object's properties into locals, then runs {@code finish} with the locals' names. */
    private CodeBlock readObject(SchemaType.Object object, Function<List<String>, CodeBlock> finish) {
        NameAllocator locals = new NameAllocator();
        locals.newName(READER, READER);
        locals.newName("items", "items");
        locals.newName("entries", "entries");
        String options = optionsField(object);
        CodeBlock.Builder code = CodeBlock.builder();
        List<String> values = new ArrayList<>();
        List<SchemaType.Property> properties = object.properties();
        for (SchemaType.Property property : properties) {
            TypeName type = typeNames.read(property.type());
            String local = locals.newName(property.javaName(), property);
            values.add(local);
            code.addStatement("$T $L = $L", type, local, initialValue(property.type(), type));
            if (!(property.type() instanceof SchemaType.Nullable)) {
                code.addStatement("boolean $L = false", locals.newName("has" + capitalize(property.javaName()), "has " + property.javaName()));
            }
        }
        code.addStatement("$L.beginObject()", READER)
                .beginControlFlow("while ($L.hasNext())", READER)
                .beginControlFlow("switch ($L.selectName($L))", READER, options);
        for (int i = 0; i < properties.size(); i++) {
            SchemaType.Property property = properties.get(i);
            code.add("case $L:\n", i).indent();
            if (property.type() instanceof SchemaType.Nullable) {
                code.addStatement("$L = $L", values.get(i), read(property.type()));
            } else {
                code.beginControlFlow("if ($L.peek() == $T.NULL)", READER, RuntimeTypes.JSON_READER_TOKEN)
                        .addStatement("throw $T.unexpectedNull($S, $L)", RuntimeTypes.JSON_VALUES, property.jsonName(), READER)
                        .endControlFlow()
                        .addStatement("$L = $L", values.get(i), read(property.type()))
                        .addStatement("$L = true", locals.get("has " + property.javaName()));
            }
            code.addStatement("break").unindent();
        }
        code.add("default:\n").indent()
                .addStatement("$L.skipName()", READER)
                .addStatement("$L.skipValue()", READER)
                .unindent()
                .endControlFlow()
                .endControlFlow()
                .addStatement("$L.endObject()", READER);
        for (SchemaType.Property property : properties) {
            if (!(property.type() instanceof SchemaType.Nullable)) {
                code.beginControlFlow("if (!$L)", locals.get("has " + property.javaName()))
                        .addStatement("throw $T.missingProperty($S, $L)", RuntimeTypes.JSON_VALUES, property.jsonName(), READER)
                        .endControlFlow();
            }
        }
        return code.add(finish.apply(values)).build();
    }

    private static CodeBlock initialValue(SchemaType schema, TypeName type) {
        if (schema instanceof SchemaType.Nullable nullable && nullable.optional()) {
            return CodeBlock.of("$T.empty()", RuntimeTypes.OPTIONAL);
        }
        if (type.equals(TypeName.BOOLEAN)) return CodeBlock.of("false");
        if (type.equals(TypeName.CHAR)) return CodeBlock.of("'\\0'");
        if (type.equals(TypeName.LONG)) return CodeBlock.of("0L");
        if (type.equals(TypeName.FLOAT)) return CodeBlock.of("0f");
        if (type.equals(TypeName.DOUBLE)) return CodeBlock.of("0d");
        if (type.isPrimitive()) return CodeBlock.of("0");
        return CodeBlock.of("null");
    }

    private CodeBlock readEnum(SchemaType.Enum enumType) {
        ClassName type = (ClassName) typeNames.read(enumType);
        String options = optionsField(enumType);
        CodeBlock.Builder code = CodeBlock.builder().beginControlFlow("switch ($L.selectString($L))", READER, options);
        List<SchemaType.EnumValue> values = enumType.values();
        for (int i = 0; i < values.size(); i++) {
            code.add("case $L:\n", i).indent().addStatement("return $T.$L", type, values.get(i).javaName()).unindent();
        }
        if (enumType.fallback() != null) {
            return code.add("default:\n").indent()
                    .addStatement("$L.skipValue()", READER)
                    .addStatement("return $T.$L", type, enumType.fallback())
                    .unindent().endControlFlow().build();
        }
        String allowed = values.stream().map(SchemaType.EnumValue::jsonName).collect(Collectors.joining(", ", "[", "]"));
        return code.add("default:\n").indent()
                .addStatement("throw $T.unknownEnumValue($L.nextString(), $S, $L)", RuntimeTypes.JSON_VALUES, READER, allowed, READER)
                .unindent().endControlFlow().build();
    }

    // One JsonReader.Options constant per object shape or enum.
    private String optionsField(SchemaType type) {
        String key = SchemaTypeNames.key(type);
        List<String> names;
        String base;
        if (type instanceof SchemaType.Object object) {
            names = object.properties().stream().map(SchemaType.Property::jsonName).toList();
            key = key + names;
            base = object.javaType().isEmpty() ? String.join("_", names) : SchemaTypeNames.base(object);
        } else {
            names = ((SchemaType.Enum) type).values().stream().map(SchemaType.EnumValue::jsonName).toList();
            base = SchemaTypeNames.base(type);
        }
        String existing = optionsFields.get(key);
        if (existing != null) return existing;
        String name = fieldNames.newName(upperSnake(base) + (type instanceof SchemaType.Enum ? "_VALUES" : "_NAMES"), key);
        String reference = codec.simpleName() + "." + name;
        optionsFields.put(key, reference);
        CodeBlock arguments = names.stream().map(n -> CodeBlock.of("$S", n)).collect(CodeBlock.joining(", "));
        fields.add(FieldSpec.builder(RuntimeTypes.JSON_READER_OPTIONS, name, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of($L)", RuntimeTypes.JSON_READER_OPTIONS, arguments).build());
        return reference;
    }

    /** A constant holding {@code constraints}, one per distinct set. */
    private String constraintsField(SchemaType.Constraints c) {
        String key = "constraints " + c;
        String reference = optionsFields.get(key);
        if (reference != null) return reference;
        String name = fieldNames.newName("CONSTRAINTS", key);
        reference = codec.simpleName() + "." + name;
        optionsFields.put(key, reference);
        fields.add(FieldSpec.builder(RuntimeTypes.CONSTRAINTS, name, Modifier.STATIC, Modifier.FINAL)
                .initializer("new $T($L, $L, $L, $L, $L, $L, $L, $L)", RuntimeTypes.CONSTRAINTS,
                        doubleLiteral(c.minimum()), doubleLiteral(c.maximum()), c.minLength(), c.maxLength(),
                        c.pattern() == null ? "null" : CodeBlock.of("$S", c.pattern()), c.nonBlank(), c.minItems(), c.maxItems())
                .build());
        return reference;
    }

    private static String doubleLiteral(Double value) {
        return value == null ? "null" : Double.toString(value);
    }

    private CodeBlock readScalar(String javaType) {
        switch (javaType) {
            case "java.lang.String": return CodeBlock.of("$L.nextString()", READER);
            case "boolean": case "java.lang.Boolean": return CodeBlock.of("$L.nextBoolean()", READER);
            case "int": case "java.lang.Integer": return CodeBlock.of("$L.nextInt()", READER);
            case "long": case "java.lang.Long": return CodeBlock.of("$L.nextLong()", READER);
            case "double": case "java.lang.Double": return CodeBlock.of("$L.nextDouble()", READER);
            default: return CodeBlock.of("$T.$L($L)", RuntimeTypes.JSON_VALUES, JSON_VALUES_READERS.get(javaType), READER);
        }
    }

    private static final Map<String, String> JSON_VALUES_READERS = Map.ofEntries(
            Map.entry("char", "nextChar"), Map.entry("java.lang.Character", "nextChar"),
            Map.entry("byte", "nextByte"), Map.entry("java.lang.Byte", "nextByte"),
            Map.entry("short", "nextShort"), Map.entry("java.lang.Short", "nextShort"),
            Map.entry("float", "nextFloat"), Map.entry("java.lang.Float", "nextFloat"),
            Map.entry("java.math.BigDecimal", "nextBigDecimal"), Map.entry("java.math.BigInteger", "nextBigInteger"),
            Map.entry("java.time.LocalDate", "nextLocalDate"), Map.entry("java.time.LocalDateTime", "nextLocalDateTime"),
            Map.entry("java.time.LocalTime", "nextLocalTime"), Map.entry("java.time.OffsetDateTime", "nextOffsetDateTime"),
            Map.entry("java.time.OffsetTime", "nextOffsetTime"), Map.entry("java.time.ZonedDateTime", "nextZonedDateTime"),
            Map.entry("java.time.Instant", "nextInstant"), Map.entry("java.time.Duration", "nextDuration"),
            Map.entry("java.util.UUID", "nextUuid"), Map.entry("java.net.URI", "nextUri"));

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String upperSnake(String camel) {
        return dev.saasllm.processor.validation.Names.snakeCase(camel).toUpperCase(Locale.ROOT);
    }
}
