package dev.saasllm.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stop sequences ({@code stop}) on every call of the {@link Prompt} methods of an {@link LlmJob} interface (on the
 * interface) or of one method (on the method, which wins). A {@code CallOptions} parameter wins
 * over both. One to four non-empty sequences — checked at compile time.
 */
@Documented
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.CLASS)
public @interface Stop {
    /** {@return the stop sequences: one to four, none empty} */
    String[] value();
}
