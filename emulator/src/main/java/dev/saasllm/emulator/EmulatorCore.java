package dev.saasllm.emulator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What every endpoint shares: the team, its key, the settings, the jobs and the model. */
final class EmulatorCore {
    static final String EXPECTED = "Expected: 'Authorization: Bearer sk-xxx...'";

    final String teamId;
    private final String virtualKey;
    final EmulatorSettings settings;
    final JobStore store;
    final DeterministicModel model;

    EmulatorCore(String teamId, String virtualKey, EmulatorSettings settings, JobStore store,
            DeterministicModel model) {
        this.teamId = teamId;
        this.virtualKey = virtualKey;
        this.settings = settings;
        this.store = store;
        this.model = model;
    }

    /** The server's key check: 401 for a missing, malformed or unknown key, 403 when suspended. */
    void authenticate(Exchange exchange) {
        String header = exchange.header("Authorization");
        if (header == null) throw HttpError.detail(401, "Missing Authorization header. " + EXPECTED);
        if (!header.startsWith("Bearer ") || header.length() <= "Bearer ".length()) {
            throw HttpError.detail(401, "Invalid Authorization header format. " + EXPECTED);
        }
        if (!constantTimeEquals(header.substring("Bearer ".length()).trim(), virtualKey)) {
            throw HttpError.detail(401, "Invalid API key");
        }
        if (settings.teamSuspended()) {
            throw HttpError.detail(403, "Team access is suspended. Please contact support.");
        }
    }

    String virtualKeyForOwner() {
        return virtualKey;
    }

    void checkTeam(String requested) {
        if (!teamId.equals(requested)) {
            throw HttpError.detail(403, "API key does not belong to team '" + requested + "'");
        }
    }

    void checkModel(String model) {
        Set<String> allowed = settings.allowedModels();
        if (!allowed.isEmpty() && !allowed.contains(model)) {
            throw HttpError.detail(403, "Model '" + model + "' is not allowed for team '" + teamId + "'");
        }
    }

    void checkCredits() {
        if (store.credits() <= 0) {
            throw HttpError.detail(403, "Insufficient credits. Team '" + teamId + "' has 0 credits remaining.");
        }
    }

    /** The job of a path segment: not a UUID is the server's unhandled 500; then 404, then 403. */
    Job job(String rawId) {
        UUID id;
        try {
            id = UUID.fromString(rawId);
        } catch (IllegalArgumentException e) {
            throw HttpError.internal();
        }
        if (!rawId.equalsIgnoreCase(id.toString())) throw HttpError.internal();
        Job job = store.get(id);
        if (job == null) throw HttpError.detail(404, "Job not found");
        if (!teamId.equals(job.teamId)) throw HttpError.detail(403, "Job does not belong to your team");
        return job;
    }

    String status(JobStatus status) {
        return status.wire(settings.lowerCaseStatuses());
    }

    /** {@code GET /api/jobs/{id}}'s view of a job. */
    Map<String, Object> jobView(JobSnapshot job) {
        Set<String> models = new LinkedHashSet<>();
        for (CallSnapshot call : job.calls()) models.add(call.model());
        return Json.obj(
                "job_id", job.jobId(),
                "team_id", job.teamId(),
                "user_id", job.userId(),
                "job_type", job.jobType(),
                "status", status(job.status()),
                "created_at", Times.iso(job.createdAt()),
                "started_at", Times.iso(job.startedAt()),
                "completed_at", Times.iso(job.completedAt()),
                "metadata", job.metadata(),
                "error_message", job.errorMessage(),
                "organization_id", null,
                "external_task_id", null,
                "credit_applied", job.creditApplied(),
                "model_groups_used", new ArrayList<>(models));
    }

    /** The {@code costs} object of a complete answer. */
    Map<String, Object> costs(JobSnapshot job, boolean creditApplied, boolean zeroCost) {
        List<CallSnapshot> calls = job.calls();
        int successful = 0;
        long tokens = 0;
        long latency = 0;
        double cost = 0;
        for (CallSnapshot call : calls) {
            if (call.succeeded()) successful++;
            tokens += call.totalTokens();
            latency += call.latencyMs();
            cost += call.costUsd();
        }
        return Json.obj(
                "total_calls", (long) calls.size(),
                "successful_calls", (long) successful,
                "failed_calls", (long) (calls.size() - successful),
                "total_tokens", tokens,
                "total_cost_usd", zeroCost ? 0.0 : round(cost),
                "avg_latency_ms", calls.isEmpty() ? 0L : latency / calls.size(),
                "credit_applied", creditApplied,
                "credits_remaining", store.credits());
    }

    static double round(double usd) {
        return Math.round(usd * 1_000_000) / 1_000_000.0;
    }

    private static boolean constantTimeEquals(String a, String b) {
        return java.security.MessageDigest.isEqual(
                a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
