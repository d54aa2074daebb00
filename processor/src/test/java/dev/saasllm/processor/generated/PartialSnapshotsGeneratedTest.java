package dev.saasllm.processor.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.acme.stream.ProfileExtractor;
import com.acme.stream.ProfileExtractor.Job;
import com.acme.stream.ProfileExtractor.Level;
import com.acme.stream.ProfileExtractor.Profile;
import com.acme.stream.SaasLlm_ProfileExtractor;
import dev.saasllm.PartialJson;
import dev.saasllm.internal.PartialReader;
import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The generated snapshot reader on the answer cut at every prefix: each snapshot is null or a
 * record whose fields only fill in, and the last equals the strictly parsed answer.
 */
class PartialSnapshotsGeneratedTest {
    static final String PROFILE_JSON = "{\"name\":\"Ada Lovelace\",\"age\":36,\"id\":1234567890123,\"score\":9.5,"
            + "\"active\":true,\"initial\":\"A\",\"grade\":\"B\",\"small\":-7,\"medium\":300,\"ratio\":0.25,"
            + "\"salary\":12345.67,\"big\":123456789012345678901234567890,"
            + "\"uuid\":\"123e4567-e89b-12d3-a456-426614174000\",\"site\":\"https://ada.example/notes\","
            + "\"times\":{\"local\":\"2026-11-27T10:15:30\",\"offset\":\"2026-11-27T10:15:30+01:00\","
            + "\"zoned\":\"2026-11-27T10:15:30+01:00[Europe/Paris]\",\"time\":\"10:15:30\",\"offsetTime\":\"10:15:30+01:00\","
            + "\"duration\":\"PT1H30M\"},"
            + "\"jobs\":[{\"company\":\"Analytical Engines\",\"start_date\":\"1842-01-01\",\"level\":\"junior\","
            + "\"until\":\"1843-06-30T00:00:00Z\"},{\"company\":\"Babbage & Co\",\"start_date\":\"1843-07-01\","
            + "\"level\":\"SENIOR\",\"until\":null}],"
            + "\"tags\":[\"math\",\"poetry\"],\"scores\":[1,22,333],"
            + "\"aliases\":[\"Countess\",\"Enchantress of \\\"Numbers\\\" \\u00e9\"],"
            + "\"counts\":[{\"key\":\"notes\",\"value\":7},{\"key\":\"letters\",\"value\":12}],"
            + "\"nickname\":\"Ada\",\"note\":null,\"level\":\"SENIOR\"}";

    private final FakeJobRunner runner = new FakeJobRunner().answering(PROFILE_JSON);
    private final ProfileExtractor extractor = new SaasLlm_ProfileExtractor(runner);

    @SuppressWarnings("unchecked")
    private PartialReader<Profile> generatedReader(List<Profile> strict) {
        strict.add(extractor.extract("text", snapshot -> fail("the fake delivers no snapshot")));
        assertNotNull(runner.snapshots, "the generated method passes its own reader, not Profile.class");
        return (PartialReader<Profile>) runner.snapshots;
    }

    @Test
    void everyPrefixGivesNullOrAValidRecordFillingInTowardsTheStrictValue() throws Exception {
        List<Profile> strict = new ArrayList<>();
        PartialReader<Profile> reader = generatedReader(strict);
        Profile previous = null;
        int snapshots = 0;
        int refusals = 0;
        for (int end = 0; end <= PROFILE_JSON.length(); end++) {
            String prefix = PROFILE_JSON.substring(0, end);
            Profile snapshot;
            try {
                snapshot = reader.snapshot(PartialJson.parseForSnapshot(prefix));
            } catch (IllegalArgumentException refused) {
                assertTrue(prefix.matches(".*\"company\":\"[^\"]?"), "only a company cut short is refused: " + prefix);
                refusals++;
                continue; // skipped, as the runtime does
            }
            if (snapshot == null) {
                assertNull(previous, "once a snapshot exists the record stays readable: " + prefix);
                continue;
            }
            snapshots++;
            if (previous != null) assertGrows(previous, snapshot, "profile", prefix);
            previous = snapshot;
        }
        assertTrue(snapshots > 100, "snapshots: " + snapshots);
        assertEquals(4, refusals, "\"\" and \"A\", \"\" and \"B\": the Job constructor refuses them");
        assertDeepEquals(strict.get(0), previous, "profile");
        assertEquals(LocalDate.of(1842, 1, 1), strict.get(0).jobs().get(0).start(), "the strict reader itself read the answer");
    }

