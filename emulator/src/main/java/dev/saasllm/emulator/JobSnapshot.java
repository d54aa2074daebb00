package dev.saasllm.emulator;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * A job as it stood when the snapshot was taken.
 *
 * @param jobId the job's id
 * @param teamId the owning team
 * @param userId the {@code user_id} sent on create, or null
 * @param jobType the {@code job_type}
 * @param status the current status
 * @param metadata the merged metadata (create, {@code call_metadata}, PATCH); null when create sent
 *     {@code "metadata": null}
 * @param createdAt when it was created (UTC)
 * @param startedAt when the first call arrived, or null
 * @param completedAt when it was completed or failed, or null
 * @param errorMessage the {@code error_message} stored on the job, or null
 * @param creditApplied whether the job's credit is currently charged
 * @param completeCount how many times it was settled: by complete, or by a one-call endpoint itself
 * @param modelGroupsUsed the models listed in {@code model_groups_used}
 * @param calls the calls made, in order (failed ones included)
 */
public record JobSnapshot(
        String jobId,
        String teamId,
        String userId,
        String jobType,
        JobStatus status,
        Map<String, Object> metadata,
        LocalDateTime createdAt,
        LocalDateTime startedAt,
        LocalDateTime completedAt,
        String errorMessage,
        boolean creditApplied,
        int completeCount,
        List<String> modelGroupsUsed,
        List<CallSnapshot> calls) {}
