package dev.saasllm.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Answers keep the schema's minimum, maximum, minItems and maxItems, whatever the prompt says. */
class SchemaFillerConstraintsTest {
    private static final String SCHEMA = "{\"type\":\"object\",\"properties\":{"
            + "\"quantity\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":10},"
            + "\"price\":{\"type\":\"number\",\"minimum\":0.5,\"maximum\":99.5},"
            + "\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"minItems\":1,\"maxItems\":2}},"
            + "\"required\":[\"quantity\",\"price\",\"tags\"],\"additionalProperties\":false}";

    private static String fill(String... prompt) throws Exception {
        return Json.write(SchemaFiller.fill(Json.asMap(Json.parse(SCHEMA)), List.of(prompt)));
    }

    @Test
    void defaultsStartAtTheMinimum() throws Exception {
        assertEquals("{\"quantity\":1,\"price\":0.5,\"tags\":[\"\"]}", fill("nothing to go on"));
    }

    @Test
    void factsOutsideTheLimitsAreClamped() throws Exception {
        assertEquals("{\"quantity\":10,\"price\":99.5,\"tags\":[\"a\",\"b\"]}", fill("quantity: 500\nprice: 1000\ntags: a, b, c"));
        assertEquals("{\"quantity\":1,\"price\":0.5,\"tags\":[\"a\"]}", fill("quantity: -3\nprice: 0.1\ntags: a"));
    }
}
