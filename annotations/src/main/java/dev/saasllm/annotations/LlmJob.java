package dev.saasllm.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface whose {@link Prompt} methods become job-billed LLM calls.
 *
 * <p>The {@code saasllm-processor} generates an implementation at compile time; obtain it with
 * {@code SaasLlmClient.create(MyService.class)}. Every call of a {@code @Prompt} method opens a job
 * of {@link #type()}, makes the call and completes the job {@code completed}, or {@code failed}
 * when anything goes wrong after the job exists.
 *
 * <pre>{@code
 * @LlmJob(type = "resume_parsing", model = "ResumeAgent")
 * public interface ResumeParser {
 *     @Prompt("Extract structured data from this resume:\n\n{resumeText}")
 *     Resume parse(String resumeText);
 * }
 * }</pre>
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.CLASS)
public @interface LlmJob {
    /**
     * The job type recorded on the server, e.g. {@code "resume_parsing"}. Empty (the default) means
     * the interface's simple name in snake case: {@code ResumeParser} becomes {@code resume_parser}.
     *
     * @return the job type, or empty for the interface's simple name in snake case
     */
    String type() default "";

    /**
     * The model alias or model group every method uses unless it names its own. Empty means the
     * client's {@code defaultModel}; a call with neither fails before anything is sent.
     *
     * @return the default model of the interface's methods, or empty for the client's
     */
    String model() default "";

    /**
     * A system prompt sent before every method's prompt unless the method sets its own.
     *
     * @return the system prompt, or empty for none
     */
    String system() default "";

    /**
     * A file holding {@link #system()} instead, relative to the resource root; read at compile time.
     *
     * @return the system prompt's resource path, or empty when {@link #system()} (or nothing) is used
     */
    String systemResource() default "";
}
