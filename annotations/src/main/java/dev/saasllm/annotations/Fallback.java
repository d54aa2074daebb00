package dev.saasllm.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the enum constant that an answer outside the enum is read as (for example {@code UNKNOWN}),
 * instead of the answer being rejected and asked for again. At most one constant per enum.
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Fallback {}
