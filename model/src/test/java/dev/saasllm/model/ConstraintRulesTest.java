package dev.saasllm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConstraintRulesTest {
    private static final SchemaType INT = Scalars.of("int");
    private static final SchemaType STRING = Scalars.of("java.lang.String");
    private static final SchemaType LIST = new SchemaType.Array(STRING, SchemaType.Collection.LIST);

    private static SchemaType.Constraints range(Double min, Double max) {
        return new SchemaType.Constraints(min, max, null, null, null, false, null, null);
    }

    private static SchemaType.Constraints length(Integer min, Integer max, String pattern) {
        return new SchemaType.Constraints(null, null, min, max, pattern, false, null, null);
    }

    private static SchemaType.Constraints items(Integer min, Integer max) {
        return new SchemaType.Constraints(null, null, null, null, null, false, min, max);
    }

    @Test
    void constraintsThatFitTheirTypeAreAccepted() {
        assertNull(ConstraintRules.misuse(INT, range(1.0, 5.0)));
        assertNull(ConstraintRules.misuse(STRING, length(1, 3, "^[a-z]+$")));
        assertNull(ConstraintRules.misuse(LIST, items(0, 2)));
    }

    @Test
    void eachAnnotationNamesTheTypesItAppliesTo() {
        assertEquals("@Minimum and @Maximum apply to numbers only. Remove them, or use @Length for text and @Items for lists",
                ConstraintRules.misuse(STRING, range(1.0, null)));
        assertTrue(ConstraintRules.misuse(LIST, length(1, null, null)).startsWith("@Length, @Matches and @NonBlank apply to String"));
        assertTrue(ConstraintRules.misuse(STRING, items(1, null)).startsWith("@Items applies to lists, sets and arrays only"));
    }

    @Test
    void boundsThatAllowNothingAreRefused() {
        assertEquals("@Minimum(5) is above @Maximum(1.5), so no value fits. Swap them", ConstraintRules.misuse(INT, range(5.0, 1.5)));
        assertTrue(ConstraintRules.misuse(STRING, length(4, 2, null)).contains("allows no length"));
        assertTrue(ConstraintRules.misuse(LIST, items(3, 1)).contains("allows no size"));
        assertEquals("@Length and @Items take sizes of 0 or more", ConstraintRules.misuse(STRING, length(-1, null, null)));
    }

    @Test
    void anInvalidPatternIsRefusedWithTheRegexError() {
        assertTrue(ConstraintRules.misuse(STRING, length(null, null, "[a-")).startsWith("@Matches(\"[a-\") is not a valid regular expression: "));
    }

    @Test
    void constraintsGoInsideNullable() {
        SchemaType.Constraints c = range(0.0, 1.0);
        assertEquals(new SchemaType.Nullable(new SchemaType.Constrained(INT, c), true),
                ConstraintRules.constrain(new SchemaType.Nullable(INT, true), c));
        assertEquals(new SchemaType.Constrained(INT, c), ConstraintRules.constrain(INT, c));
        assertSame(INT, ConstraintRules.constrain(INT, range(null, null)));
    }

    @Test
    void defaultSizesMeanNoBound() {
        assertNull(ConstraintRules.lower(0));
        assertEquals(2, ConstraintRules.lower(2));
        assertNull(ConstraintRules.upper(Integer.MAX_VALUE));
        assertEquals(9, ConstraintRules.upper(9));
    }
}
