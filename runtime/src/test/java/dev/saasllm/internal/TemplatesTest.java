package dev.saasllm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TemplatesTest {
    @Test
    void stringsAndNullAndObjects() {
        assertEquals("a {b} c", Templates.text("a {b} c"));
        assertEquals("null", Templates.text(null));
        assertEquals("42", Templates.text(42));
        assertEquals("[x, y]", Templates.text(List.of("x", "y")));
    }

    @Test
    void arraysRenderTheirElements() {
        assertEquals("[a, b]", Templates.text(new String[] {"a", "b"}));
        assertEquals("[1, 2, 3]", Templates.text(new int[] {1, 2, 3}));
        assertEquals("[[a], [b, c]]", Templates.text(new String[][] {{"a"}, {"b", "c"}}));
        assertEquals("[]", Templates.text(new char[0]));
    }
}
