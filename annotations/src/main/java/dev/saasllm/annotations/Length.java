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
    int min() default 0;

    int max() default Integer.MAX_VALUE;
}
