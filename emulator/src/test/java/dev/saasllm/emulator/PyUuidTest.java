package dev.saasllm.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code uuid.UUID(x)} of CPython 3.11 for each input (results taken from that interpreter). */
class PyUuidTest {
    private static final UUID ID = UUID.fromString("01234567-89ab-cdef-0123-456789abcdef");

    @Test
    void acceptsWhatPythonAccepts() {
        assertEquals(ID, PyUuid.parse("0123456789abcdef0123456789abcdef"));
        assertEquals(ID, PyUuid.parse("{0123456789abcdef0123456789abcdef}"));
        assertEquals(ID, PyUuid.parse("urn:uuid:01234567-89ab-cdef-0123-456789abcdef"));
        assertEquals(ID, PyUuid.parse("0123-456789abcdef0123456789abcdef"));
        assertEquals(ID, PyUuid.parse("+123456789abcdef0123456789abcdef"));
        assertEquals(ID, PyUuid.parse(" 123456789abcdef0123456789abcdef"));
        assertEquals(ID, PyUuid.parse("0123456789ABCDEF0123456789ABCDEF"));
        assertEquals(UUID.fromString("00234567-89ab-cdef-0123-456789abcdef"), PyUuid.parse("0x23456789abcdef0123456789abcdef"));
        assertEquals(UUID.fromString("00234567-89ab-cdef-0123-456789abcdef"), PyUuid.parse("0_23456789abcdef0123456789abcdef"));
    }

    @Test
    void refusesWhatPythonRefuses() {
        assertNull(PyUuid.parse("-123456789abcdef0123456789abcdef"));
        assertNull(PyUuid.parse("0123456789abcdef0123456789abcde"));
        assertNull(PyUuid.parse("g123456789abcdef0123456789abcdef"));
        assertNull(PyUuid.parse("__23456789abcdef0123456789abcdef"));
        assertNull(PyUuid.parse("not-a-uuid"));
        assertNull(PyUuid.parse(""));
    }
}