    @Test
    void valuesCutShortReadAsAbsent() {
        PartialReader<Profile> reader = generatedReader(new ArrayList<>());
        Profile p = reader.snapshot(PartialJson.parseForSnapshot(
                "{\"name\":\"Ad\",\"times\":{\"duration\":\"PT1H\",\"time\":\"10:15"));
        assertEquals("Ad", p.name(), "text shows as far as it goes, though shorter than @Length(min = 3)");
        assertNull(p.times().time(), "10:15 may still become 10:15:30");
        assertEquals(java.time.Duration.ofHours(1), p.times().duration(), "a closed string is whole");
        assertEquals(0, p.age());
        assertEquals(Optional.empty(), p.nickname());
        assertNull(p.jobs(), "a collection not started is null");

        p = reader.snapshot(PartialJson.parseForSnapshot(
                "{\"level\":\"SEN\",\"small\":300,\"jobs\":[{\"company\":\"Al\",\"level\":\"SEN\"},{\"company\":\"Bo\",\"level\":\"junior\"}],"
                        + "\"counts\":[{\"key\":\"a\",\"value\":1},{\"key\":\"b\""));
        assertNull(p.level(), "an enum name cut short");
        assertEquals(0, p.small(), "out of range for a byte");
        assertEquals(List.of(new Job("Al", null, null, Optional.empty()), new Job("Bo", null, Level.JUNIOR, Optional.empty())),
                p.jobs());
        assertThrows(IllegalArgumentException.class, () -> reader.snapshot(PartialJson.parseForSnapshot("{\"jobs\":[{\"company\":\"A\"}")),
                "a nested constructor's refusal reaches the runtime, which skips the whole snapshot");
        assertEquals(Map.of("a", 1), p.counts(), "an entry without its value is left out");
    }

    /** {@code after} keeps everything {@code before} had: text may grow, other values stay. */
    private static void assertGrows(Object before, Object after, String path, String prefix) throws Exception {
        if (before == null || before.equals(Optional.empty()) || isZero(before)) return;
        if (after == null) fail(path + " disappeared at: " + prefix);
        if (before instanceof String s) {
            if (!((String) after).startsWith(s)) fail(path + ": \"" + after + "\" does not extend \"" + s + "\" at: " + prefix);
        } else if (before instanceof Optional<?> o) {
            assertGrows(o.get(), ((Optional<?>) after).orElse(null), path, prefix);
        } else if (before instanceof List<?> || before.getClass().isArray()) {
            List<?> a = asList(before), b = asList(after);
            if (b.size() < a.size()) fail(path + " lost items at: " + prefix);
            for (int i = 0; i < a.size(); i++) assertGrows(a.get(i), b.get(i), path + "[" + i + "]", prefix);
        } else if (before instanceof Collection<?> c) {
            if (((Collection<?>) after).size() < c.size()) fail(path + " lost items at: " + prefix);
        } else if (before instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) assertGrows(e.getValue(), ((Map<?, ?>) after).get(e.getKey()), path + "." + e.getKey(), prefix);
        } else if (before instanceof Record) {
            for (RecordComponent c : before.getClass().getRecordComponents()) {
                assertGrows(c.getAccessor().invoke(before), c.getAccessor().invoke(after), path + "." + c.getName(), prefix);
            }
        } else if (!before.equals(after)) {
            fail(path + " changed from " + before + " to " + after + " at: " + prefix);
        }
    }

    private static boolean isZero(Object value) {
        return value.equals(0) || value.equals(0L) || value.equals(0d) || value.equals(0f) || value.equals((byte) 0)
                || value.equals((short) 0) || value.equals(false) || value.equals('\0');
    }

    private static List<?> asList(Object value) {
        if (value instanceof List<?> list) return list;
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < Array.getLength(value); i++) items.add(Array.get(value, i));
        return items;
    }

    /** Record equality that compares arrays by content. */
    private static void assertDeepEquals(Object expected, Object actual, String path) throws Exception {
        if (expected instanceof Record) {
            for (RecordComponent c : expected.getClass().getRecordComponents()) {
                assertDeepEquals(c.getAccessor().invoke(expected), c.getAccessor().invoke(actual), path + "." + c.getName());
            }
        } else if (expected != null && expected.getClass().isArray()) {
            assertEquals(asList(expected), asList(actual), path);
        } else {
            assertTrue(Objects.equals(expected, actual), path + ": expected " + expected + " but was " + actual);
        }
    }
}
