package dev.saasllm.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.InvalidOutputException;
import dev.saasllm.annotations.Fallback;
import dev.saasllm.internal.AnswerReader;
import dev.saasllm.internal.AnswerReaders;
import dev.saasllm.model.JsonSchemaWriter;
import dev.saasllm.model.SchemaType;
import org.junit.jupiter.api.Test;

/** An answer outside an enum is read as its {@code @Fallback} constant; without one it is invalid. */
class FallbackTest {
    enum Mood { HAPPY, SAD, @Fallback UNKNOWN }

    enum Strict { ON, OFF }

    enum Twice { A, @Fallback B, @Fallback C }

    record Feeling(Mood mood, Strict strict) {}

    private static final SchemaType FEELING = ReflectiveSchemaReader.read(Feeling.class);
    private static final AnswerReader<Feeling> READER = AnswerReaders.json(ReflectiveJsonReader.answerReader(Feeling.class, FEELING));

    @Test
    void anUnknownValueBecomesTheFallbackAndTheSchemaStillListsOnlyTheValues() {
        assertEquals(new Feeling(Mood.UNKNOWN, Strict.ON), READER.read("{\"mood\":\"ecstatic\",\"strict\":\"ON\"}"));
        assertEquals(new Feeling(Mood.SAD, Strict.OFF), READER.read("{\"mood\":\"SAD\",\"strict\":\"OFF\"}"));
        assertTrue(JsonSchemaWriter.rootSchema(FEELING).contains("\"enum\":[\"HAPPY\",\"SAD\",\"UNKNOWN\"]"));
    }

    @Test
    void withoutAFallbackAnUnknownValueIsInvalid() {
        InvalidOutputException e = assertThrows(InvalidOutputException.class,
                () -> READER.read("{\"mood\":\"SAD\",\"strict\":\"MAYBE\"}"));
        assertTrue(e.problem().contains("MAYBE") && e.problem().contains("[ON, OFF]"), e.problem());
    }

    record Bad(Twice twice) {}

    @Test
    void twoFallbacksAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReflectiveSchemaReader.read(Bad.class));
        assertTrue(e.getMessage().contains("marks more than one constant @Fallback [B, C]"), e.getMessage());
    }
}
