package dev.saasllm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartialJsonTest {
    @Test
    void nothingBeforeTheDocumentStarts() {
        assertNull(PartialJson.parse(""));
        assertNull(PartialJson.parse("Here is the JSON: "));
    }

    @Test
    void openStringsAreReturnedAsFarAsTheyGo() {
        assertEquals(Map.of("name", "Jo"), PartialJson.parse("{\"name\": \"Jo"));
        assertEquals(Map.of(), PartialJson.parse("{\"na"), "a key cut in two is left out");
        assertEquals(Map.of(), PartialJson.parse("{\"name\""), "a key without value is left out");
        assertEquals(Map.of(), PartialJson.parse("{\"name\": "), "a value not started is left out");
    }

    @Test
    void unfinishedEscapesAreLeftOutUntilComplete() {
        assertEquals(Map.of("q", "say "), PartialJson.parse("{\"q\": \"say \\"));
        assertEquals(Map.of("q", "say \""), PartialJson.parse("{\"q\": \"say \\\""));
        assertEquals(Map.of("q", "caf"), PartialJson.parse("{\"q\": \"caf\\u00"));
        assertEquals(Map.of("q", "café"), PartialJson.parse("{\"q\": \"caf\\u00e9"));
        assertEquals(Map.of("q", "a\nb"), PartialJson.parse("{\"q\": \"a\\nb\"}"));
    }

    @Test
    void numbersAndLiteralsAtTheVeryEndWaitForTheirEnd() {
        assertEquals(Map.of(), PartialJson.parse("{\"years\": 1"));
        assertEquals(Map.of("years", new BigDecimal("12")), PartialJson.parse("{\"years\": 12,"));
        assertEquals(Map.of(), PartialJson.parse("{\"ok\": tru"));
        assertEquals(Map.of("ok", true, "n", new BigDecimal("-1.5e3")), PartialJson.parse("{\"ok\": true, \"n\": -1.5e3}"));
        Map<?, ?> withNull = (Map<?, ?>) PartialJson.parse("{\"x\": null ");
        assertEquals(1, withNull.size());
        assertNull(withNull.get("x"));
    }

    @Test
    void openContainersAreClosed() {
        assertEquals(Map.of("skills", List.of("Java", "Go")), PartialJson.parse("{\"skills\": [\"Java\", \"Go"));
        assertEquals(Map.of("jobs", List.of(Map.of("company", "AC"))), PartialJson.parse("```json\n{\"jobs\": [{\"company\": \"AC"));
        assertEquals(List.of(List.of()), PartialJson.parse("[["));
    }

    @Test
    void everyPrefixOfADocumentParsesAndTheWholeDocumentIsExact() {
        String json = "{\"name\":\"Zoë \\\"Z\\\" O'Neil\",\"years\":7,\"skills\":[\"C++\",\"日本語\"],\"remote\":false,\"boss\":null}";
        for (int i = 0; i <= json.length(); i++) {
            PartialJson.parse(json.substring(0, i)); // never throws
        }
        Map<?, ?> whole = (Map<?, ?>) PartialJson.parse(json);
        assertEquals("Zoë \"Z\" O'Neil", whole.get("name"));
        assertEquals(new BigDecimal("7"), whole.get("years"));
        assertEquals(List.of("C++", "日本語"), whole.get("skills"));
        assertEquals(false, whole.get("remote"));
        assertEquals(5, whole.size());
    }

    @Test
    void forSnapshotsTheStringTheTextEndsInsideIsMarkedOpen() {
        assertEquals(Map.of("a", "x", "b", new PartialJson.OpenString("10:1")), PartialJson.parseForSnapshot("{\"a\": \"x\", \"b\": \"10:1"));
        assertEquals(List.of("x", new PartialJson.OpenString("")), PartialJson.parseForSnapshot("[\"x\", \""));
        assertEquals(Map.of("a", "x"), PartialJson.parseForSnapshot("{\"a\": \"x\""));
        assertEquals(Map.of("b", "10:1"), PartialJson.parse("{\"b\": \"10:1"), "parse keeps plain strings");
    }
}
