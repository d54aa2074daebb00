package dev.saasllm.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link Prompt} method parameter that the template deliberately does not use, which is
 * otherwise a compile error (an unused parameter is usually a typo in a placeholder).
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.CLASS)
public @interface NotInTemplate {}
