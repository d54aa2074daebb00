package dev.saasllm.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code default} method of an {@link LlmJob} interface whose body calls its
 * {@link Prompt} methods: all those calls share one job, completed {@code completed} when the
 * method returns and {@code failed} when it throws (one credit for the whole flow). A flow called
 * inside a flow joins the outer job.
 *
 * <pre>{@code
 * @JobFlow
 * default Analysis analyze(String document) {
 *     return new Analysis(keyPoints(document), summary(document));
 * }
 * }</pre>
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface JobFlow {
    /**
     * The job type; empty (the default) means the interface's ({@link LlmJob#type()}).
     *
     * @return the flow's job type, or empty for the interface's
     */
    String jobType() default "";
}
