package dev.saasllm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StructuredStreamTest extends MockServerSupport {
    record Person(String name, int years, List<String> skills) {}

    private static final String DOCUMENT = "{\"name\":\"Zoë \\\"Z\\\" 日本\",\"years\":7,\"skills\":[\"C++\",\"Ünïcode\"]}";

    /** The document cut into deltas of {@code size} characters: splits land inside escapes and words. */
    private static List<String> deltas(String text, int size) {
        List<String> deltas = new ArrayList<>();
        for (int i = 0; i < text.length(); i += size) deltas.add(text.substring(i, Math.min(text.length(), i + size)));
        return deltas;
    }

    @Test
    void aDocumentSplitAcrossManyDeltasAndBytesParsesStrictlyAtTheEnd() {
        // One byte per write: every multi-byte UTF-8 character is split between reads.
        server.enqueue(eventStream(SseSupport.stream(deltas(DOCUMENT, 3))).throttleBody(1, 10, TimeUnit.MICROSECONDS).build());
        List<Object> snapshots = new ArrayList<>();
        List<Person> typed = new ArrayList<>();
        try (StructuredStream<Person> stream = client.structuredOutputStream(JOB_ID, List.of(ChatMessage.user("x")),
                Person.class, CallOptions.NONE)) {
            String text;
            while ((text = stream.nextSnapshot()) != null) {
                snapshots.add(PartialJson.parse(text));
                typed.add(stream.snapshot());
            }
            assertEquals(DOCUMENT, stream.text());
            assertEquals(new Person("Zoë \"Z\" 日本", 7, List.of("C++", "Ünïcode")), stream.result());
        }
        // The escape \" is cut between deltas ("Zoë \\" + "\"Z"): no snapshot shows a stray backslash.
        for (Object snapshot : snapshots) {
            if (snapshot instanceof Map<?, ?> map && map.get("name") instanceof String name) {
                assertTrue(!name.contains("\\"), name);
                assertTrue("Zoë \"Z\" 日本".startsWith(name), name);
            }
        }
        assertTrue(typed.contains(new Person("Zoë \"Z\" 日本", 7, null)), typed.toString());
        assertEquals(new Person("Zoë \"Z\" 日本", 7, List.of("C++", "Ünïcode")), typed.get(typed.size() - 1));
        assertTrue(snapshots.contains(Map.of("name", "Zoë \"Z\" 日本", "years", new java.math.BigDecimal("7"), "skills", List.of("C++"))),
                "a snapshot fills in fields one after another: " + snapshots);
    }

    @Test
    void anInvalidFinalDocumentIsAnInvalidOutputWithTheRawContent() {
        server.enqueue(eventStream(SseSupport.stream(List.of("{\"name\":\"A\",", "\"years\":\"many\"}"))).build());
        try (StructuredStream<Person> stream = client.structuredOutputStream(JOB_ID, List.of(ChatMessage.user("x")),
                Person.class, CallOptions.NONE)) {
            InvalidOutputException e = assertThrows(InvalidOutputException.class, stream::result);
            assertEquals("{\"name\":\"A\",\"years\":\"many\"}", e.rawContent());
            assertEquals(JOB_ID, e.jobId());
        }
    }
}
