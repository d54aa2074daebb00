package dev.saasllm;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A job as {@code GET /api/jobs/{job_id}} shows it. Fields the server leaves out are null.
 * Timestamps without a zone are the server's UTC clock and are read as UTC.
 *
 * @param metadata the job's metadata as plain JSON values (maps, lists, strings, doubles,
 *                 booleans); empty when none
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

    public Job {
        metadata = metadata == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
        modelGroupsUsed = modelGroupsUsed == null ? List.of() : List.copyOf(modelGroupsUsed);
    }
}
