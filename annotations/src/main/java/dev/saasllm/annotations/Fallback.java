package dev.saasllm.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the enum constant (for example {@code UNKNOWN}) that an answer outside the enum is read as,
 * instead of the answer being rejected as invalid (and asked for again under {@link Reask}). At
 * most one constant per enum. The schema still lists only the enum's values.
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Fallback {}
