package dev.saasllm.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.saasllm.model.JsonSchemaWriter;
import dev.saasllm.model.SchemaType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes, into the generated {@code JsonCodec}, one static {@code partialX(Object tree)} method per
 * record, enum and container type reached from a streamed record: a lenient converter from a
 * {@code PartialJson.parseForSnapshot} tree. What has arrived is converted (text as far as it
 * goes; a date, UUID, URI, char or enum name only once its string is closed); what has not, or
 * cannot be converted yet, is null (0/false for primitives, {@code Optional.empty()} for Optional, null for a
 * collection not started). Items that cannot be converted yet are left out of their collection.
 * A record constructor that refuses the values so far throws, and the runtime skips that snapshot
 * (leaving an item or field out instead would make a snapshot lose what an earlier one showed).
 * Constraints are not checked: a snapshot is not the answer.
 */
final class PartialSnapshotWriter {
    private static final String TREE = "tree";

    private final JsonCodecWriter codec;
    private final SchemaTypeNames typeNames;
    private final Map<String, String> methods = new HashMap<>();

    PartialSnapshotWriter(JsonCodecWriter codec) {
        this.codec = codec;
        this.typeNames = codec.typeNames();
    }

    /** A {@code PartialReader} for the streamed record: a reference to its codec method. */
    CodeBlock reader(SchemaType record) {
        String name = method(unconstrained(record));
        return CodeBlock.of("$L::$L", codec.name().simpleName(), name);
    }

    /** An expression converting the tree {@code value} to {@code type}, boxed; null when not known. */
    private CodeBlock convert(SchemaType type, CodeBlock value) {
        type = unconstrained(type);
        if (type instanceof SchemaType.Scalar scalar) {
            return CodeBlock.of("$T.$L($L)", RuntimeTypes.PARTIAL_VALUES, SCALARS.get(scalar.javaType()), value);
        }
        if (type instanceof SchemaType.Nullable nullable) {
            CodeBlock inner = convert(nullable.inner(), value);
            return nullable.optional() ? CodeBlock.of("$T.ofNullable($L)", RuntimeTypes.OPTIONAL, inner) : inner;
        }
        return CodeBlock.of("$L.$L($L)", codec.name().simpleName(), method(type), value);
    }

    private String method(SchemaType type) {
        String key = SchemaTypeNames.key(type);
        String name = methods.get(key);
        if (name != null) return name;
        int[] index = new int[1];
        name = codec.reserveMethod("partial" + SchemaTypeNames.base(type), "partial " + key, index);
        methods.put(key, name);
        MethodSpec.Builder method = MethodSpec.methodBuilder(name).addModifiers(Modifier.STATIC)
                .returns(typeNames.read(type)).addParameter(Object.class, TREE);
        if (type instanceof SchemaType.Object object) {
            method.addCode(record(object));
        } else if (type instanceof SchemaType.Enum enumType) {
            method.addCode(enumConstant(enumType));
        } else if (type instanceof SchemaType.Array array) {
            method.addCode(array(array));
        } else {
            method.addCode(map((SchemaType.MapEntries) type));
        }
        codec.setMethod(index[0], method.build());
        return name;
    }

    private CodeBlock record(SchemaType.Object object) {
        NameAllocator locals = new NameAllocator();
        locals.newName(TREE, TREE);
        locals.newName("object", "object");
        ClassName record = (ClassName) typeNames.read(object);
        CodeBlock.Builder code = CodeBlock.builder()
                .addStatement("$T object = $T.asObject($L)", OBJECT_MAP, RuntimeTypes.PARTIAL_VALUES, TREE)
                .addStatement("if (object == null) return null");
        List<CodeBlock> arguments = new ArrayList<>();
        for (SchemaType.Property property : object.properties()) {
            TypeName type = typeNames.read(property.type());
            String local = locals.newName(property.javaName(), property);
            code.addStatement("$T $L = $L", type.box(), local,
                    convert(property.type(), CodeBlock.of("object.get($S)", property.jsonName())));
            arguments.add(type.isPrimitive()
                    ? CodeBlock.of("$L == null ? $L : $L", local, primitiveDefault(type), local)
                    : CodeBlock.of("$L", local));
        }
        // A constructor refusing the values so far throws: the runtime skips that whole snapshot.
        return code.addStatement("return new $T($L)", record, CodeBlock.join(arguments, ",$W")).build();
    }

    private CodeBlock enumConstant(SchemaType.Enum enumType) {
        ClassName type = (ClassName) typeNames.read(enumType);
        CodeBlock.Builder code = CodeBlock.builder()
                .addStatement("$T name = $T.asWholeString($L)", String.class, RuntimeTypes.PARTIAL_VALUES, TREE)
                .addStatement("if (name == null) return null")
                .beginControlFlow("switch (name)");
        for (SchemaType.EnumValue value : enumType.values()) {
            code.add("case $S:\n", value.jsonName()).indent().addStatement("return $T.$L", type, value.javaName()).unindent();
        }
        return code.add("default:\n").indent()
                .add("// Unknown: no enum constant, not even a fallback, until the answer is parsed strictly.\n")
                .addStatement("return null").unindent()
                .endControlFlow().build();
    }

