package dev.saasllm.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The largest value a number component may take (JSON Schema {@code maximum}), inclusive. Written into the answer's JSON Schema and checked when the answer is read; a broken
 * constraint is an invalid answer (asked for again under {@link Reask}).
 */
@Documented
@Target(ElementType.RECORD_COMPONENT)
@Retention(RetentionPolicy.RUNTIME)
public @interface Maximum {
    /** {@return the largest value allowed, inclusive} */
    double value();
}
