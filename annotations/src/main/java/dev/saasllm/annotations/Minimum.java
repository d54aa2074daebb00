package dev.saasllm.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The smallest value a number component may take (JSON Schema {@code minimum}), inclusive. Written into the answer's JSON Schema and checked when the answer is read; a broken
 * constraint is an invalid answer (asked for again under {@link Reask}).
 */
@Documented
@Target(ElementType.RECORD_COMPONENT)
@Retention(RetentionPolicy.RUNTIME)
public @interface Minimum {
    /** {@return the smallest value allowed, inclusive} */
    double value();
}
