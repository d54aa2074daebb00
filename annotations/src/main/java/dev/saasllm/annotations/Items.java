package dev.saasllm.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bounds the number of elements of a list, set or array component (JSON Schema {@code minItems} /
 * {@code maxItems}), inclusive. Written into the answer's JSON Schema and checked when the answer
 * is read.
 */
@Documented
@Target(ElementType.RECORD_COMPONENT)
@Retention(RetentionPolicy.RUNTIME)
public @interface Items {
    /** {@return the fewest elements allowed, inclusive; 0 (the default) sets no lower bound} */
    int min() default 0;

    /** {@return the most elements allowed, inclusive; {@link Integer#MAX_VALUE} (the default) sets no upper bound} */
    int max() default Integer.MAX_VALUE;
}
