package dev.saasllm.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A description that goes into the generated JSON Schema, where the model reads it: on a record,
 * a record component, an enum or enum constant, or a {@link Prompt} method (describing its answer).
 *
 * <p>Runtime retention, so that {@code SaasLlmClient.structuredOutput(..., Class)} sees it too.
 */
@Documented
@Target({ElementType.TYPE, ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Description {
    /** {@return the description, as the model reads it in the schema's {@code description}} */
    String value();
}
