package dev.saasllm.e2e;

import static dev.saasllm.e2e.Traffic.completedOnce;
import static dev.saasllm.e2e.Traffic.map;
import static dev.saasllm.e2e.Traffic.schemaSent;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.SaasLlmClient;
import dev.saasllm.e2e.Shapes.Line;
import dev.saasllm.e2e.Shapes.Priority;
import dev.saasllm.emulator.SaasLlmEmulator;
import dev.saasllm.emulator.SaasLlmEmulatorExtension;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Answers that are not records travel wrapped as {@code {"value": ...}} and come back unwrapped. */
class RootAnswersTest {
    @RegisterExtension
    static final SaasLlmEmulatorExtension EMULATOR = new SaasLlmEmulatorExtension(b -> b.credits(Traffic.CREDITS));

    private static final String JOB_TYPE = "root_types"; // RootTypes in snake case: no type declared
    private static final String LINE_FACTS = "SKU: A-1\nQuantity: 2\nPrice: 0.5\n";

    @AfterEach
    void nothingLeftOpen() {
        assertEquals(0, EMULATOR.emulator().openJobs());
    }

    @Test
    void listOfRecords(SaasLlmEmulator emulator, SaasLlmClient client) {
        List<Line> lines = client.create(RootTypes.class).lines("value: first, second\n" + LINE_FACTS);

        Line line = new Line("A-1", 2, new BigDecimal("0.5"));
        assertEquals(List.of(line, line), lines);
        Map<String, Object> value = wrapped(emulator, "ListOfLine");
        assertEquals("array", value.get("type"));
        assertEquals(List.of("sku", "quantity", "price"), map(value.get("items")).get("required"));
        completedOnce(emulator, JOB_TYPE);
    }

    @Test
    void arrayOfRecords(SaasLlmEmulator emulator, SaasLlmClient client) {
        Line[] lines = client.create(RootTypes.class).lineArray("value: only\n" + LINE_FACTS);

        assertArrayEquals(new Line[] {new Line("A-1", 2, new BigDecimal("0.5"))}, lines);
        assertEquals("array", schemaValue(emulator).get("type"));
        completedOnce(emulator, JOB_TYPE);
    }

    @Test
    void setOfEnums(SaasLlmEmulator emulator, SaasLlmClient client) {
        Set<Priority> priorities = client.create(RootTypes.class).priorities("value: urgent, medium, urgent");

        assertEquals(Set.of(Priority.HIGH, Priority.MEDIUM), priorities);
        Map<String, Object> value = schemaValue(emulator);
        assertEquals("array", value.get("type"));
        assertEquals(List.of("LOW", "MEDIUM", "urgent"), map(value.get("items")).get("enum"));
        completedOnce(emulator, JOB_TYPE);
    }

    @Test
    void arrayOfInts(SaasLlmEmulator emulator, SaasLlmClient client) {
        int[] numbers = client.create(RootTypes.class).numbers("value: 3, 1, 4");

        assertArrayEquals(new int[] {3, 1, 4}, numbers);
        assertEquals(Map.of("type", "array", "items", Map.of("type", "integer")), schemaValue(emulator));
        completedOnce(emulator, JOB_TYPE);
    }

    @Test
    void anEnum(SaasLlmEmulator emulator, SaasLlmClient client) {
        assertEquals(Priority.HIGH, client.create(RootTypes.class).classify("value: Urgent"));

        assertEquals(List.of("LOW", "MEDIUM", "urgent"), wrapped(emulator, "Priority").get("enum"));
        completedOnce(emulator, JOB_TYPE);
    }

    @Test
    void anInt(SaasLlmEmulator emulator, SaasLlmClient client) {
        assertEquals(42, client.create(RootTypes.class).count("value: 42 words"));

        assertEquals(Map.of("type", "integer"), schemaValue(emulator));
        completedOnce(emulator, JOB_TYPE);
    }

