package dev.saasllm.emulator;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What every endpoint shares: the settings and teams, the jobs and accounts, the model. */
final class EmulatorCore {
    static final String EXPECTED = "Expected: 'Authorization: Bearer sk-xxx...'";

    /** The server's bounded columns: a longer value fails the commit (a plain-text 500). */
    static final int JOB_TYPE_CHARS = 100;
    static final int USER_ID_CHARS = 255;
    static final int PURPOSE_CHARS = 200;
    /** A call's {@code model_group_used}. */
    static final int MODEL_CHARS = 100;
    static final int ERROR_MESSAGE_CHARS = 1000;
    static final int CALL_ERROR_CHARS = 1000;

    final EmulatorSettings settings;
    final JobStore store;
    final DeterministicModel model;

    EmulatorCore(EmulatorSettings settings, JobStore store, DeterministicModel model) {
        this.settings = settings;
        this.store = store;
        this.model = model;
    }

    ServerRelease release() {
        return settings.release();
    }

    /**
     * The server's {@code verify_virtual_key}: the header split on whitespace must be two words, the
     * first {@code bearer} in any case; the key names the team; a team that is not active is a 403.
     */
    TeamSettings authenticate(Exchange exchange) {
        String header = exchange.header("Authorization");
        if (header == null || header.isEmpty()) throw HttpError.detail(401, "Missing Authorization header. " + EXPECTED);
        String[] parts = pythonSplit(header);
        if (parts.length != 2 || !parts[0].toLowerCase(Locale.ROOT).equals("bearer")) {
            throw HttpError.detail(401, "Invalid Authorization header format. " + EXPECTED);
        }
        TeamSettings team = null;
        for (TeamSettings candidate : settings.teams()) {
            if (constantTimeEquals(parts[1], candidate.virtualKey())) team = candidate;
        }
        if (team == null) throw HttpError.detail(401, "Invalid API key");
        if (release().checksTeamStatus() && !team.status().equals("active")) {
            throw HttpError.detail(403, "Team access is " + team.status() + ". Please contact support.");
        }
        return team;
    }

    /** Python's {@code str.split()}: runs of whitespace (as a latin-1 header can hold it) separate words. */
    static String[] pythonSplit(String s) {
        var words = new ArrayList<String>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && isPythonSpace(s.charAt(i))) i++;
            int start = i;
            while (i < s.length() && !isPythonSpace(s.charAt(i))) i++;
            if (i > start) words.add(s.substring(start, i));
        }
        return words.toArray(new String[0]);
    }

    private static boolean isPythonSpace(char c) {
        return (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= ' ') || c == '\u0085' || c == '\u00a0'
                || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** A path or body {@code team_id} must be the key's team. */
    static void sameTeam(String requested, TeamSettings team, String message) {
        if (!team.teamId().equals(requested)) throw HttpError.detail(403, message);
    }

    /** The model resolver: a model outside the allowed set is a 403 naming team and model. */
    void checkModel(String model, TeamSettings team) {
        Set<String> allowed = settings.allowedModels();
        if (!allowed.isEmpty() && !allowed.contains(model)) throw HttpError.detail(403, modelRefusal(model, team));
    }

    static String modelRefusal(String model, TeamSettings team) {
        return "Team '" + team.teamId() + "' does not have access to model group '" + model + "'";
    }

    boolean modelAllowed(String model) {
        Set<String> allowed = settings.allowedModels();
        return allowed.isEmpty() || allowed.contains(model);
    }

    /**
     * The job of a path segment, looked up as the handlers do: {@code uuid.UUID(job_id)} (a value it
     * cannot parse is an unhandled 500), then 404, then 403 for another team's job.
     */
    Job job(String rawId, TeamSettings team) {
        UUID id = PyUuid.parse(rawId);
        if (id == null) throw HttpError.internal();
        Job job = store.get(id);
        if (job == null) throw HttpError.detail(404, "Job not found");
        if (!team.teamId().equals(job.teamId)) throw HttpError.detail(403, "Job does not belong to your team");
        return job;
    }

    /** A value longer than its column fails the database commit: a plain-text 500, nothing written. */
    static void fits(String value, int chars) {
        if (!fitsIn(value, chars)) throw HttpError.internal();
    }

    /**
     * What {@code create} and {@code create-and-call} both check of a new job, in the server's
     * order: the body's team is the key's (403), then its job type and user id fit their columns.
     */
    static void checkNewJob(TeamSettings team, String teamId, String jobType, String userId) {
        sameTeam(teamId, team, "API key does not belong to team '" + teamId + "'");
        fits(jobType, JOB_TYPE_CHARS);
        fits(userId, USER_ID_CHARS);
    }

    /** Whether {@code value} fits a {@code VARCHAR(chars)}: PostgreSQL counts characters (code points), not UTF-16 units. */
    static boolean fitsIn(String value, int chars) {
        return value == null || value.length() <= chars || value.codePointCount(0, value.length()) <= chars;
    }

    String status(JobStatus status) {
        return status.wire(settings.lowerCaseStatuses());
    }

    /** A timestamp of a GET view: {@code ...Z} on current servers, Python's isoformat on older ones. */
    String viewTime(LocalDateTime time) {
        return release().zuluTimestamps() ? Times.zulu(time) : Times.iso(time);
    }

    /** {@code GET /api/jobs/{id}}'s view of a job ({@code Job.to_dict}). */
    Map<String, Object> jobView(JobSnapshot job) {
        return Json.obj(
                "job_id", job.jobId(),
                "team_id", job.teamId(),
                "user_id", job.userId(),
                "job_type", job.jobType(),
                "status", status(job.status()),
                "created_at", viewTime(job.createdAt()),
                "started_at", viewTime(job.startedAt()),
                "completed_at", viewTime(job.completedAt()),
                "metadata", job.metadata(),
                "error_message", job.errorMessage(),
                "organization_id", null,
                "external_task_id", null,
                "credit_applied", job.creditApplied(),
                "model_groups_used", job.modelGroupsUsed());
    }

    /** A job's costs with the credit fields a settlement answers. */
    Map<String, Object> costsWithCredit(Map<String, Object> costs, boolean creditApplied, TeamSettings team) {
        costs.put("credit_applied", creditApplied);
        costs.put("credits_remaining", store.account(team.teamId()).remaining());
        return costs;
    }

    /**
     * Charges a completed job in the team's budget mode; a team without enough credits is not
     * charged and the job still completes (the server never refuses for credits).
     *
     * @return whether the job was charged
     */
    boolean charge(Job job, TeamSettings team, Map<String, Object> costs, String what) {
        long credits = Billing.creditsFor(release(), team, costs);
        String reason = Billing.reason(release(), team, what, job.jobType, credits);
        return store.account(team.teamId()).deduct(credits, job.id, reason, Times.now());
    }

    private static boolean constantTimeEquals(String a, String b) {
        return java.security.MessageDigest.isEqual(
                a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
