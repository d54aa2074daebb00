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
 * components from a record parameter; {@code {total|number:#,##0.00}}, {@code {day|date:d MMM yyyy}},
 * {@code {order|json}} and {@code {name|myFormatter}} (a static method of the interface) choose a
 * format. {@code {#for item in items}…{#sep}…{#else}…{/for}} loops over an {@code Iterable}, a
 * {@code Map} or an array, and {@code {#if name}…{#else}…{/if}} tests a boolean, an
 * {@code Optional}, a collection or a nullable value. Everything is checked at compile time.
 * {@code {{} and {@code }}} write a literal brace. Argument values are inserted as text and never
 * read as template: {@code null} as nothing, records as JSON, collections as their items; see
 * docs/templates.md.
 *
 * <p>A long template can live in a file: {@code @Prompt(resource = "prompts/parse-resume.txt")}
 * reads {@code src/main/resources/prompts/parse-resume.txt} at compile time and compiles its text
 * into the generated class.
 *
 * <p>The return type decides the call: {@code String} makes a chat call; a record, an enum, a
 * {@code List} of those, or a scalar makes a structured-output call with a JSON Schema generated at
 * compile time, and the answer is parsed into the return type.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface Prompt {
    /**
     * The user message template; empty when {@link #resource()} names its file.
     *
     * @return the user message template, or empty when {@link #resource()} is set
     */
    String value() default "";

    /**
     * A file holding the user message template instead of {@link #value()}, relative to the resource
     * root (e.g. {@code src/main/resources}); read at compile time, a missing file is a compile error.
     *
     * @return the template's resource path, or empty when {@link #value()} is set
     */
    String resource() default "";

    /**
     * A system prompt for this method; overrides {@link LlmJob#system()}. Placeholders work here too.
     *
     * @return the method's system prompt, or empty for the interface's
     */
    String system() default "";

    /**
     * A file holding {@link #system()} instead, as {@link #resource()} does for the user template.
     *
     * @return the system prompt's resource path, or empty
     */
    String systemResource() default "";

    /**
     * The model for this method; overrides {@link LlmJob#model()}.
     *
     * @return the method's model, or empty for the interface's
     */
    String model() default "";

    /**
     * The job type for this method; overrides {@link LlmJob#type()}.
     *
     * @return the method's job type, or empty for the interface's
     */
    String jobType() default "";
}