    @Test
    void aBoolean(SaasLlmEmulator emulator, SaasLlmClient client) {
        assertTrue(client.create(RootTypes.class).check("value: yes"));
        assertEquals(Map.of("type", "boolean"), schemaValue(emulator));
        completedOnce(emulator, JOB_TYPE);

        emulator.reset();
        assertFalse(client.create(RootTypes.class).check("value: no"));
        completedOnce(emulator, JOB_TYPE);
    }

    @Test
    void aBigDecimal(SaasLlmEmulator emulator, SaasLlmClient client) {
        assertEquals(new BigDecimal("1234.56"), client.create(RootTypes.class).total("value: 1234.56 EUR"));

        assertEquals(Map.of("type", "number"), schemaValue(emulator));
        completedOnce(emulator, JOB_TYPE);
    }

    @Test
    void aLocalDate(SaasLlmEmulator emulator, SaasLlmClient client) {
        assertEquals(LocalDate.of(2026, 11, 27), client.create(RootTypes.class).date("value: 2026-11-27"));

        assertEquals(Map.of("type", "string", "format", "date"), schemaValue(emulator));
        completedOnce(emulator, JOB_TYPE);
    }

    @Test
    void aUuid(SaasLlmEmulator emulator, SaasLlmClient client) {
        UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        assertEquals(id, client.create(RootTypes.class).id("value: " + id));

        assertEquals(Map.of("type", "string", "format", "uuid"), schemaValue(emulator));
        completedOnce(emulator, JOB_TYPE);
    }

    @Test
    void aUri(SaasLlmEmulator emulator, SaasLlmClient client) {
        assertEquals(URI.create("mailto:ada@example.com"), client.create(RootTypes.class).link("value: mailto:ada@example.com"));

        assertEquals(Map.of("type", "string", "format", "uri"), schemaValue(emulator));
        completedOnce(emulator, JOB_TYPE);
    }

    @Test
    void aChar(SaasLlmEmulator emulator, SaasLlmClient client) {
        assertEquals('A', client.create(RootTypes.class).initial("value: A"));

        assertEquals(Map.of("type", "string", "minLength", 1.0, "maxLength", 1.0), schemaValue(emulator));
        completedOnce(emulator, JOB_TYPE);
    }

    @Test
    void aListOfStrings(SaasLlmEmulator emulator, SaasLlmClient client) {
        assertEquals(List.of("alpha", "beta"), client.create(RootTypes.class).words("value: alpha, beta"));

        assertEquals(Map.of("type", "array", "items", Map.of("type", "string")), schemaValue(emulator));
        completedOnce(emulator, JOB_TYPE);
    }

    @Test
    void aBoxedLong(SaasLlmEmulator emulator, SaasLlmClient client) {
        assertEquals(9_000_000_000L, client.create(RootTypes.class).bigCount("value: 9000000000"));

        assertEquals(Map.of("type", "integer"), schemaValue(emulator));
        completedOnce(emulator, JOB_TYPE);
    }

    @Test
    void aDouble(SaasLlmEmulator emulator, SaasLlmClient client) {
        assertEquals(0.75, client.create(RootTypes.class).ratio("value: 0.75"));

        assertEquals(Map.of("type", "number"), schemaValue(emulator));
        completedOnce(emulator, JOB_TYPE);
    }

    /** The schema of the wrapped {@code value}, checking the wrapper on the way. */
    private static Map<String, Object> wrapped(SaasLlmEmulator emulator, String schemaName) {
        Map<String, Object> schema = schemaSent(emulator, schemaName);
        assertEquals("object", schema.get("type"));
        assertEquals(List.of("value"), schema.get("required"));
        assertEquals(Boolean.FALSE, schema.get("additionalProperties"));
        return map(map(schema.get("properties")).get("value"));
    }

    private static Map<String, Object> schemaValue(SaasLlmEmulator emulator) {
        Map<String, Object> format = map(Traffic.onlyLlmCall(emulator).get("response_format"));
        String name = (String) map(format.get("json_schema")).get("name");
        return wrapped(emulator, name);
    }
}
