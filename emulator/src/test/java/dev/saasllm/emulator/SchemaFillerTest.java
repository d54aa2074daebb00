package dev.saasllm.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaFillerTest {
    private static String fill(String schema, String... prompt) throws Exception {
        return Json.write(SchemaFiller.fill(Json.asMap(Json.parse(schema)), List.of(prompt)));
    }

    @Test
    void factsFillPropertiesAcrossNamingStyles() throws Exception {
        String schema = "{\"type\":\"object\",\"properties\":{"
                + "\"fullName\":{\"type\":\"string\"},"
                + "\"yearsExperience\":{\"type\":\"integer\"},"
                + "\"hourly_rate\":{\"type\":\"number\"},"
                + "\"remote\":{\"type\":\"boolean\"},"
                + "\"skills\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},"
                + "\"scores\":{\"type\":\"array\",\"items\":{\"type\":\"integer\"}},"
                + "\"level\":{\"type\":\"string\",\"enum\":[\"JUNIOR\",\"SENIOR\"]}},"
                + "\"required\":[],\"additionalProperties\":false}";
        String prompt = "Parse this resume.\nFull name: Ada Lovelace\nyears experience: about 5 years\n"
                + "- Hourly rate: 92.5 USD\nREMOTE: yes\nskills: Java, Go , SQL\nscores: 1, 2 and 3, 4\nlevel: senior";
        assertEquals("{\"fullName\":\"Ada Lovelace\",\"yearsExperience\":5,\"hourly_rate\":92.5,\"remote\":true,"
                + "\"skills\":[\"Java\",\"Go\",\"SQL\"],\"scores\":[1,2,4],\"level\":\"SENIOR\"}", fill(schema, prompt));
    }

    @Test
    void defaultsAreTypeCorrect() throws Exception {
        String schema = "{\"type\":\"object\",\"properties\":{"
                + "\"s\":{\"type\":\"string\"},\"i\":{\"type\":\"integer\"},\"n\":{\"type\":\"number\"},"
                + "\"b\":{\"type\":\"boolean\"},\"l\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},"
                + "\"e\":{\"enum\":[\"A\",\"B\"]},\"d\":{\"type\":\"string\",\"format\":\"date\"},"
                + "\"t\":{\"type\":\"string\",\"format\":\"date-time\"},\"u\":{\"type\":\"string\",\"format\":\"uuid\"},"
                + "\"o\":{\"type\":\"object\",\"properties\":{\"x\":{\"type\":\"integer\"}}},"
                + "\"ns\":{\"type\":[\"string\",\"null\"]},\"nr\":{\"anyOf\":[{\"type\":\"object\",\"properties\":{}},{\"type\":\"null\"}]}}}";
        assertEquals("{\"s\":\"\",\"i\":0,\"n\":0.0,\"b\":false,\"l\":[],\"e\":\"A\",\"d\":\"2024-01-15\","
                + "\"t\":\"2024-01-15T09:30:00Z\",\"u\":\"00000000-0000-0000-0000-000000000000\","
                + "\"o\":{\"x\":0},\"ns\":null,\"nr\":null}", fill(schema, "nothing useful"));
    }

    @Test
    void timesCarryAnOffsetAsRfc3339Requires() throws Exception {
        String schema = "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\",\"format\":\"time\"},"
                + "\"b\":{\"type\":\"string\",\"format\":\"time\"},\"c\":{\"type\":\"string\",\"format\":\"time\"}}}";
        assertEquals("{\"a\":\"10:15:30+01:00\",\"b\":\"10:15:30Z\",\"c\":\"09:30:00Z\"}",
                fill(schema, "a: 10:15:30+01:00\nb: 10:15:30"));
    }

    @Test
    void stringsKeepWithinTheirLengthLimits() throws Exception {
        String schema = "{\"type\":\"object\",\"properties\":{"
                + "\"letter\":{\"type\":\"string\",\"minLength\":1,\"maxLength\":1},"
                + "\"initial\":{\"type\":\"string\",\"minLength\":1,\"maxLength\":1},"
                + "\"code\":{\"type\":\"string\",\"minLength\":3}}}";
        assertEquals("{\"letter\":\"x\",\"initial\":\"A\",\"code\":\"abx\"}", fill(schema, "initial: Ada\ncode: ab"));
    }

    @Test
    void nullableUnionsTakeTheFactWhenThereIsOne() throws Exception {
        String schema = "{\"type\":\"object\",\"properties\":{\"nickname\":{\"type\":[\"string\",\"null\"]},"
                + "\"age\":{\"anyOf\":[{\"type\":\"integer\"},{\"type\":\"null\"}]}}}";
        assertEquals("{\"nickname\":\"Ada\",\"age\":36}", fill(schema, "nickname: Ada\nage: 36"));
    }

    @Test
    void refsIntoDefsAreFollowed() throws Exception {
        String schema = "{\"type\":\"object\",\"properties\":{\"job\":{\"$ref\":\"#/$defs/Job\"},"
                + "\"jobs\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/$defs/Job\"},\"minItems\":1}},"
                + "\"$defs\":{\"Job\":{\"type\":\"object\",\"properties\":{\"company\":{\"type\":\"string\"},"
                + "\"kind\":{\"$ref\":\"#/$defs/Kind\"}}},\"Kind\":{\"type\":\"string\",\"enum\":[\"FULL\",\"PART\"]}}}";
        assertEquals("{\"job\":{\"company\":\"Acme\",\"kind\":\"PART\"},\"jobs\":[{\"company\":\"Acme\",\"kind\":\"PART\"}]}",
                fill(schema, "company: Acme\nkind: part"));
    }

    @Test
    void unknownEnumFactFallsBackToTheFirstConstantAndDatesMustParse() throws Exception {
        String schema = "{\"type\":\"object\",\"properties\":{\"level\":{\"enum\":[\"LOW\",\"HIGH\"]},"
                + "\"born\":{\"type\":\"string\",\"format\":\"date\"},\"seen\":{\"type\":\"string\",\"format\":\"date\"}}}";
        assertEquals("{\"level\":\"LOW\",\"born\":\"1815-12-10\",\"seen\":\"2024-01-15\"}",
                fill(schema, "level: extreme\nborn: 1815-12-10\nseen: yesterday"));
    }

    @Test
    void wrappedRootAndMapEntries() throws Exception {
        String schema = "{\"type\":\"object\",\"properties\":{\"value\":{\"type\":\"array\",\"items\":"
                + "{\"type\":\"object\",\"properties\":{\"key\":{\"type\":\"string\"},\"value\":{\"type\":\"integer\"}}}}}}";
        assertEquals("{\"value\":[]}", fill(schema, "nothing"));
        assertEquals("{\"value\":7}", fill("{\"type\":\"object\",\"properties\":{\"value\":{\"type\":\"integer\"}}}",
                "value: 7"));
    }

    @Test
    void factsTakeTheFirstOccurrenceAndNormalizeKeys() {
        Map<String, String> facts = SchemaFiller.facts(List.of("Name: A\nname: B\n* Years_Experience = 3\nnot a fact"));
        assertEquals(Map.of("name", "A", "yearsexperience", "3"), facts);
        assertEquals("yearsexperience", SchemaFiller.normalize("years-experience"));
    }

    @Test
    void booleansUnderstandYesNoTrueFalse() throws Exception {
        String schema = "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"boolean\"},\"b\":{\"type\":\"boolean\"},"
                + "\"c\":{\"type\":\"boolean\"},\"d\":{\"type\":\"boolean\"}}}";
        assertEquals("{\"a\":true,\"b\":false,\"c\":true,\"d\":false}", fill(schema, "a: Yes\nb: no\nc: TRUE\nd: false"));
    }
}
