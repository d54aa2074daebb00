package dev.saasllm.processor.writing;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.saasllm.model.SchemaType;
import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes the codec's {@code write} methods, which put a template value into the prompt as JSON
 * ({@code {order|json}}, and records by default): one static method per record, enum and container
 * type reached, appending to a {@code StringBuilder} by structure, without reflection.
 */
final class JsonTextWriter {
    private static final String OUT = "out";
    private static final String VALUE = "value";
    private static final ClassName JSON_TEXT = ClassName.get("dev.saasllm.internal", "JsonText");

    private final JsonCodecWriter codec;
    private final Map<String, String> writeMethods = new HashMap<>();

    JsonTextWriter(JsonCodecWriter codec) {
        this.codec = codec;
    }

    /** An expression appending {@code value} as JSON to {@code out}, which it returns: {@code JsonCodec.writeOrder(out, order)}. */
    CodeBlock write(SchemaType type, CodeBlock out, CodeBlock value) {
        type = unwrap(type);
        if (type instanceof SchemaType.Scalar) return CodeBlock.of("$T.scalar($L, $L)", JSON_TEXT, out, value);
        return CodeBlock.of("$L.$L($L, $L)", codec.name().simpleName(), method(type), out, value);
    }

    private static SchemaType unwrap(SchemaType type) {
        if (type instanceof SchemaType.Constrained constrained) return unwrap(constrained.inner());
        if (type instanceof SchemaType.Nullable nullable && !nullable.optional()) return unwrap(nullable.inner()); // every writer writes null
        return type;
    }

    private String method(SchemaType type) {
        String key = SchemaTypeNames.key(type);
        String name = writeMethods.get(key);
        if (name != null) return name;
        int[] index = new int[1];
        name = codec.reserveMethod("write" + SchemaTypeNames.base(type), "write " + key, index);
        writeMethods.put(key, name);
        codec.writes();
        CodeBlock.Builder body = CodeBlock.builder()
                .beginControlFlow("if ($L == null)", VALUE).addStatement("return $L.append($S)", OUT, "null").endControlFlow();
        CodeBlock out = CodeBlock.of(OUT);
        if (type instanceof SchemaType.Object object) {
            String separator = "{";
            for (SchemaType.Property property : object.properties()) {
                StringBuilder key2 = new StringBuilder(separator);
                key2.append(quoted(property.jsonName())).append(':');
                body.addStatement("$L.append($S)", OUT, key2.toString());
                body.addStatement("$L", write(property.type(), out, CodeBlock.of("$L.$L()", VALUE, property.javaName())));
                separator = ",";
            }
            body.addStatement("$L.append($S)", OUT, object.properties().isEmpty() ? "{}" : "}");
        } else if (type instanceof SchemaType.Enum enumType) {
            body.beginControlFlow("switch ($L)", VALUE);
            for (SchemaType.EnumValue constant : enumType.values()) {
                body.addStatement("case $L -> $L.append($S)", constant.javaName(), OUT, quoted(constant.jsonName()));
            }
            body.endControlFlow();
        } else if (type instanceof SchemaType.Array array) {
            body.addStatement("$L.append('[')", OUT)
                    .addStatement("boolean first = true")
                    .beginControlFlow("for (var item : $L)", VALUE)
                    .addStatement("if (!first) $L.append(',')", OUT)
                    .addStatement("first = false")
                    .addStatement("$L", write(array.items(), out, CodeBlock.of("item")))
                    .endControlFlow()
                    .addStatement("$L.append(']')", OUT);
        } else if (type instanceof SchemaType.MapEntries map) {
            body.addStatement("$L.append('{')", OUT)
                    .addStatement("boolean first = true")
                    .beginControlFlow("for (var entry : $L.entrySet())", VALUE)
                    .addStatement("if (!first) $L.append(',')", OUT)
                    .addStatement("first = false")
                    .addStatement("$T.string($L, entry.getKey())", JSON_TEXT, OUT)
                    .addStatement("$L.append(':')", OUT)
                    .addStatement("$L", write(map.valueType(), out, CodeBlock.of("entry.getValue()")))
                    .endControlFlow()
                    .addStatement("$L.append('}')", OUT);
        } else {
            SchemaType.Nullable optional = (SchemaType.Nullable) type;
            body.beginControlFlow("if ($L.isPresent())", VALUE)
                    .addStatement("$L", write(optional.inner(), out, CodeBlock.of("$L.get()", VALUE)))
                    .nextControlFlow("else")
                    .addStatement("$L.append($S)", OUT, "null")
                    .endControlFlow();
        }
        body.addStatement("return $L", OUT);
        codec.setMethod(index[0], MethodSpec.methodBuilder(name).addModifiers(Modifier.STATIC)
                .returns(StringBuilder.class)
                .addParameter(StringBuilder.class, OUT)
                .addParameter(parameterType(type), VALUE)
                .addCode(body.build()).build());
        return name;
    }

    /** What a write method accepts: the record or enum, or any container of the item type. */
    private TypeName parameterType(SchemaType type) {
        type = unwrap(type);
        if (type instanceof SchemaType.Array array) {
            TypeName items = itemType(array.items());
            if (array.collection() == SchemaType.Collection.ARRAY) return ArrayTypeName.of(items);
            return ParameterizedTypeName.get(ClassName.get(Iterable.class), WildcardTypeName.subtypeOf(items.box()));
        }
        if (type instanceof SchemaType.MapEntries map) {
            return ParameterizedTypeName.get(RuntimeTypes.MAP, ClassName.get(String.class), WildcardTypeName.subtypeOf(itemType(map.valueType()).box()));
        }
        if (type instanceof SchemaType.Nullable optional) {
            return ParameterizedTypeName.get(RuntimeTypes.OPTIONAL, WildcardTypeName.subtypeOf(itemType(optional.inner()).box()));
        }
        return codec.typeNames().read(type);
    }

    // An item's type as a container's type argument: nested containers by their own parameter type.
    private TypeName itemType(SchemaType type) {
        type = unwrap(type);
        if (type instanceof SchemaType.Array array && array.collection() == SchemaType.Collection.ARRAY) return parameterType(type);
        return codec.typeNames().read(type);
    }

    /** {@code "name"} as JSON, escaped at compile time. */
    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') out.append('\\').append(c);
            else if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        return out.append('"').toString();
    }
}
