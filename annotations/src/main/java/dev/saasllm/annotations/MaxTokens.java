package dev.saasllm.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The most tokens the answer may have ({@code max_tokens}) on every call of the {@link Prompt} methods of an {@link LlmJob} interface (on the
 * interface) or of one method (on the method, which wins). A {@code CallOptions} parameter wins
 * over both. At least 1 — checked at compile time.
 */
@Documented
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.CLASS)
public @interface MaxTokens {
    /** {@return the most tokens the answer may have; at least 1} */
    int value();
}
