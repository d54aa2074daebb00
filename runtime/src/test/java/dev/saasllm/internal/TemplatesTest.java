package dev.saasllm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TemplatesTest {
    record Point(int x, int y) {}

    @Test
    void stringsAsTheyAreAndNullAsNothing() {
        assertEquals("a {b} c", Templates.text("a {b} c"));
        assertEquals("", Templates.text((Object) null));
        assertEquals("", Templates.text((String) null));
        assertEquals("42", Templates.text(42));
        assertEquals("Point[x=1, y=2]", Templates.text(new Point(1, 2)));
    }

    @Test
    void floatingPointToItsTypesPrecisionInPlainNotation() {
        assertEquals("0.3", Templates.text(0.1 + 0.2));
        assertEquals("10000000000", Templates.text(1e10));
        assertEquals("2", Templates.text(2.0));
        assertEquals("0.000001", Templates.text(1e-6));
        assertEquals("-1.5", Templates.text(-1.5));
        assertEquals("0", Templates.text(-0.0));
        assertEquals("NaN", Templates.text(Double.NaN));
        assertEquals("Infinity", Templates.text(Double.POSITIVE_INFINITY));
        assertEquals("0.1", Templates.text(0.1f));
        assertEquals("123457", Templates.text(123456.7f));
        assertEquals("19.99", Templates.text(new BigDecimal("19.99")), "BigDecimal keeps its scale");
    }

    @Test
    void collectionsMapsOptionalsAndTime() {
        assertEquals("x, y", Templates.text(List.of("x", "y")));
        assertEquals("", Templates.text(List.of()));
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("a", 1);
        map.put("b", List.of(2, 3));
        assertEquals("a: 1, b: [2, 3]", Templates.text(map));
        assertEquals("v", Templates.text(Optional.of("v")));
        assertEquals("", Templates.text(Optional.empty()));
        assertEquals("2024-03-05", Templates.text(LocalDate.of(2024, 3, 5)));
        assertEquals("2024-03-05T10:15", Templates.text(LocalDateTime.of(2024, 3, 5, 10, 15)));
        assertEquals("2024-03-05T10:15:00Z", Templates.text(Date.from(Instant.parse("2024-03-05T10:15:00Z"))));
    }

    @Test
    void arraysRenderTheirElements() {
        assertEquals("a, b", Templates.text(new String[] {"a", "b"}));
        assertEquals("1, 2, 3", Templates.text(new int[] {1, 2, 3}));
        assertEquals("[a], [b, c]", Templates.text(new String[][] {{"a"}, {"b", "c"}}));
        assertEquals("", Templates.text(new char[0]));
        assertEquals("x, y", Templates.text(new char[] {'x', 'y'}));
    }

    @Test
    void formats() {
        assertEquals("1,234.57", Templates.number(1234.567, "#,##0.00"));
        assertEquals("0.3", Templates.number(0.25, "0.0"));
        assertEquals("", Templates.number(null, "0.0"));
        assertEquals("05/03/2024", Templates.date(LocalDate.of(2024, 3, 5), "dd/MM/yyyy"));
        assertEquals("", Templates.date(null, "dd/MM/yyyy"));
        assertEquals("", Templates.format(null, (String s) -> s + "!"));
        assertEquals("a!", Templates.format("a", (String s) -> s + "!"));
    }

    @Test
    void loopsAndTests() {
        List<Object> seen = new ArrayList<>();
        Templates.iterator((List<String>) null).forEachRemaining(seen::add);
        Templates.iterator(new int[] {1, 2}).forEachRemaining(seen::add);
        Templates.iterator(new boolean[] {true}).forEachRemaining(seen::add);
        Templates.iterator(Map.of("k", "v")).forEachRemaining(e -> seen.add(e.getKey() + "=" + e.getValue()));
        assertEquals(List.of(1, 2, true, "k=v"), seen);
        assertTrue(Templates.nonEmpty(List.of(1)));
        assertFalse(Templates.nonEmpty((List<String>) null));
        assertFalse(Templates.nonEmpty(""));
        assertFalse(Templates.nonEmpty(new int[0]));
        assertTrue(Templates.nonEmpty(new String[] {"a"}));
        assertFalse(Templates.present(null));
        assertTrue(Templates.present(Optional.of(1)));
    }
}
