package dev.saasllm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonSchemaWriterTest {
    private static final SchemaType STRING = Scalars.of("java.lang.String");
    private static final SchemaType.Enum LEVEL = new SchemaType.Enum("com.acme.Level",
            List.of(new SchemaType.EnumValue("LOW", "low", "can wait"), new SchemaType.EnumValue("HIGH", "HIGH", null)), "How urgent");
    private static final SchemaType.Object CONTACT = new SchemaType.Object("com.acme.Contact", List.of(
            new SchemaType.Property("name", "full_name", STRING, "Given and family name"),
            new SchemaType.Property("phone", "phone", new SchemaType.Nullable(STRING, false), null)), "A contact");

    @Test
    void aRecordIsTheRootItself() {
        assertFalse(JsonSchemaWriter.isWrapped(CONTACT));
        assertEquals("{\"type\":\"object\",\"properties\":{\"full_name\":{\"type\":\"string\",\"description\":\"Given and family name\"},"
                + "\"phone\":{\"type\":[\"string\",\"null\"]}},\"required\":[\"full_name\",\"phone\"],\"additionalProperties\":false,"
                + "\"description\":\"A contact\"}", JsonSchemaWriter.rootSchema(CONTACT));
    }

    @Test
    void anythingElseIsWrappedInAValueObject() {
        SchemaType list = new SchemaType.Array(Scalars.of("int"), SchemaType.Collection.LIST);
        assertTrue(JsonSchemaWriter.isWrapped(list));
        assertEquals("{\"type\":\"object\",\"properties\":{\"value\":{\"type\":\"array\",\"items\":{\"type\":\"integer\"}}},"
                + "\"required\":[\"value\"],\"additionalProperties\":false}", JsonSchemaWriter.rootSchema(list));
    }

    @Test
    void enumConstantDescriptionsFollowTheEnumsAndANullableEnumAllowsNull() {
        assertEquals("{\"type\":\"string\",\"enum\":[\"low\",\"HIGH\"],\"description\":\"How urgent\\nlow: can wait\"}",
                JsonSchemaWriter.write(LEVEL));
        assertEquals("{\"type\":[\"string\",\"null\"],\"enum\":[\"low\",\"HIGH\",null],\"description\":\"How urgent\\nlow: can wait\"}",
                JsonSchemaWriter.write(new SchemaType.Nullable(LEVEL, true)));
    }

    @Test
    void aNullableObjectIsAnAnyOfWithNull() {
        assertTrue(JsonSchemaWriter.write(new SchemaType.Nullable(CONTACT, true)).startsWith("{\"anyOf\":[{\"type\":\"object\""));
        assertTrue(JsonSchemaWriter.write(new SchemaType.Nullable(CONTACT, true)).endsWith(",{\"type\":\"null\"}]}"));
    }

    @Test
    void aMapIsAListOfKeyValueEntries() {
        assertEquals("{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"key\":{\"type\":\"string\"},"
                + "\"value\":{\"type\":\"number\"}},\"required\":[\"key\",\"value\"],\"additionalProperties\":false}}",
                JsonSchemaWriter.write(new SchemaType.MapEntries(Scalars.of("double"))));
    }

    @Test
    void constraintsAreWrittenAsJsonSchemaKeywords() {
        SchemaType.Constraints c = new SchemaType.Constraints(1.0, 2.5, 3, 9, "^a", true, null, null);
        assertEquals("{\"type\":\"string\",\"minimum\":1,\"maximum\":2.5,\"minLength\":3,\"maxLength\":9,\"pattern\":\"^a\"}",
                JsonSchemaWriter.write(new SchemaType.Constrained(STRING, c)));
        SchemaType.Constraints nonBlank = new SchemaType.Constraints(null, null, null, null, null, true, 1, 4);
        assertEquals("{\"type\":\"string\",\"minLength\":1,\"minItems\":1,\"maxItems\":4}",
                JsonSchemaWriter.write(new SchemaType.Constrained(STRING, nonBlank)));
    }

    @Test
    void aCharIsAStringOfOneCharacter() {
        assertEquals("{\"type\":\"string\",\"minLength\":1,\"maxLength\":1}", JsonSchemaWriter.write(Scalars.of("char")));
    }

    @Test
    void schemaNamesFitWhatProvidersAccept() {
        assertEquals("Contact", JsonSchemaWriter.schemaName(CONTACT));
        assertEquals("ListOfLevel", JsonSchemaWriter.schemaName(new SchemaType.Array(LEVEL, SchemaType.Collection.SET)));
        assertEquals("Int", JsonSchemaWriter.schemaName(Scalars.of("int")));
        String longName = "com.acme." + "X".repeat(80);
        assertEquals(64, JsonSchemaWriter.schemaName(new SchemaType.Object(longName, List.of(), null)).length());
    }

    @Test
    void stringsAreEscaped() {
        StringBuilder out = new StringBuilder();
        JsonSchemaWriter.string("a\"b\\c\nd\u0001\u2028", out);
        assertEquals("\"a\\\"b\\\\c\\nd\\u0001\\u2028\"", out.toString());
    }

    @Test
    void integralLimitsHaveNoFraction() {
        assertEquals("3", JsonSchemaWriter.number(3.0));
        assertEquals("-0.5", JsonSchemaWriter.number(-0.5));
        assertEquals("1.0E15", JsonSchemaWriter.number(1e15));
    }
}
