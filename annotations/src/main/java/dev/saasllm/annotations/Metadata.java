package dev.saasllm.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Constant job metadata on every job of an {@link LlmJob} interface (on the interface) or of one
 * method (on the method, which wins for the same key). Keys starting with {@code saasllm_} are
 * reserved: every job carries {@code saasllm_method} and {@code saasllm_fingerprint}.
 */
@Documented
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.CLASS)
@Repeatable(Metadata.List.class)
public @interface Metadata {
    /** {@return the metadata key; must not start with {@code saasllm_}} */
    String key();

    /** {@return the metadata value, recorded as a string} */
    String value();

    /** Holds repeated {@link Metadata}. */
    @Documented
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.CLASS)
    @interface List {
        /** {@return the repeated {@link Metadata} annotations} */
        Metadata[] value();
    }
}
