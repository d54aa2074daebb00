package dev.saasllm.emulator;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A job's mutable state (the server's {@code jobs} row and its calls); every access holds its monitor. */
final class Job {
    final UUID id;
    final String teamId;
    final String userId;
    final String jobType;
    final LocalDateTime createdAt;
    private JobStatus status;
    private Map<String, Object> metadata;
    private final List<String> modelsUsed = new ArrayList<>();
    private final List<CallSnapshot> calls = new ArrayList<>();
    private LocalDateTime startedAt;
    private LocalDateTime completedAt;
    private String errorMessage;
    private boolean creditApplied;
    private int completeCount;
    /** The {@code job_cost_summaries} row: tokens and cost as of the last settlement, or null. */
    private CostSummary costSummary;

    record CostSummary(long totalTokens, double totalCostUsd) {}

    Job(UUID id, String teamId, String userId, String jobType, Map<String, Object> metadata,
            JobStatus status, LocalDateTime createdAt) {
        this.id = id;
        this.teamId = teamId;
        this.userId = userId;
        this.jobType = jobType;
        this.createdAt = createdAt;
        this.status = status;
        this.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
        if (status == JobStatus.IN_PROGRESS) startedAt = createdAt;
    }

    /** A call arrives: the first one moves the job to in progress, whatever its outcome. */
    synchronized void startCall(LocalDateTime now) {
        if (status == JobStatus.PENDING) {
            status = JobStatus.IN_PROGRESS;
            startedAt = now;
        }
    }

    /**
     * Lists a model in {@code model_groups_used}. The server appends to the stored array in place,
     * which SQLAlchemy does not see: only the first model of a job is ever saved.
     */
    synchronized void useModel(String model, boolean firstOnly) {
        if (modelsUsed.isEmpty() || (!firstOnly && !modelsUsed.contains(model))) modelsUsed.add(model);
    }

    synchronized void recordCall(CallSnapshot call) {
        calls.add(call);
    }

    /** Merges into the metadata, starting an empty one where create stored null. */
    synchronized Map<String, Object> mergeMetadata(Map<String, Object> more) {
        if (metadata == null) metadata = new LinkedHashMap<>();
        metadata.putAll(more);
        return new LinkedHashMap<>(metadata);
    }

    synchronized boolean metadataIsNull() {
        return metadata == null;
    }

    /** Completes or fails the job: a complete, or a one-call endpoint settling its own job. */
    synchronized void settle(JobStatus newStatus, String error, LocalDateTime now) {
        status = newStatus;
        completedAt = now;
        completeCount++;
        if (error != null) errorMessage = error;
    }

    synchronized boolean creditApplied() {
        return creditApplied;
    }

    synchronized void creditApplied(boolean applied) {
        creditApplied = applied;
    }

    synchronized void costSummary(CostSummary summary) {
        costSummary = summary;
    }

    synchronized CostSummary costSummary() {
        return costSummary;
    }

    synchronized JobStatus status() {
        return status;
    }

    synchronized List<CallSnapshot> calls() {
        return List.copyOf(calls);
    }

    synchronized JobSnapshot snapshot() {
        return new JobSnapshot(id.toString(), teamId, userId, jobType, status,
                metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata)),
                createdAt, startedAt, completedAt, errorMessage, creditApplied, completeCount,
                List.copyOf(modelsUsed), List.copyOf(calls));
    }
}
