package dev.saasllm.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.saasllm.internal.schema.SchemaFixtures.AccessorName;
import dev.saasllm.internal.schema.SchemaFixtures.Containers;
import dev.saasllm.internal.schema.SchemaFixtures.Level;
import dev.saasllm.internal.schema.SchemaFixtures.Resume;
import dev.saasllm.internal.schema.SchemaFixtures.Scalars;
import dev.saasllm.internal.schema.SchemaFixtures.Times;
import dev.saasllm.model.JsonSchemaWriter;
import dev.saasllm.model.SchemaType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReflectiveSchemaReaderTest {

    private static String schema(Class<?> type) {
        return JsonSchemaWriter.rootSchema(ReflectiveSchemaReader.read(type));
    }

    @Test
    void resume() {
        String position = "{\"type\":\"object\",\"properties\":{\"company\":{\"type\":\"string\"},"
                + "\"start\":{\"type\":\"string\",\"format\":\"date\",\"description\":\"Start date\"},"
                + "\"end\":{\"type\":[\"string\",\"null\"],\"format\":\"date\"}},"
                + "\"required\":[\"company\",\"start\",\"end\"],\"additionalProperties\":false}";
        assertEquals("{\"type\":\"object\",\"properties\":{"
                + "\"full_name\":{\"type\":\"string\"},"
                + "\"initial\":{\"type\":\"string\",\"minLength\":1,\"maxLength\":1},"
                + "\"years\":{\"type\":\"integer\"},"
                + "\"salary\":{\"type\":\"number\"},"
                + "\"level\":{\"type\":\"string\",\"enum\":[\"jr\",\"SENIOR\"],\"description\":\"Seniority\\nSENIOR: 10+ years\"},"
                + "\"jobs\":{\"type\":\"array\",\"items\":" + position + "},"
                + "\"skills\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},"
                + "\"scores\":{\"type\":\"array\",\"items\":{\"type\":\"number\"}},"
                + "\"languages\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"key\":{\"type\":\"string\"},"
                + "\"value\":{\"type\":\"integer\"}},\"required\":[\"key\",\"value\"],\"additionalProperties\":false}},"
                + "\"phone\":{\"type\":[\"string\",\"null\"]},"
                + "\"age\":{\"type\":[\"integer\",\"null\"]},"
                + "\"updatedAt\":{\"type\":\"string\",\"format\":\"date-time\"}},"
                + "\"required\":[\"full_name\",\"initial\",\"years\",\"salary\",\"level\",\"jobs\",\"skills\",\"scores\","
                + "\"languages\",\"phone\",\"age\",\"updatedAt\"],\"additionalProperties\":false,"
                + "\"description\":\"A parsed resume.\"}", schema(Resume.class));
    }

    @Test
    void resumeModel() {
        SchemaType.Object resume = (SchemaType.Object) ReflectiveSchemaReader.read(Resume.class);
        assertEquals("dev.saasllm.internal.schema.SchemaFixtures.Resume", resume.javaType());
        SchemaType.Property name = resume.properties().get(0);
        assertEquals("name", name.javaName());
        assertEquals("full_name", name.jsonName());
        assertEquals(new SchemaType.Scalar(SchemaType.ScalarKind.STRING, "char", null), resume.properties().get(1).type());
        assertEquals(new SchemaType.Array(new SchemaType.Scalar(SchemaType.ScalarKind.STRING, "java.lang.String", null),
                SchemaType.Collection.SET), resume.properties().get(6).type());
        assertEquals(new SchemaType.Array(new SchemaType.Scalar(SchemaType.ScalarKind.NUMBER, "double", null),
                SchemaType.Collection.ARRAY), resume.properties().get(7).type());
        assertEquals(new SchemaType.Nullable(new SchemaType.Scalar(SchemaType.ScalarKind.STRING, "java.lang.String", null), false),
                resume.properties().get(9).type());
        assertEquals(new SchemaType.Nullable(new SchemaType.Scalar(SchemaType.ScalarKind.INTEGER, "java.lang.Integer", null), false),
                resume.properties().get(10).type());
        SchemaType.Object position = (SchemaType.Object) ((SchemaType.Array) resume.properties().get(5).type()).items();
        assertEquals(new SchemaType.Nullable(new SchemaType.Scalar(SchemaType.ScalarKind.STRING, "java.time.LocalDate", "date"), true),
                position.properties().get(2).type());
    }

    @Test
    void enumModel() {
        assertEquals(new SchemaType.Enum("dev.saasllm.internal.schema.SchemaFixtures.Level", List.of(
                        new SchemaType.EnumValue("JUNIOR", "jr", null),
                        new SchemaType.EnumValue("SENIOR", "SENIOR", "10+ years")), "Seniority"),
                ReflectiveSchemaReader.read(Level.class));
    }

    @Test
    void scalarsAreNeverNullUnlessAnnotated() {
        assertEquals("{\"type\":\"object\",\"properties\":{\"string\":{\"type\":\"string\"},"
                + "\"c\":{\"type\":\"string\",\"minLength\":1,\"maxLength\":1},"
                + "\"boxedChar\":{\"type\":\"string\",\"minLength\":1,\"maxLength\":1},"
                + "\"flag\":{\"type\":\"boolean\"},\"boxedFlag\":{\"type\":\"boolean\"},"
                + "\"b\":{\"type\":\"integer\"},\"boxedByte\":{\"type\":\"integer\"},\"s\":{\"type\":\"integer\"},"
                + "\"boxedShort\":{\"type\":\"integer\"},\"i\":{\"type\":\"integer\"},\"boxedInt\":{\"type\":\"integer\"},"
                + "\"l\":{\"type\":\"integer\"},\"boxedLong\":{\"type\":\"integer\"},\"bigInteger\":{\"type\":\"integer\"},"
                + "\"f\":{\"type\":\"number\"},\"boxedFloat\":{\"type\":\"number\"},\"d\":{\"type\":\"number\"},"
                + "\"boxedDouble\":{\"type\":\"number\"},\"bigDecimal\":{\"type\":\"number\"}},"
                + "\"required\":[\"string\",\"c\",\"boxedChar\",\"flag\",\"boxedFlag\",\"b\",\"boxedByte\",\"s\",\"boxedShort\","
                + "\"i\",\"boxedInt\",\"l\",\"boxedLong\",\"bigInteger\",\"f\",\"boxedFloat\",\"d\",\"boxedDouble\",\"bigDecimal\"],"
                + "\"additionalProperties\":false}", schema(Scalars.class));
        SchemaType.Object scalars = (SchemaType.Object) ReflectiveSchemaReader.read(Scalars.class);
        assertEquals("java.lang.Character", ((SchemaType.Scalar) scalars.properties().get(2).type()).javaType());
        assertEquals("java.math.BigInteger", ((SchemaType.Scalar) scalars.properties().get(13).type()).javaType());
    }

    @Test
    void javaTimeAndFriendsAreFormattedStrings() {
        assertEquals("{\"type\":\"object\",\"properties\":{"
                + "\"date\":{\"type\":\"string\",\"format\":\"date\"},"
                + "\"dateTime\":{\"type\":\"string\",\"format\":\"date-time\"},"
                + "\"offsetDateTime\":{\"type\":\"string\",\"format\":\"date-time\"},"
                + "\"zoned\":{\"type\":\"string\",\"format\":\"date-time\"},"
                + "\"instant\":{\"type\":\"string\",\"format\":\"date-time\"},"
                + "\"time\":{\"type\":\"string\",\"format\":\"time\"},"
                + "\"offsetTime\":{\"type\":\"string\",\"format\":\"time\"},"
                + "\"duration\":{\"type\":\"string\",\"format\":\"duration\"},"
                + "\"uuid\":{\"type\":\"string\",\"format\":\"uuid\"},"
                + "\"uri\":{\"type\":\"string\",\"format\":\"uri\"}},"
                + "\"required\":[\"date\",\"dateTime\",\"offsetDateTime\",\"zoned\",\"instant\",\"time\",\"offsetTime\","
                + "\"duration\",\"uuid\",\"uri\"],\"additionalProperties\":false}", schema(Times.class));
    }

    @Test
    void containers() {
        SchemaType.Object containers = (SchemaType.Object) ReflectiveSchemaReader.read(Containers.class);
        SchemaType string = new SchemaType.Scalar(SchemaType.ScalarKind.STRING, "java.lang.String", null);
        SchemaType integer = new SchemaType.Scalar(SchemaType.ScalarKind.INTEGER, "java.lang.Integer", null);
        SchemaType position = ReflectiveSchemaReader.read(SchemaFixtures.Position.class);
        assertEquals(List.of(
                new SchemaType.Property("collection", "collection", new SchemaType.Array(string, SchemaType.Collection.LIST), null),
                new SchemaType.Property("nested", "nested", new SchemaType.Array(
                        new SchemaType.Array(integer, SchemaType.Collection.LIST), SchemaType.Collection.LIST), null),
                new SchemaType.Property("positions", "positions", new SchemaType.Array(position, SchemaType.Collection.ARRAY), null),
                new SchemaType.Property("maybeList", "maybeList", new SchemaType.Nullable(
                        new SchemaType.Array(string, SchemaType.Collection.LIST), true), null),
                new SchemaType.Property("byName", "byName", new SchemaType.MapEntries(new SchemaType.Array(
                        ReflectiveSchemaReader.read(Level.class), SchemaType.Collection.LIST)), null),
                new SchemaType.Property("maybePosition", "maybePosition", new SchemaType.Nullable(position, true), null)),
                containers.properties());
        String json = schema(Containers.class);
        assertEquals(true, json.contains("\"maybeList\":{\"anyOf\":[{\"type\":\"array\",\"items\":{\"type\":\"string\"}},"
                + "{\"type\":\"null\"}]}"), json);
    }

    @Test
    void aJsonNameOnTheAccessorCounts() {
        assertEquals("renamed", ((SchemaType.Object) ReflectiveSchemaReader.read(AccessorName.class)).properties().get(0).jsonName());
    }

    @Test
    void aJsonAnnotationWithoutANameKeepsTheJavaName() {
        assertEquals("value", ((SchemaType.Object) ReflectiveSchemaReader.read(SchemaFixtures.JsonWithoutName.class))
                .properties().get(0).jsonName());
        assertEquals("LOW", ((SchemaType.Enum) ReflectiveSchemaReader.read(SchemaFixtures.JsonWithoutNameLevel.class))
                .values().get(0).jsonName());
    }

    @Test
    void recordsAreReadOnce() {
        assertSame(ReflectiveSchemaReader.read(Resume.class), ReflectiveSchemaReader.read(Resume.class));
    }

    @Test
    void nonRecordRootsAreWrapped() {
        assertEquals("{\"type\":\"object\",\"properties\":{\"value\":{\"type\":\"string\",\"enum\":[\"jr\",\"SENIOR\"],"
                + "\"description\":\"Seniority\\nSENIOR: 10+ years\"}},\"required\":[\"value\"],\"additionalProperties\":false}",
                schema(Level.class));
        assertEquals("{\"type\":\"object\",\"properties\":{\"value\":{\"type\":\"integer\"}},\"required\":[\"value\"],"
                + "\"additionalProperties\":false}", schema(Integer.class));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "WithObject|Unsupported type java.lang.Object at WithObject.anything: Object has no fixed JSON shape.",
            "Outer|Unsupported type java.lang.Object at Outer.jobs[].company: Object has no fixed JSON shape.",
            "IntKeys|Unsupported type java.util.Map<java.lang.Integer, java.lang.String> at IntKeys.byId: JSON object keys are strings. Use Map<String, V>.",
            "RawList|Unsupported type java.util.List at RawList.items: a raw type says nothing about its elements. Add the type arguments, e.g. List<String>.",
            "Wildcard|Unsupported type ? extends java.lang.Number at Wildcard.items[]: a wildcard or type variable has no fixed JSON shape. Use a concrete type argument.",
            "Generic|Unsupported type T at Generic.value: a wildcard or type variable has no fixed JSON shape. Use a concrete type argument.",
            "WithInterface|Unsupported type java.lang.CharSequence at WithInterface.text: an interface or abstract class has no fixed JSON shape.",
            "WithAbstract|Unsupported type java.lang.Number at WithAbstract.number: an interface or abstract class has no fixed JSON shape.",
            "WithClass|Unsupported type java.lang.StringBuilder at WithClass.text: it is not a record.",
            "WithArrayList|Unsupported type java.util.ArrayList<java.lang.String> at WithArrayList.items: only List, Collection, Set, Optional and Map<String, V> are supported as generic types.",
            "Tree|Unsupported type dev.saasllm.internal.schema.SchemaFixtures.Tree at Tree.children[]: the record contains itself",
            "Ping|Unsupported type dev.saasllm.internal.schema.SchemaFixtures.Ping at Ping.pong.ping: the record contains itself"})
    void rejections(String type, String messageStart) throws ClassNotFoundException {
        Class<?> c = Class.forName("dev.saasllm.internal.schema.SchemaFixtures$" + type);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReflectiveSchemaReader.read(c));
        assertEquals(true, e.getMessage().startsWith(messageStart), e.getMessage());
    }

    @Test
    void rejectionsNameTheFix() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReflectiveSchemaReader.read(SchemaFixtures.WithObject.class));
        assertEquals(true, e.getMessage().endsWith("Use a record, an enum, String, a number, boolean, char, a java.time type, "
                + "UUID, URI, List/Collection/Set/array of those, Optional, or Map<String, V>."), e.getMessage());
    }
}
