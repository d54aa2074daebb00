package dev.saasllm.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Retries the requests of a method (or of every method of an {@link LlmJob} interface) that fail
 * with 429 (after {@code Retry-After}), 500, 502, 503, 504, a refused or reset connection, or a
 * timeout; never 400, 401, 403, 404 or 422. Waits grow exponentially from {@link #initialDelayMillis()}
 * up to {@link #maxDelayMillis()}, less a random part. A retried call stays in its job: no extra
 * credit. On a method it replaces the interface's {@code @Retry} as a whole; without either, the
 * client's {@code RetryPolicy} applies.
 */
@Documented
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.CLASS)
public @interface Retry {
    /**
     * Attempts in all, the first included (at least 1).
     *
     * @return the attempts in all, at least 1 (default 3)
     */
    int maxAttempts() default 3;

    /**
     * The wait before the second attempt, in milliseconds.
     *
     * @return the first wait, in milliseconds (default 500)
     */
    long initialDelayMillis() default 500;

    /**
     * The longest wait, in milliseconds; a {@code Retry-After} asking for more ends the retries.
     *
     * @return the longest wait, in milliseconds (default 30,000)
     */
    long maxDelayMillis() default 30_000;
}
