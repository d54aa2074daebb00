package dev.saasllm.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.TimeUnit;

/**
 * The longest one HTTP attempt of a method's LLM call may take, connecting, sending and reading
 * included; each retry attempt gets its own. Overrides the client's call timeout for this method
 * (or every method of an {@link LlmJob} interface); a method's {@code @Timeout} overrides its
 * interface's. A call that takes longer fails with {@code CallTimeoutException} (retried when a
 * {@link Retry} policy allows), and its job is completed {@code failed}.
 */
@Documented
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.CLASS)
public @interface Timeout {
    /**
     * The timeout, in {@link #unit()}s; positive.
     *
     * @return the timeout in {@link #unit()}s; positive
     */
    long value();

    /** {@return the unit of {@link #value()}; seconds by default} */
    TimeUnit unit() default TimeUnit.SECONDS;
}
