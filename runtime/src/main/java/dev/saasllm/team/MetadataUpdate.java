package dev.saasllm.team;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answer to {@code PATCH /api/jobs/{job_id}/metadata}: the job's whole metadata after the
 * merge.
 *
 * @param jobId the job's id
 * @param metadata plain JSON values (maps, lists, strings, doubles, booleans); empty when none
 * @param updatedAt when the server merged it (its UTC clock)
 */
public record MetadataUpdate(String jobId, Map<String, Object> metadata, Instant updatedAt) {
    /**
     * Copies {@code metadata}, reading null as empty.
     *
     * @param jobId the value for the {@code jobId} record component
     * @param metadata the value for the {@code metadata} record component; null reads as empty
     * @param updatedAt the value for the {@code updatedAt} record component
     */
    public MetadataUpdate {
        metadata = metadata == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }
}
