package dev.saasllm.internal.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-read shapes give what {@code java.time} gives; everything else is left to it. */
class TimestampsTest {
    @Test
    void readsTheServersShapesAsJavaTimeDoes() {
        List<String> zoned = List.of("2026-11-27T20:57:34Z", "2026-11-27T20:57:34.419921Z", "2026-11-27T20:57:34.4Z",
                "2026-11-27T20:57:34.123456789Z", "2026-11-27T20:57:34+02:00", "2026-11-27T20:57:34.5-05:30",
                "2024-02-29T23:59:59z", "1999-12-31T00:00:00+00:00", "2026-01-01T00:00:00.000001-18:00");
        for (String text : zoned) assertEquals(OffsetDateTime.parse(text).toInstant(), Timestamps.parse(text), text);
        List<String> local = List.of("2026-11-27T20:57:34.419921", "2026-11-27T20:57:34", "2026-11-27T20:57:34.1",
                "2024-02-29T12:00:00.000000000");
        for (String text : local) assertEquals(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC), Timestamps.parse(text), text);
    }

    @Test
    void otherValidShapesStillReadThroughJavaTime() {
        assertEquals(Instant.parse("2026-11-27T20:57:00Z"), Timestamps.parse("2026-11-27T20:57Z"));
        assertEquals(Instant.parse("2026-11-27T20:57:00Z"), Timestamps.parse("2026-11-27T20:57"));
        assertEquals(OffsetDateTime.parse("2026-11-27T20:57:34+0200", java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx")).toInstant(),
                Timestamps.parse("2026-11-27T20:57:34+02:00"));
    }

    @Test
    void invalidDatesAndShapesAreRefusedWithTheText() {
        for (String text : List.of("2026-02-30T10:00:00", "2026-13-01T10:00:00Z", "2026-11-27T24:00:01Z",
                "2026-11-27T20:57:34.1234567891Z", "2026-11-27 20:57:34", "yesterday", "2026-11-27T20:57:34+2:00")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Timestamps.parse(text), text);
            assertEquals("Expected an ISO-8601 timestamp but was \"" + text + "\"", e.getMessage());
        }
    }
}
