package dev.saasllm;

/**
 * The job a {@link JobListener} event is about.
 *
 * @param jobId the server's id of the job
 * @param jobType its type
 * @param source what opened it: {@code Service.method} of a generated method or flow, the
 *     interface's simple name for a {@link JobScope}
 */
public record JobInfo(String jobId, String jobType, String source) {}
