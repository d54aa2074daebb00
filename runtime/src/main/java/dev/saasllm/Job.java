package dev.saasllm;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A job as {@code GET /api/jobs/{job_id}} shows it. Fields the server leaves out are null.
 * Timestamps without a zone are the server's UTC clock and are read as UTC.
 *
 * @param jobId the job's id
 * @param teamId its team
 * @param userId the end user, or null
 * @param jobType its type
 * @param status its status
 * @param createdAt when it was created
 * @param startedAt when its first call started, or null
 * @param completedAt when it was completed, or null
 * @param metadata the job's metadata as plain JSON values (maps, lists, strings, doubles,
 *                 booleans); empty when none
 * @param errorMessage why it failed, or null
 * @param organizationId its organization, or null
 * @param externalTaskId the caller's task id, or null
 * @param creditApplied whether a credit was charged, or null
 * @param modelGroupsUsed the model groups its calls used; empty when none
 */
public record Job(
        String jobId,
        String teamId,
        String userId,
        String jobType,
        JobStatus status,
        Instant createdAt,
        Instant startedAt,
        Instant completedAt,
        Map<String, Object> metadata,
        String errorMessage,
        String organizationId,
        String externalTaskId,
        Boolean creditApplied,
        List<String> modelGroupsUsed) {

    /**
     * Copies {@code metadata} and {@code modelGroupsUsed}, reading null as empty.
     *
     * @param jobId the value for the {@code jobId} record component
     * @param teamId the value for the {@code teamId} record component
     * @param userId the value for the {@code userId} record component
     * @param jobType the value for the {@code jobType} record component
     * @param status the value for the {@code status} record component
     * @param createdAt the value for the {@code createdAt} record component
     * @param startedAt the value for the {@code startedAt} record component
     * @param completedAt the value for the {@code completedAt} record component
     * @param metadata the value for the {@code metadata} record component; null reads as empty
     * @param errorMessage the value for the {@code errorMessage} record component
     * @param organizationId the value for the {@code organizationId} record component
     * @param externalTaskId the value for the {@code externalTaskId} record component
     * @param creditApplied the value for the {@code creditApplied} record component
     * @param modelGroupsUsed the value for the {@code modelGroupsUsed} record component; null reads as empty
     */
    public Job {
        metadata = metadata == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
        modelGroupsUsed = modelGroupsUsed == null ? List.of() : List.copyOf(modelGroupsUsed);
    }
}
