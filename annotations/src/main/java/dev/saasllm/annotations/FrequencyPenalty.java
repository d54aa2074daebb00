package dev.saasllm.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The frequency penalty ({@code frequency_penalty}) on every call of the {@link Prompt} methods of an {@link LlmJob} interface (on the
 * interface) or of one method (on the method, which wins). A {@code CallOptions} parameter wins
 * over both. -2.0 to 2.0 — checked at compile time.
 */
@Documented
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.CLASS)
public @interface FrequencyPenalty {
    /** {@return the frequency penalty, from -2.0 to 2.0} */
    double value();
}
