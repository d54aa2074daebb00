package dev.saasllm.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code String} component must contain a character that is not white space. The schema says
 * {@code minLength: 1} (JSON Schema cannot say more without a pattern); reading checks the rest.
 */
@Documented
@Target(ElementType.RECORD_COMPONENT)
@Retention(RetentionPolicy.RUNTIME)
public @interface NonBlank {}
