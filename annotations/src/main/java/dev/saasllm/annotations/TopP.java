package dev.saasllm.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Nucleus sampling ({@code top_p}) on every call of the {@link Prompt} methods of an {@link LlmJob} interface (on the
 * interface) or of one method (on the method, which wins). A {@code CallOptions} parameter wins
 * over both. 0.0 to 1.0 — checked at compile time.
 */
@Documented
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.CLASS)
public @interface TopP {
    /** {@return the nucleus-sampling probability mass, from 0.0 to 1.0} */
    double value();
}
