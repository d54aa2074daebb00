package dev.saasllm.emulator;

import static dev.saasllm.emulator.Fields.Kind.DICT;
import static dev.saasllm.emulator.Fields.Kind.STR;
import static dev.saasllm.emulator.Fields.optional;
import static dev.saasllm.emulator.Fields.required;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The job lifecycle and read endpoints (everything but the LLM calls and credits). */
final class JobEndpoints {
    private static final List<Fields.Field> JOB_CREATE = List.of(
            required("team_id", STR), optional("user_id", STR), required("job_type", STR), optional("metadata", DICT));
    private static final List<Fields.Field> COMPLETE = List.of(
            Fields.literal("status", "completed", "failed"), optional("metadata", DICT), optional("error_message", STR));
    private static final List<Fields.Field> COMPLETE_OLD = List.of(
            required("status", STR), optional("metadata", DICT), optional("error_message", STR));
    private static final List<Fields.Field> METADATA_UPDATE = List.of(required("metadata", DICT));

    private final EmulatorCore core;

    JobEndpoints(EmulatorCore core) {
        this.core = core;
    }

    void health(Exchange ex) throws IOException {
        ex.sendJson(200, Json.obj("status", "healthy", "service", "saas-llm-api"));
    }

    @SuppressWarnings("unchecked")
    void create(Exchange ex) throws IOException {
        Object body = ex.body();
        TeamSettings team = core.authenticate(ex);
        Map<String, Object> in = Fields.validate(body, JOB_CREATE);
        String teamId = (String) in.get("team_id");
        String jobType = (String) in.get("job_type");
        String userId = (String) in.get("user_id");
        EmulatorCore.checkNewJob(team, teamId, jobType, userId);
        // An absent metadata defaults to {}; an explicit null is stored as null.
        Map<String, Object> metadata = in.containsKey("metadata") ? (Map<String, Object>) in.get("metadata") : Map.of();
        Job job = core.store.create(teamId, userId, jobType, metadata, JobStatus.PENDING, Times.now());
        ex.sendJson(200, Json.obj(
                "job_id", job.id.toString(),
                "status", core.status(JobStatus.PENDING),
                "created_at", Times.iso(job.createdAt)));
    }

