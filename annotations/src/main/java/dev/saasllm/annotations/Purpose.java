package dev.saasllm.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A label recorded with each call ({@code purpose}), e.g. {@code "parse"} on every call of the {@link Prompt} methods of an {@link LlmJob} interface (on the
 * interface) or of one method (on the method, which wins). A {@code CallOptions} parameter wins
 * over both. Not blank — checked at compile time.
 */
@Documented
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.CLASS)
public @interface Purpose {
    /** {@return the purpose label; not blank} */
    String value();
}
