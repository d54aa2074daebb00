package dev.saasllm.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.InvalidOutputException;
import dev.saasllm.annotations.Items;
import dev.saasllm.annotations.Length;
import dev.saasllm.annotations.Matches;
import dev.saasllm.annotations.Maximum;
import dev.saasllm.annotations.Minimum;
import dev.saasllm.annotations.NonBlank;
import dev.saasllm.internal.AnswerReader;
import dev.saasllm.internal.AnswerReaders;
import dev.saasllm.model.JsonSchemaWriter;
import dev.saasllm.model.SchemaType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Constraint annotations: into the schema, checked when reading, rejected where they do not fit. */
class ConstraintsTest {
    @Retention(RetentionPolicy.RUNTIME)
    @interface Nullable {}

    record Order(
            @Minimum(1) @Maximum(10) int quantity,
            @Length(min = 2, max = 5) @Matches("^[A-Z]+$") String code,
            @NonBlank String name,
            @Items(min = 1, max = 3) List<String> tags,
            @Nullable @Minimum(0.5) Double price,
            @Length(max = 3) Optional<String> note) {}

    private static final SchemaType ORDER = ReflectiveSchemaReader.read(Order.class);
    private static final AnswerReader<Order> READER = AnswerReaders.json(ReflectiveJsonReader.answerReader(Order.class, ORDER));

    @Test
    void constraintsGoIntoTheSchema() {
        assertEquals("{\"type\":\"object\",\"properties\":{"
                + "\"quantity\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":10},"
                + "\"code\":{\"type\":\"string\",\"minLength\":2,\"maxLength\":5,\"pattern\":\"^[A-Z]+$\"},"
                + "\"name\":{\"type\":\"string\",\"minLength\":1},"
                + "\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"minItems\":1,\"maxItems\":3},"
                + "\"price\":{\"type\":[\"number\",\"null\"],\"minimum\":0.5},"
                + "\"note\":{\"type\":[\"string\",\"null\"],\"maxLength\":3}},"
                + "\"required\":[\"quantity\",\"code\",\"name\",\"tags\",\"price\",\"note\"],\"additionalProperties\":false}",
                JsonSchemaWriter.rootSchema(ORDER));
    }

    @Test
    void aConformingAnswerIsRead() {
        assertEquals(new Order(3, "AB", "Ada", List.of("x"), null, Optional.empty()),
                READER.read("{\"quantity\":3,\"code\":\"AB\",\"name\":\"Ada\",\"tags\":[\"x\"],\"price\":null,\"note\":null}"));
    }

    @Test
    void eachBrokenConstraintIsAnInvalidAnswerNamingThePath() {
        assertProblem("{\"quantity\":0,\"code\":\"AB\",\"name\":\"A\",\"tags\":[\"x\"],\"price\":null,\"note\":null}",
                "Value 0 is below the minimum 1 at $.quantity");
        assertProblem("{\"quantity\":11,\"code\":\"AB\",\"name\":\"A\",\"tags\":[\"x\"],\"price\":null,\"note\":null}",
                "Value 11 is above the maximum 10 at $.quantity");
        assertProblem("{\"quantity\":1,\"code\":\"A\",\"name\":\"A\",\"tags\":[\"x\"],\"price\":null,\"note\":null}",
                "Value \"A\" has 1 characters, fewer than the minimum 2 at $.code");
        assertProblem("{\"quantity\":1,\"code\":\"ab\",\"name\":\"A\",\"tags\":[\"x\"],\"price\":null,\"note\":null}",
                "Value \"ab\" does not match the pattern ^[A-Z]+$ at $.code");
        assertProblem("{\"quantity\":1,\"code\":\"AB\",\"name\":\"  \",\"tags\":[\"x\"],\"price\":null,\"note\":null}",
                "Value \"  \" is blank; text is required at $.name");
        assertProblem("{\"quantity\":1,\"code\":\"AB\",\"name\":\"A\",\"tags\":[],\"price\":null,\"note\":null}",
                "0 items, fewer than the minimum 1 at $.tags");
        assertProblem("{\"quantity\":1,\"code\":\"AB\",\"name\":\"A\",\"tags\":[\"x\"],\"price\":0.25,\"note\":null}",
                "Value 0.25 is below the minimum 0.5 at $.price");
        assertProblem("{\"quantity\":1,\"code\":\"AB\",\"name\":\"A\",\"tags\":[\"x\"],\"price\":null,\"note\":\"long\"}",
                "Value \"long\" has 4 characters, more than the maximum 3 at $.note");
    }

    private static void assertProblem(String json, String problem) {
        InvalidOutputException e = assertThrows(InvalidOutputException.class, () -> READER.read(json));
        assertEquals(problem, e.problem());
    }

    record MinOnText(@Minimum(1) String text) {}
    record LengthOnList(@Length(max = 2) List<String> items) {}
    record ItemsOnText(@Items(max = 2) String text) {}
    record Swapped(@Minimum(5) @Maximum(1) int n) {}
    record BadRegex(@Matches("([a-z]") String s) {}

    @Test
    void misplacedConstraintsAreRejectedWithThePathAndTheFix() {
        assertRejected(MinOnText.class, "MinOnText.text", "@Minimum and @Maximum apply to numbers only");
        assertRejected(LengthOnList.class, "LengthOnList.items", "@Length, @Matches and @NonBlank apply to String components only");
        assertRejected(ItemsOnText.class, "ItemsOnText.text", "@Items applies to lists, sets and arrays only");
        assertRejected(Swapped.class, "Swapped.n", "@Minimum(5) is above @Maximum(1), so no value fits");
        assertRejected(BadRegex.class, "BadRegex.s", "@Matches(\"([a-z]\") is not a valid regular expression");
    }

    private static void assertRejected(Class<?> type, String path, String why) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReflectiveSchemaReader.read(type));
        assertTrue(e.getMessage().contains(path) && e.getMessage().contains(why), e.getMessage());
    }
}
