package dev.saasllm.processor.validation;

import dev.saasllm.model.JsonSchemaWriter;
import dev.saasllm.model.SchemaType;
import dev.saasllm.processor.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * The limits strict structured-output providers (OpenAI's documented ones) put on a schema. A
 * schema past them is refused by the provider at run time, so it is refused at compile time.
 */
public final class SchemaLimits {
    /** The deepest nesting of objects. */
    public static final int MAX_DEPTH = 10;
    /** The most properties in all. */
    public static final int MAX_PROPERTIES = 5000;
    /** The most enum values in all. */
    public static final int MAX_ENUM_VALUES = 1000;
    /** Enums with more values than this are held to {@link #MAX_LARGE_ENUM_CHARS}. */
    public static final int LARGE_ENUM_VALUES = 250;
    /** The most characters of the values of one large enum. */
    public static final int MAX_LARGE_ENUM_CHARS = 15_000;
    /** The most characters of property names and enum values in all. */
    public static final int MAX_TOTAL_CHARS = 120_000;

    /**
     * A violated limit.
     *
     * @param message the diagnostic to report
     * @param args its arguments, without the method's name (see {@link #argsFor})
     */
    public record Violation(Message message, List<Object> args) {
        /**
         * The message arguments with the method's name in the slot the message expects it.
         *
         * @param methodName the method's name
         * @return the arguments
         */
        public Object[] argsFor(String methodName) {
            List<Object> all = new ArrayList<>(args);
            all.add(message == Message.SCHEMA_ENUM_TOO_LONG ? 1 : 0, methodName);
            return all.toArray();
        }
    }

    private int properties;
    private int enumValues;
    private int chars;
    private int deepest;
    private String deepestPath = "";
    private final List<Violation> violations = new ArrayList<>();

    private SchemaLimits() {}

    /**
     * Checks the root object of an answer; {@code name} starts the paths in messages.
     *
     * @param root the answer's root object
     * @param name the root's name in paths
     * @return the violations; empty when the schema fits
     */
    public static List<Violation> check(SchemaType.Object root, String name) {
        SchemaLimits limits = new SchemaLimits();
        limits.visit(root, name, 0);
        if (limits.deepest > MAX_DEPTH) {
            limits.violations.add(0, new Violation(Message.SCHEMA_TOO_DEEP, List.of(limits.deepest, limits.deepestPath, MAX_DEPTH)));
        }
        if (limits.properties > MAX_PROPERTIES) {
            limits.violations.add(new Violation(Message.SCHEMA_TOO_MANY_PROPERTIES, List.of(limits.properties, MAX_PROPERTIES)));
        }
        if (limits.enumValues > MAX_ENUM_VALUES) {
            limits.violations.add(new Violation(Message.SCHEMA_TOO_MANY_ENUM_VALUES, List.of(limits.enumValues, MAX_ENUM_VALUES)));
        }
        if (limits.chars > MAX_TOTAL_CHARS) {
            limits.violations.add(new Violation(Message.SCHEMA_TOO_LARGE, List.of(limits.chars, MAX_TOTAL_CHARS)));
        }
        return limits.violations;
    }

    private void visit(SchemaType type, String path, int depth) {
        if (type instanceof SchemaType.Object object) {
            int level = depth + 1;
            if (level > deepest) {
                deepest = level;
                deepestPath = path;
            }
            for (SchemaType.Property property : object.properties()) {
                properties++;
                chars += property.jsonName().length();
                visit(property.type(), path + "." + property.jsonName(), level);
            }
        } else if (type instanceof SchemaType.Array array) {
            visit(array.items(), path + "[]", depth);
        } else if (type instanceof SchemaType.MapEntries map) {
            visit(JsonSchemaWriter.entryObject(map.valueType()), path + "[]", depth);
        } else if (type instanceof SchemaType.Nullable nullable) {
            visit(nullable.inner(), path, depth);
        } else if (type instanceof SchemaType.Constrained constrained) {
            visit(constrained.inner(), path, depth);
        } else if (type instanceof SchemaType.Enum enumType) {
            int enumChars = 0;
            for (SchemaType.EnumValue value : enumType.values()) {
                enumChars += value.jsonName().length();
            }
            enumValues += enumType.values().size();
            chars += enumChars;
            if (enumType.values().size() > LARGE_ENUM_VALUES && enumChars > MAX_LARGE_ENUM_CHARS
                    && violations.stream().noneMatch(v -> v.args().get(0).equals(enumType.javaType()))) {
                violations.add(new Violation(Message.SCHEMA_ENUM_TOO_LONG, List.of(enumType.javaType(),
                        enumType.values().size(), enumChars, MAX_LARGE_ENUM_CHARS, LARGE_ENUM_VALUES)));
            }
        }
    }
}