    private CodeBlock array(SchemaType.Array array) {
        TypeName items = typeNames.read(array.items());
        boolean set = array.collection() == SchemaType.Collection.SET;
        ClassName holder = set ? RuntimeTypes.LINKED_HASH_SET : RuntimeTypes.ARRAY_LIST;
        ClassName declared = set ? RuntimeTypes.SET : RuntimeTypes.LIST;
        CodeBlock.Builder code = CodeBlock.builder()
                .addStatement("$T values = $T.asArray($L)", ANY_LIST, RuntimeTypes.PARTIAL_VALUES, TREE)
                .addStatement("if (values == null) return null")
                .addStatement("$T items = new $T<>()", ParameterizedTypeName.get(declared, items.box()), holder)
                .beginControlFlow("for ($T value : values)", Object.class)
                .addStatement("$T item = $L", items.box(), convert(array.items(), CodeBlock.of("value")))
                .addStatement("if (item != null) items.add(item)")
                .endControlFlow();
        return JsonCodecWriter.returnItems(code, array.collection(), items);
    }

    private CodeBlock map(SchemaType.MapEntries map) {
        TypeName mapType = typeNames.read(map);
        TypeName valueType = typeNames.read(map.valueType()).box();
        List<SchemaType.Property> entry = JsonSchemaWriter.entryObject(map.valueType()).properties();
        return CodeBlock.builder()
                .addStatement("$T values = $T.asArray($L)", ANY_LIST, RuntimeTypes.PARTIAL_VALUES, TREE)
                .addStatement("if (values == null) return null")
                .addStatement("$T entries = new $T<>()", mapType, RuntimeTypes.LINKED_HASH_MAP)
                .beginControlFlow("for ($T value : values)", Object.class)
                .addStatement("$T entry = $T.asObject(value)", OBJECT_MAP, RuntimeTypes.PARTIAL_VALUES)
                .addStatement("if (entry == null) continue")
                .addStatement("$T key = $T.asWholeString(entry.get($S))", String.class, RuntimeTypes.PARTIAL_VALUES, entry.get(0).jsonName())
                .addStatement("$T item = $L", valueType, convert(map.valueType(), CodeBlock.of("entry.get($S)", entry.get(1).jsonName())))
                .addStatement("if (key != null && item != null) entries.put(key, item)")
                .endControlFlow()
                .addStatement("return $T.unmodifiableMap(entries)", RuntimeTypes.COLLECTIONS)
                .build();
    }

    private static SchemaType unconstrained(SchemaType type) {
        return type instanceof SchemaType.Constrained c ? unconstrained(c.inner()) : type;
    }

    private static CodeBlock primitiveDefault(TypeName type) {
        if (type.equals(TypeName.BOOLEAN)) return CodeBlock.of("false");
        if (type.equals(TypeName.CHAR)) return CodeBlock.of("'\\0'");
        if (type.equals(TypeName.LONG)) return CodeBlock.of("0L");
        if (type.equals(TypeName.FLOAT)) return CodeBlock.of("0f");
        if (type.equals(TypeName.DOUBLE)) return CodeBlock.of("0d");
        if (type.equals(TypeName.BYTE)) return CodeBlock.of("(byte) 0");
        if (type.equals(TypeName.SHORT)) return CodeBlock.of("(short) 0");
        return CodeBlock.of("0");
    }

    private static final TypeName OBJECT_MAP =
            ParameterizedTypeName.get(RuntimeTypes.MAP, ClassName.get(String.class), ClassName.get(Object.class));
    private static final TypeName ANY_LIST = ParameterizedTypeName.get(RuntimeTypes.LIST, WildcardTypeName.subtypeOf(Object.class));

    private static final Map<String, String> SCALARS = Map.ofEntries(
            Map.entry("java.lang.String", "asString"),
            Map.entry("boolean", "asBoolean"), Map.entry("java.lang.Boolean", "asBoolean"),
            Map.entry("char", "asChar"), Map.entry("java.lang.Character", "asChar"),
            Map.entry("byte", "asByte"), Map.entry("java.lang.Byte", "asByte"),
            Map.entry("short", "asShort"), Map.entry("java.lang.Short", "asShort"),
            Map.entry("int", "asInt"), Map.entry("java.lang.Integer", "asInt"),
            Map.entry("long", "asLong"), Map.entry("java.lang.Long", "asLong"),
            Map.entry("float", "asFloat"), Map.entry("java.lang.Float", "asFloat"),
            Map.entry("double", "asDouble"), Map.entry("java.lang.Double", "asDouble"),
            Map.entry("java.math.BigDecimal", "asBigDecimal"), Map.entry("java.math.BigInteger", "asBigInteger"),
            Map.entry("java.time.LocalDate", "asLocalDate"), Map.entry("java.time.LocalDateTime", "asLocalDateTime"),
            Map.entry("java.time.LocalTime", "asLocalTime"), Map.entry("java.time.OffsetDateTime", "asOffsetDateTime"),
            Map.entry("java.time.OffsetTime", "asOffsetTime"), Map.entry("java.time.ZonedDateTime", "asZonedDateTime"),
            Map.entry("java.time.Instant", "asInstant"), Map.entry("java.time.Duration", "asDuration"),
            Map.entry("java.util.UUID", "asUuid"), Map.entry("java.net.URI", "asUri"));
}
