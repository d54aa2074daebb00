package dev.saasllm;

/**
 * The job a {@link JobListener} event is about.
 *
 * @param jobId the server's id of the job
 * @param jobType its type
 * @param source what opened it: {@code Service.method} of a generated method or flow, the
 *     interface's simple name for a {@link JobScope}
 * @param promptFingerprint the fingerprint of the prompt that opened it (the
 *     {@code saasllm_fingerprint} metadata of a generated method or flow), or null
 */
public record JobInfo(String jobId, String jobType, String source, String promptFingerprint) {
    /**
     * A job without a prompt fingerprint.
     *
     * @param jobId the job's id
     * @param jobType its type
     * @param source what opened it, e.g. the interface and method
     */
    public JobInfo(String jobId, String jobType, String source) {
        this(jobId, jobType, source, null);
    }
}
