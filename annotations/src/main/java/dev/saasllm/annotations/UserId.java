package dev.saasllm.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the {@code String} parameter of a {@link Prompt} or {@link JobFlow} method that is the job's
 * {@code user_id} (the team's end user the job is for), instead of a template input. Ignored for a
 * call in a job that is already open.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.CLASS)
public @interface UserId {}
