package dev.saasllm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScalarsTest {
    @Test
    void primitivesAndTheirBoxesShareAKind() {
        assertEquals(new SchemaType.Scalar(SchemaType.ScalarKind.INTEGER, "int", null), Scalars.of("int"));
        assertEquals(new SchemaType.Scalar(SchemaType.ScalarKind.INTEGER, "java.lang.Integer", null), Scalars.of("java.lang.Integer"));
        assertEquals(SchemaType.ScalarKind.NUMBER, Scalars.of("float").kind());
        assertEquals(SchemaType.ScalarKind.BOOLEAN, Scalars.of("java.lang.Boolean").kind());
        assertEquals(SchemaType.ScalarKind.STRING, Scalars.of("char").kind());
    }

    @Test
    void javaTimeUuidAndUriCarryAFormat() {
        assertEquals("date", Scalars.of("java.time.LocalDate").format());
        assertEquals("date-time", Scalars.of("java.time.Instant").format());
        assertEquals("duration", Scalars.of("java.time.Duration").format());
        assertEquals("uuid", Scalars.of("java.util.UUID").format());
        assertEquals("uri", Scalars.of("java.net.URI").format());
    }

    @Test
    void aClassNameFindsTheSameScalarAsTheSourceName() {
        for (Class<?> type : List.of(int.class, Long.class, String.class, java.math.BigDecimal.class, java.time.OffsetTime.class)) {
            assertEquals(type.getCanonicalName(), Scalars.of(type.getCanonicalName()).javaType());
        }
    }

    @Test
    void otherTypesAndNullAreNoScalar() {
        assertNull(Scalars.of("java.lang.Object"));
        assertNull(Scalars.of("java.util.Date"));
        assertNull(Scalars.of("void"));
        assertNull(Scalars.of(null));
    }
}
