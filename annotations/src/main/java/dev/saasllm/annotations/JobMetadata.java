package dev.saasllm.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a parameter of a {@link Prompt} or {@link JobFlow} method whose value becomes job metadata
 * under {@link #value()} instead of a template input. Its type is {@code String}, a primitive, a
 * box or an enum (sent by name). In a job that is already open (a flow's or a scope's) it goes out
 * as the call's {@code call_metadata}, which the server merges into the job's metadata.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.CLASS)
public @interface JobMetadata {
    /**
     * The metadata key.
     *
     * @return the metadata key the parameter's value is recorded under
     */
    String value();
}
