package dev.saasllm.emulator;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A job's mutable state; every access goes through its monitor. */
final class Job {
    final UUID id;
    final String teamId;
    final String userId;
    final String jobType;
    final LocalDateTime createdAt;
    private JobStatus status = JobStatus.PENDING;
    private final Map<String, Object> metadata = new LinkedHashMap<>();
    private final List<CallSnapshot> calls = new ArrayList<>();
    private LocalDateTime startedAt;
    private LocalDateTime completedAt;
    private String errorMessage;
    private boolean creditApplied;
    private int completeCount;

    Job(UUID id, String teamId, String userId, String jobType, Map<String, Object> metadata,
            LocalDateTime createdAt) {
        this.id = id;
        this.teamId = teamId;
        this.userId = userId;
        this.jobType = jobType;
        this.createdAt = createdAt;
        if (metadata != null) this.metadata.putAll(metadata);
    }

    /** A call arrives: the first one moves the job to in progress, whatever its outcome. */
    synchronized void startCall(LocalDateTime now, Map<String, Object> callMetadata) {
        if (status == JobStatus.PENDING) {
            status = JobStatus.IN_PROGRESS;
            startedAt = now;
        }
        if (callMetadata != null) metadata.putAll(callMetadata);
    }

    synchronized void recordCall(CallSnapshot call) {
        calls.add(call);
    }

    synchronized void mergeMetadata(Map<String, Object> more) {
        metadata.putAll(more);
    }

    synchronized Map<String, Object> metadata() {
        return new LinkedHashMap<>(metadata);
    }

    /**
     * Settles the job as the current server does: the charge toggles on every complete with
     * {@code completed} ({@code applied = !previouslyApplied}); {@code failed} never charges.
     *
     * @return whether this complete charged a credit
     */
    synchronized boolean complete(JobStatus newStatus, String error, LocalDateTime now) {
        status = newStatus;
        completedAt = now;
        completeCount++;
        if (error != null) errorMessage = error;
        boolean charge = newStatus == JobStatus.COMPLETED && !creditApplied;
        creditApplied = charge;
        return charge;
    }

    synchronized JobStatus status() {
        return status;
    }

    synchronized JobSnapshot snapshot() {
        return new JobSnapshot(id.toString(), teamId, userId, jobType, status,
                Collections.unmodifiableMap(new LinkedHashMap<>(metadata)), createdAt, startedAt,
                completedAt, errorMessage, creditApplied, completeCount, List.copyOf(calls));
    }
}
