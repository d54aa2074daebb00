package dev.saasllm.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How often a structured answer that cannot be used (invalid JSON, a missing property, a broken
 * constraint, a value outside an enum) is asked for again, in the same
 * job, with the model's answer and what was wrong with it. After the last, the call fails with an
 * {@code OutputRejectedException} holding every answer and problem. On a method it overrides the
 * interface's; without either, the client's default (0) applies.
 */
@Documented
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.CLASS)
public @interface Reask {
    /**
     * Times to ask again (0 turns re-asking off).
     *
     * @return how many times to ask again; 0 turns re-asking off
     */
    int value();
}
