package dev.saasllm.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A regular expression a {@code String} component must contain a match of (JSON Schema
 * {@code pattern}: anchor it with {@code ^...$} to match the whole value). Use syntax that Java and
 * ECMA-262 read alike. Written into the answer's JSON Schema and checked when the answer is read.
 * (Named apart from Bean Validation's {@code @Pattern}, which matches the whole value.)
 */
@Documented
@Target(ElementType.RECORD_COMPONENT)
@Retention(RetentionPolicy.RUNTIME)
public @interface Matches {
    /** {@return the regular expression a match of which the value must contain} */
    String value();
}
