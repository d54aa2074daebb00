package dev.saasllm.emulator;

import java.io.IOException;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The job lifecycle and read endpoints (everything but the LLM calls). */
final class JobEndpoints {
    private final EmulatorCore core;

    JobEndpoints(EmulatorCore core) {
        this.core = core;
    }

    void health(Exchange ex) throws IOException {
        ex.sendJson(200, Json.obj("status", "healthy", "service", "saas-llm-api"));
    }

    void create(Exchange ex) throws IOException {
        Object parsed = ex.json();
        core.authenticate(ex);
        Fields f = Fields.of(parsed, ex.hasBody());
        String teamId = f.string("team_id", true);
        String jobType = f.string("job_type", true);
        String userId = f.string("user_id", false);
        Map<String, Object> metadata = f.object("metadata", false);
        f.check();
        core.checkTeam(teamId);
        core.checkCredits();
        Job job = core.store.create(teamId, userId, jobType, metadata, Times.now());
        Map<String, Object> answer = Json.obj(
                "job_id", job.id.toString(),
                "status", core.status(JobStatus.PENDING),
                "created_at", Times.iso(job.createdAt));
        // Older servers (the lower-case generation) also echoed the team.
        if (core.settings.lowerCaseStatuses()) answer.put("team_id", teamId);
        ex.sendJson(200, answer);
    }

    void complete(Exchange ex, String jobId) throws IOException {
        Object parsed = ex.json();
        core.authenticate(ex);
        Fields f = Fields.of(parsed, ex.hasBody());
        String status = f.literal("status", "completed", "failed");
        f.object("metadata", false); // validated, then dropped, as the current server does
        String errorMessage = f.string("error_message", false);
        f.check();
        Job job = core.job(jobId);
        JobStatus newStatus = "completed".equals(status) ? JobStatus.COMPLETED : JobStatus.FAILED;
        boolean charged;
        synchronized (job) {
            charged = job.complete(newStatus, errorMessage, Times.now());
            if (charged) core.store.charge();
        }
        JobSnapshot snapshot = job.snapshot();
        List<Object> calls = new ArrayList<>();
        for (CallSnapshot call : snapshot.calls()) {
            calls.add(Json.obj(
                    "call_id", call.callId(),
                    "purpose", call.purpose(),
                    "model_group", call.model(),
                    "tokens", (long) call.totalTokens(),
                    "latency_ms", call.latencyMs(),
                    "error", call.error()));
        }
        ex.sendJson(200, Json.obj(
                "job_id", snapshot.jobId(),
                "status", core.status(newStatus),
                "completed_at", Times.iso(snapshot.completedAt()),
                "costs", core.costs(snapshot, charged, false),
                "calls", calls));
    }

    void get(Exchange ex, String jobId) throws IOException {
        core.authenticate(ex);
        ex.sendJson(200, core.jobView(core.job(jobId).snapshot()));
    }

    void patchMetadata(Exchange ex, String jobId) throws IOException {
        Object parsed = ex.json();
        core.authenticate(ex);
        Fields f = Fields.of(parsed, ex.hasBody());
        Map<String, Object> metadata = f.object("metadata", true);
        f.check();
        Job job = core.job(jobId);
        job.mergeMetadata(metadata);
        ex.sendJson(200, Json.obj(
                "job_id", job.id.toString(),
                "metadata", job.metadata(),
                "updated_at", Times.iso(Times.now())));
    }

    void costs(Exchange ex, String jobId) throws IOException {
        core.authenticate(ex);
        JobSnapshot job = core.job(jobId).snapshot();
        List<Object> breakdown = new ArrayList<>();
        double total = 0;
        for (CallSnapshot call : job.calls()) {
            total += call.costUsd();
            breakdown.add(Json.obj(
                    "call_id", call.callId(),
                    "model", call.model(),
                    "purpose", call.purpose(),
                    "prompt_tokens", (long) call.promptTokens(),
                    "completion_tokens", (long) call.completionTokens(),
                    "cost_usd", call.costUsd(),
                    "created_at", Times.iso(call.createdAt())));
        }
        ex.sendJson(200, Json.obj(
                "job_id", job.jobId(),
                "team_id", job.teamId(),
                "job_type", job.jobType(),
                "status", core.status(job.status()),
                "costs", Json.obj("total_cost_usd", EmulatorCore.round(total), "breakdown", breakdown)));
    }

    void teamJobs(Exchange ex, String teamId) throws IOException {
        core.authenticate(ex);
        Map<String, String> query = ex.query();
        List<Object> errors = new ArrayList<>();
        int limit = intParam(query, "limit", 100, errors);
        int offset = intParam(query, "offset", 0, errors);
        if (!errors.isEmpty()) throw HttpError.validation(errors);
        core.checkTeam(teamId);
        String status = query.get("status");
        List<Object> page = new ArrayList<>();
        int total = 0;
        for (Job job : core.store.all()) {
            if (status != null && !job.status().name().equalsIgnoreCase(status)) continue;
            if (total >= offset && page.size() < limit) page.add(core.jobView(job.snapshot()));
            total++;
        }
        ex.sendJson(200, Json.obj("team_id", teamId, "total", (long) total, "jobs", page));
    }

    void usage(Exchange ex, String teamId) throws IOException {
        core.authenticate(ex);
        String period = ex.query().get("period");
        YearMonth month;
        try {
            month = period == null ? YearMonth.now(ZoneOffset.UTC) : YearMonth.parse(period);
        } catch (DateTimeParseException e) {
            throw HttpError.detail(400, "Invalid period format. Use YYYY-MM");
        }
        core.checkTeam(teamId);
        long totalJobs = 0;
        long successful = 0;
        long failed = 0;
        long tokens = 0;
        double cost = 0;
        Map<String, Map<String, Object>> byType = new LinkedHashMap<>();
        for (Job job : core.store.all()) {
            if (!YearMonth.from(job.createdAt).equals(month)) continue;
            JobSnapshot s = job.snapshot();
            totalJobs++;
            if (s.status() == JobStatus.COMPLETED) successful++;
            if (s.status() == JobStatus.FAILED) failed++;
            double jobCost = 0;
            for (CallSnapshot call : s.calls()) {
                tokens += call.totalTokens();
                jobCost += call.costUsd();
            }
            cost += jobCost;
            Map<String, Object> type = byType.computeIfAbsent(s.jobType(),
                    t -> Json.obj("count", 0L, "cost_usd", 0.0));
            type.put("count", (Long) type.get("count") + 1);
            type.put("cost_usd", EmulatorCore.round((Double) type.get("cost_usd") + jobCost));
        }
        ex.sendJson(200, Json.obj(
                "team_id", teamId,
                "period", month.toString(),
                "summary", Json.obj(
                        "total_jobs", totalJobs,
                        "successful_jobs", successful,
                        "failed_jobs", failed,
                        "total_cost_usd", EmulatorCore.round(cost),
                        "total_tokens", tokens,
                        "avg_cost_per_job", totalJobs == 0 ? 0.0 : EmulatorCore.round(cost / totalJobs)),
                "job_types", byType));
    }

    private static int intParam(Map<String, String> query, String name, int fallback, List<Object> errors) {
        String raw = query.get(name);
        if (raw == null) return fallback;
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= 0) return value;
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(Fields.error("int_parsing", Json.list("query", name),
                "Input should be a valid non-negative integer", raw));
        return fallback;
    }
}
