package dev.saasllm.model;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Where each constraint annotation applies, shared by both schema readers so that they accept and
 * reject the same declarations.
 */
public final class ConstraintRules {
    private ConstraintRules() {}

    /**
     * Wraps {@code type} (the component's type, maybe {@code Nullable}) in its constraints:
     * {@code Nullable(Constrained(T))} for a nullable one.
     *
     * @param type the component's type, possibly {@link SchemaType.Nullable}
     * @param constraints the component's constraints; null or empty leaves {@code type} as it is
     * @return {@code type} with its constraints applied
     */
    public static SchemaType constrain(SchemaType type, SchemaType.Constraints constraints) {
        if (constraints == null || constraints.isEmpty()) return type;
        if (type instanceof SchemaType.Nullable nullable) {
            return new SchemaType.Nullable(new SchemaType.Constrained(nullable.inner(), constraints), nullable.optional());
        }
        return new SchemaType.Constrained(type, constraints);
    }

    /**
     * Why {@code constraints} do not fit {@code type} (the component's type without {@code Nullable}),
     * naming the annotation and the fix; null when they fit.
     *
     * @param type the component's type without {@code Nullable}
     * @param c the constraints read from the component's annotations
     * @return the problem and its fix, as a sentence without a final period, or null when the constraints fit
     */
    public static String misuse(SchemaType type, SchemaType.Constraints c) {
        boolean number = type instanceof SchemaType.Scalar s
                && (s.kind() == SchemaType.ScalarKind.INTEGER || s.kind() == SchemaType.ScalarKind.NUMBER);
        boolean string = type instanceof SchemaType.Scalar s && s.javaType().equals("java.lang.String");
        boolean array = type instanceof SchemaType.Array;
        if ((c.minimum() != null || c.maximum() != null) && !number) {
            return "@Minimum and @Maximum apply to numbers only. Remove them, or use @Length for text and @Items for lists";
        }
        if ((c.minLength() != null || c.maxLength() != null || c.pattern() != null || c.nonBlank()) && !string) {
            return "@Length, @Matches and @NonBlank apply to String components only. Use @Items for lists, sets and arrays";
        }
        if ((c.minItems() != null || c.maxItems() != null) && !array) {
            return "@Items applies to lists, sets and arrays only. Use @Length for text";
        }
        if (c.minimum() != null && c.maximum() != null && c.minimum() > c.maximum()) {
            return "@Minimum(" + JsonSchemaWriter.number(c.minimum()) + ") is above @Maximum(" + JsonSchemaWriter.number(c.maximum())
                    + "), so no value fits. Swap them";
        }
        if (c.minLength() != null && c.maxLength() != null && c.minLength() > c.maxLength()) {
            return "@Length(min = " + c.minLength() + ", max = " + c.maxLength() + ") allows no length. Make min at most max";
        }
        if (c.minItems() != null && c.maxItems() != null && c.minItems() > c.maxItems()) {
            return "@Items(min = " + c.minItems() + ", max = " + c.maxItems() + ") allows no size. Make min at most max";
        }
        if (c.minLength() != null && c.minLength() < 0 || c.minItems() != null && c.minItems() < 0) {
            return "@Length and @Items take sizes of 0 or more";
        }
        if (c.pattern() != null) {
            try {
                Pattern.compile(c.pattern());
            } catch (PatternSyntaxException e) {
                return "@Matches(\"" + c.pattern() + "\") is not a valid regular expression: " + e.getDescription();
            }
        }
        return null;
    }

    /**
     * {@code @Length}/{@code @Items} bounds: their defaults (0, Integer.MAX_VALUE) mean no bound.
     *
     * @param min the annotation's {@code min}
     * @return the lower bound, or null for none
     */
    public static Integer lower(int min) {
        return min == 0 ? null : min;
    }

    /**
     * The upper bound of an {@code @Length}/{@code @Items} {@code max}: {@link Integer#MAX_VALUE} means none.
     *
     * @param max the annotation's {@code max}
     * @return the upper bound, or null for none
     */
    public static Integer upper(int max) {
        return max == Integer.MAX_VALUE ? null : max;
    }
}
