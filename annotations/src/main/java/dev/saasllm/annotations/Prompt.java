package dev.saasllm.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The user message template of a method of an {@link LlmJob} interface.
 *
 * <p>{@code {name}} inserts the parameter {@code name}; {@code {order.customer.name}} follows record
 * components from a record parameter. Both are checked at compile time. {@code {{} and {@code }}}
 * write a literal brace. Argument values are inserted as text and never read as template:
 * {@code String} as is, {@code null} as {@code null}, anything else by {@code String.valueOf}.
 *
 * <p>The return type decides the call: {@code String} makes a chat call; a record, an enum, a
 * {@code List} of those, or a scalar makes a structured-output call with a JSON Schema generated at
 * compile time, and the answer is parsed into the return type.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface Prompt {
    /** The user message template. */
    String value();

    /** A system prompt for this method; overrides {@link LlmJob#system()}. Placeholders work here too. */
    String system() default "";

    /** The model for this method; overrides {@link LlmJob#model()}. */
    String model() default "";

    /** The job type for this method; overrides {@link LlmJob#type()}. */
    String jobType() default "";
}
