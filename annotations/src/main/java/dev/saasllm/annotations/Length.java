package dev.saasllm.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bounds the length of a {@code String} component (JSON Schema {@code minLength} / {@code maxLength}),
 * inclusive. Written into the answer's JSON Schema and checked when the answer is read. (Bean
 * Validation's {@code @Size} covers strings and collections; here {@code @Length} is for strings
 * and {@link Items} for lists, sets and arrays, as JSON Schema separates them.)
 */
@Documented
@Target(ElementType.RECORD_COMPONENT)
@Retention(RetentionPolicy.RUNTIME)
public @interface Length {
    /** {@return the shortest length allowed, in chars, inclusive; 0 (the default) sets no lower bound} */
    int min() default 0;

    /**
     * {@return the longest length allowed, in chars, inclusive; {@link Integer#MAX_VALUE} (the default) sets no upper
     * bound}
     */
    int max() default Integer.MAX_VALUE;
}