    @SuppressWarnings("unchecked")
    void complete(Exchange ex, String jobId) throws IOException {
        ServerRelease release = core.release();
        Object body = ex.body();
        TeamSettings team = core.authenticate(ex);
        Map<String, Object> in = Fields.validate(body, release.completeStatusIsLiteral() ? COMPLETE : COMPLETE_OLD);
        Job job = core.job(jobId, team);
        String status = (String) in.get("status");
        // Current: JobStatus(status.upper()); older: JobStatus(status), any value of the lower-case enum.
        JobStatus newStatus = release.completeStatusIsLiteral()
                ? JobStatus.valueOf(status.toUpperCase(java.util.Locale.ROOT))
                : JobStatus.ofValue(status, true);
        if (newStatus == null) throw HttpError.internal();
        if (release.crashesOnCompleteAndJobStream()) throw HttpError.internal();
        String errorMessage = (String) in.get("error_message");
        Map<String, Object> metadata = (Map<String, Object>) in.get("metadata");
        boolean completed = "completed".equals(status);
        Map<String, Object> costs;
        boolean applied;
        synchronized (job) {
            // The whole update is one commit: an error_message too long for its column, or metadata
            // merged into a job whose metadata is null, fails it and nothing is written.
            if (errorMessage != null && !errorMessage.isEmpty()) EmulatorCore.fits(errorMessage, EmulatorCore.ERROR_MESSAGE_CHARS);
            if (metadata != null && !metadata.isEmpty() && job.metadataIsNull()) throw HttpError.internal();
            job.settle(newStatus, errorMessage == null || errorMessage.isEmpty() ? null : errorMessage, Times.now());
            if (metadata != null && !metadata.isEmpty() && !release.dropsCompleteMetadata()) job.mergeMetadata(metadata);
            List<CallSnapshot> calls = job.calls();
            costs = Billing.jobCosts(calls);
            boolean chargeable = completed && !job.creditApplied()
                    && !(release.failedCallsBlockCharge() && (Long) costs.get("failed_calls") > 0);
            if (chargeable) {
                if (core.charge(job, team, costs, "Job")) job.creditApplied(true);
            } else if (release.togglesRepeatedCharge() || !job.creditApplied()) {
                job.creditApplied(false);
            }
            applied = job.creditApplied();
            job.costSummary(new Job.CostSummary((Long) costs.get("total_tokens"), (Double) costs.get("total_cost_usd")));
        }
        JobSnapshot snapshot = job.snapshot();
        List<Object> callList = new ArrayList<>();
        for (CallSnapshot call : snapshot.calls()) {
            callList.add(Json.obj(
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
                "costs", core.costsWithCredit(costs, applied, team),
                "calls", callList));
    }

    void get(Exchange ex, String jobId) throws IOException {
        TeamSettings team = core.authenticate(ex);
        ex.sendJson(200, core.jobView(core.job(jobId, team).snapshot()));
    }

    @SuppressWarnings("unchecked")
    void patchMetadata(Exchange ex, String jobId) throws IOException {
        Object body = ex.body();
        TeamSettings team = core.authenticate(ex);
        Map<String, Object> in = Fields.validate(body, METADATA_UPDATE);
        Job job = core.job(jobId, team);
        Map<String, Object> merged = job.mergeMetadata((Map<String, Object>) in.get("metadata"));
        ex.sendJson(200, Json.obj(
                "job_id", job.id.toString(),
                "metadata", merged,
                "updated_at", Times.iso(Times.now())));
    }

    void costs(Exchange ex, String jobId) throws IOException {
        TeamSettings team = core.authenticate(ex);
        JobSnapshot job = core.job(jobId, team).snapshot();
        List<Object> breakdown = new ArrayList<>();
        double total = 0;
        for (CallSnapshot call : job.calls()) {
            total += call.costUsd();
            breakdown.add(Json.obj(
                    "call_id", call.callId(),
                    "model", call.succeeded() ? call.model() : null,
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
                "costs", Json.obj("total_cost_usd", Billing.round(total, 6), "breakdown", breakdown)));
    }

    void teamJobs(Exchange ex, String teamId) throws IOException {
        TeamSettings team = core.authenticate(ex);
        Map<String, String> query = ex.query();
        List<Object> errors = new ArrayList<>();
        long limit = Fields.queryInt(query, "limit", 100, errors);
        long offset = Fields.queryInt(query, "offset", 0, errors);
        if (!errors.isEmpty()) throw HttpError.validation(errors);
        EmulatorCore.sameTeam(teamId, team, "Cannot access jobs for a different team");
        String status = query.get("status");
        JobStatus wanted = null;
        if (status != null && !status.isEmpty()) {
            // JobStatus(status): a value not of the enum (lower case on current servers) is a ValueError.
            wanted = JobStatus.ofValue(status, core.settings.lowerCaseStatuses());
            if (wanted == null) throw HttpError.internal();
        }
        // Postgres refuses a negative LIMIT or OFFSET.
        if (limit < 0 || offset < 0) throw HttpError.internal();
        List<Object> page = new ArrayList<>();
        long seen = 0;
        for (Job job : core.store.all()) {
            if (!job.teamId.equals(teamId) || (wanted != null && job.status() != wanted)) continue;
            if (seen++ >= offset && page.size() < limit) page.add(core.jobView(job.snapshot()));
        }
        // "total" is the size of this page, as the server computes it.
        ex.sendJson(200, Json.obj("team_id", teamId, "total", (long) page.size(), "jobs", page));
    }

    void usage(Exchange ex, String teamId) throws IOException {
        TeamSettings team = core.authenticate(ex);
        List<Object> errors = new ArrayList<>();
        String period = Fields.queryRequired(ex.query(), "period", errors);
        if (!errors.isEmpty()) throw HttpError.validation(errors);
        EmulatorCore.sameTeam(teamId, team, "Cannot access usage data for a different team");
        // to_char(created_at, 'YYYY-MM') LIKE '<period>%': a month matches its jobs, a day never does.
        Pattern like = likePattern(period + "%");
        List<Job> jobs = new ArrayList<>(core.store.all());
        java.util.Collections.reverse(jobs); // the table's order: oldest first
        long total = 0;
        long successful = 0;
        long failed = 0;
        long tokens = 0;
        double cost = 0;
        boolean anySummary = false;
        Map<String, Map<String, Object>> byType = new LinkedHashMap<>();
        for (Job job : jobs) {
            if (!job.teamId.equals(teamId) || !like.matcher(month(job.createdAt)).matches()) continue;
            total++;
            JobStatus status = job.status();
            if (status == JobStatus.COMPLETED) successful++;
            if (status == JobStatus.FAILED) failed++;
            Map<String, Object> type = byType.computeIfAbsent(job.jobType, t -> Json.obj("count", 0L, "cost_usd", 0.0));
            type.put("count", (Long) type.get("count") + 1);
            Job.CostSummary summary = job.costSummary();
            if (summary != null) {
                anySummary = true;
                tokens += summary.totalTokens();
                cost += summary.totalCostUsd();
                type.put("cost_usd", (Double) type.get("cost_usd") + summary.totalCostUsd());
            }
        }
        ex.sendJson(200, Json.obj(
                "team_id", teamId,
                "period", period,
                "summary", Json.obj(
                        "total_jobs", total,
                        "successful_jobs", successful,
                        "failed_jobs", failed,
                        // Python's sum() of no summaries is the int 0.
                        "total_cost_usd", anySummary ? (Object) Billing.round(cost, 2) : (Object) 0L,
                        "total_tokens", tokens,
                        "avg_cost_per_job", total > 0 ? Billing.round((anySummary ? cost : 0.0) / total, 4) : 0.0),
                "job_types", byType));
    }

    private static String month(LocalDateTime time) {
        return String.format("%04d-%02d", time.getYear(), time.getMonthValue());
    }

    /** A SQL LIKE pattern ({@code %}, {@code _}, backslash escapes) as a regular expression. */
    static Pattern likePattern(String like) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < like.length(); i++) {
            char c = like.charAt(i);
            if (c == '\\' && i + 1 < like.length()) {
                regex.append(Pattern.quote(String.valueOf(like.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
