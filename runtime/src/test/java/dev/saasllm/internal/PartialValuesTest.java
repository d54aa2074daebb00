package dev.saasllm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.saasllm.PartialJson;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PartialValuesTest {
    @Test
    void valuesOfTheRightKindAreConverted() {
        assertEquals("Jo", PartialValues.asString("Jo"));
        assertEquals(true, PartialValues.asBoolean(true));
        assertEquals('x', PartialValues.asChar("x"));
        assertEquals(42, PartialValues.asInt(new BigDecimal("42")));
        assertEquals(7L, PartialValues.asLong(new BigDecimal("7")));
        assertEquals((byte) -3, PartialValues.asByte(new BigDecimal("-3")));
        assertEquals(1.5, PartialValues.asDouble(new BigDecimal("1.5")));
        assertEquals(new BigInteger("123456789012345678901234567890"),
                PartialValues.asBigInteger(new BigDecimal("123456789012345678901234567890")));
        assertEquals(LocalDate.of(2024, 2, 29), PartialValues.asLocalDate("2024-02-29"));
        assertEquals(OffsetDateTime.parse("2024-01-01T10:00Z"), PartialValues.asOffsetDateTime("2024-01-01T10:00Z"));
        UUID id = UUID.randomUUID();
        assertEquals(id, PartialValues.asUuid(id.toString()));
        assertEquals(URI.create("https://a.example"), PartialValues.asUri("https://a.example"));
        assertEquals(Map.of("a", 1), PartialValues.asObject(Map.of("a", 1)));
        assertEquals(List.of(1), PartialValues.asArray(List.of(1)));
    }

    @Test
    void valuesCutShortOutOfRangeOrOfAnotherKindReadAsAbsent() {
        assertNull(PartialValues.asLocalDate("2024-02-2"));
        assertNull(PartialValues.asInstant("2024-01-01T10:0"));
        assertNull(PartialValues.asDuration("PT"));
        assertNull(PartialValues.asUuid("123e4567-e89b-12d3-a456-4266"), "UUID.fromString would accept this");
        assertNull(PartialValues.asUri("http://a b"));
        assertNull(PartialValues.asChar(""));
        assertNull(PartialValues.asInt(new BigDecimal("3000000000")));
        assertNull(PartialValues.asByte(new BigDecimal("1.5")));
        assertNull(PartialValues.asBigInteger(new BigDecimal("1.5")));
        assertNull(PartialValues.asInt("42"));
        assertNull(PartialValues.asString(new BigDecimal("1")));
        assertNull(PartialValues.asBoolean("true"));
        assertNull(PartialValues.asObject(List.of()));
        assertNull(PartialValues.asArray(Map.of()));
        assertNull(PartialValues.asString(null));
    }

    @Test
    void onlyTextReadsAStringStillOpen() {
        assertEquals("2024-02-2", PartialValues.asString(new PartialJson.OpenString("2024-02-2")));
        assertNull(PartialValues.asWholeString(new PartialJson.OpenString("SENIOR")));
        assertEquals("SENIOR", PartialValues.asWholeString("SENIOR"));
        assertNull(PartialValues.asLocalTime(new PartialJson.OpenString("10:15")), "10:15 may become 10:15:30");
        assertEquals(java.time.LocalTime.of(10, 15), PartialValues.asLocalTime("10:15"));
        assertNull(PartialValues.asChar(new PartialJson.OpenString("a")));
        assertNull(PartialValues.asUri(new PartialJson.OpenString("https://a.ex")));
    }
}
