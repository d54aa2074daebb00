package dev.saasllm.internal.wire;

import static dev.saasllm.internal.wire.WireResponses.bool;
import static dev.saasllm.internal.wire.WireResponses.integer;
import static dev.saasllm.internal.wire.WireResponses.longValue;
import static dev.saasllm.internal.wire.WireResponses.number;
import static dev.saasllm.internal.wire.WireResponses.objectValue;
import static dev.saasllm.internal.wire.WireResponses.orZero;
import static dev.saasllm.internal.wire.WireResponses.required;
import static dev.saasllm.internal.wire.WireResponses.skipNameAndValue;
import static dev.saasllm.internal.wire.WireResponses.skippedNull;
import static dev.saasllm.internal.wire.WireResponses.status;
import static dev.saasllm.internal.wire.WireResponses.string;
import static dev.saasllm.internal.wire.WireResponses.timestamp;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import dev.saasllm.Job;
import dev.saasllm.JobStatus;
import dev.saasllm.team.CreditBalance;
import dev.saasllm.team.CreditCheck;
import dev.saasllm.team.CreditTransaction;
import dev.saasllm.team.Health;
import dev.saasllm.team.JobCosts;
import dev.saasllm.team.MetadataUpdate;
import dev.saasllm.team.TeamUsage;
import java.io.IOException;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the answers of the rest of the API (a job's costs and metadata, the team's jobs, usage and
 * credits, health) with the streaming helpers of {@link WireResponses}, under the same rules:
 * unknown fields skipped, null read as absent, timestamps with or without a zone. Field names are
 * the server's ({@code src/saas_api.py}, {@code src/api/credits.py} and the models' {@code to_dict}).
 */
final class TeamResponses {
    private static final JsonReader.Options COSTS_ANSWER = JsonReader.Options.of("job_id", "team_id", "job_type", "status", "costs");
    private static final JsonReader.Options COSTS = JsonReader.Options.of("total_cost_usd", "breakdown");
    private static final JsonReader.Options CALL_COST = JsonReader.Options.of(
            "call_id", "model", "purpose", "prompt_tokens", "completion_tokens", "cost_usd", "created_at");
    private static final JsonReader.Options METADATA = JsonReader.Options.of("job_id", "metadata", "updated_at");
    private static final JsonReader.Options JOBS = JsonReader.Options.of("jobs");
    // A stored usage summary (the server's TeamUsageSummary.to_dict) has the summary's fields at the
    // top level and its job types as job_type_breakdown; the computed one nests them. Both are read.
    private static final JsonReader.Options USAGE = JsonReader.Options.of(
            "team_id", "period", "summary", "job_types", "job_type_breakdown");
    private static final JsonReader.Options SUMMARY = JsonReader.Options.of(
            "total_jobs", "successful_jobs", "failed_jobs", "total_cost_usd", "total_tokens", "avg_cost_per_job");
    private static final JsonReader.Options JOB_TYPE = JsonReader.Options.of("count", "cost_usd");
    private static final JsonReader.Options BALANCE = JsonReader.Options.of(
            "team_id", "organization_id", "credits_allocated", "credits_used", "credits_remaining", "credit_limit",
            "auto_refill", "refill_amount", "refill_period", "last_refill_at", "budget_mode", "credits_per_dollar",
            "tokens_per_credit", "cost_markup_percentage", "status", "created_at", "updated_at");
    private static final JsonReader.Options LEDGER = JsonReader.Options.of("transactions");
    private static final JsonReader.Options TRANSACTION = JsonReader.Options.of(
            "transaction_id", "team_id", "organization_id", "job_id", "transaction_type", "credits_amount",
            "credits_before", "credits_after", "reason", "created_at");
    private static final JsonReader.Options CHECK = JsonReader.Options.of(
            "team_id", "has_credits", "credits_remaining", "credits_needed", "error");
    private static final JsonReader.Options HEALTH = JsonReader.Options.of("status", "service");

    private TeamResponses() {}

    /** The reader of a response type of the rest of the API, or null for another type. */
    static WireResponses.Parser<?> parser(Type type) {
        if (type == JobCosts.class) return JOB_COSTS;
        if (type == MetadataUpdate.class) return METADATA_UPDATE;
        if (type == Wire.TeamJobs.class) return TEAM_JOBS;
        if (type == TeamUsage.class) return TEAM_USAGE;
        if (type == CreditBalance.class) return CREDIT_BALANCE;
        if (type == Wire.Ledger.class) return CREDIT_LEDGER;
        if (type == CreditCheck.class) return CREDIT_CHECK;
        if (type == Health.class) return HEALTH_ANSWER;
        return null;
    }

    static final WireResponses.Parser<JobCosts> JOB_COSTS = reader -> {
        String jobId = null, teamId = null, jobType = null;
        JobStatus jobStatus = null;
        double total = 0;
        List<JobCosts.CallCost> breakdown = new ArrayList<>();
        reader.beginObject();
        while (reader.hasNext()) {
            switch (reader.selectName(COSTS_ANSWER)) {
                case 0 -> jobId = string(reader);
                case 1 -> teamId = string(reader);
                case 2 -> jobType = string(reader);
                case 3 -> jobStatus = status(reader);
                case 4 -> {
                    if (skippedNull(reader)) break;
                    reader.beginObject();
                    while (reader.hasNext()) {
                        switch (reader.selectName(COSTS)) {
                            case 0 -> total = orZero(number(reader));
                            case 1 -> callCosts(reader, breakdown);
                            default -> skipNameAndValue(reader);
                        }
                    }
                    reader.endObject();
                }
                default -> skipNameAndValue(reader);
            }
        }
        reader.endObject();
        return new JobCosts(required(jobId, "job_id", reader), teamId, jobType, jobStatus, total, breakdown);
    };

    private static void callCosts(JsonReader reader, List<JobCosts.CallCost> breakdown) throws IOException {
        if (skippedNull(reader)) return;
        reader.beginArray();
        while (reader.hasNext()) {
            String callId = null, model = null, purpose = null;
            int prompt = 0, completion = 0;
            double cost = 0;
            Instant createdAt = null;
            reader.beginObject();
            while (reader.hasNext()) {
                switch (reader.selectName(CALL_COST)) {
                    case 0 -> callId = string(reader);
                    case 1 -> model = string(reader);
                    case 2 -> purpose = string(reader);
                    case 3 -> prompt = orZero(integer(reader));
                    case 4 -> completion = orZero(integer(reader));
                    case 5 -> cost = orZero(number(reader));
                    case 6 -> createdAt = timestamp(reader);
                    default -> skipNameAndValue(reader);
                }
            }
            reader.endObject();
            breakdown.add(new JobCosts.CallCost(callId, model, purpose, prompt, completion, cost, createdAt));
        }
        reader.endArray();
    }

    static final WireResponses.Parser<MetadataUpdate> METADATA_UPDATE = reader -> {
        String jobId = null;
        Map<String, Object> metadata = null;
        Instant updatedAt = null;
        reader.beginObject();
        while (reader.hasNext()) {
            switch (reader.selectName(METADATA)) {
                case 0 -> jobId = string(reader);
                case 1 -> metadata = objectValue(reader);
                case 2 -> updatedAt = timestamp(reader);
                default -> skipNameAndValue(reader);
            }
        }
        reader.endObject();
        return new MetadataUpdate(required(jobId, "job_id", reader), metadata, updatedAt);
    };

    // team_id and total are left out: the team is the client's, and total is only this page's size.
    static final WireResponses.Parser<Wire.TeamJobs> TEAM_JOBS = reader -> {
        List<Job> jobs = null;
        reader.beginObject();
        while (reader.hasNext()) {
            if (reader.selectName(JOBS) == 0) {
                if (skippedNull(reader)) continue;
                jobs = new ArrayList<>();
                reader.beginArray();
                while (reader.hasNext()) {
                    if (!skippedNull(reader)) jobs.add(WireResponses.JOB_ANSWER.parse(reader));
                }
                reader.endArray();
            } else {
                skipNameAndValue(reader);
            }
        }
        reader.endObject();
        return new Wire.TeamJobs(required(jobs, "jobs", reader));
    };

    private static final class Usage {
        String teamId;
        YearMonth period;
        int totalJobs, successfulJobs, failedJobs;
        double totalCost;
        long totalTokens;
        Double avgCost;
        final Map<String, TeamUsage.JobTypeUsage> jobTypes = new LinkedHashMap<>();
    }

    static final WireResponses.Parser<TeamUsage> TEAM_USAGE = reader -> {
        Usage u = new Usage();
        reader.beginObject();
        while (reader.hasNext()) {
            switch (reader.selectName(USAGE)) {
                case 0 -> u.teamId = string(reader);
                case 1 -> u.period = month(string(reader));
                case 2 -> {
                    if (skippedNull(reader)) break;
                    reader.beginObject();
                    while (reader.hasNext()) {
                        if (!summaryField(reader, u)) skipNameAndValue(reader);
                    }
                    reader.endObject();
                }
                case 3, 4 -> jobTypes(reader, u.jobTypes);
                default -> {
                    if (!summaryField(reader, u)) skipNameAndValue(reader);
                }
            }
        }
        reader.endObject();
        double avg = u.avgCost != null ? u.avgCost : u.totalJobs == 0 ? 0 : u.totalCost / u.totalJobs;
        return new TeamUsage(u.teamId, required(u.period, "period", reader), u.totalJobs, u.successfulJobs, u.failedJobs,
                u.totalCost, u.totalTokens, avg, u.jobTypes);
    };

    // False when the next name is not one of the summary's (it is then not consumed).
    private static boolean summaryField(JsonReader reader, Usage u) throws IOException {
        switch (reader.selectName(SUMMARY)) {
            case 0 -> u.totalJobs = orZero(integer(reader));
            case 1 -> u.successfulJobs = orZero(integer(reader));
            case 2 -> u.failedJobs = orZero(integer(reader));
            case 3 -> u.totalCost = orZero(number(reader));
            case 4 -> u.totalTokens = orZero(longValue(reader));
            case 5 -> u.avgCost = number(reader);
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void jobTypes(JsonReader reader, Map<String, TeamUsage.JobTypeUsage> jobTypes) throws IOException {
        if (skippedNull(reader)) return;
        reader.beginObject();
        while (reader.hasNext()) {
            String type = reader.nextName();
            int count = 0;
            double cost = 0;
            if (skippedNull(reader)) continue;
            reader.beginObject();
            while (reader.hasNext()) {
                switch (reader.selectName(JOB_TYPE)) {
                    case 0 -> count = orZero(integer(reader));
                    case 1 -> cost = orZero(number(reader));
                    default -> skipNameAndValue(reader);
                }
            }
            reader.endObject();
            jobTypes.put(type, new TeamUsage.JobTypeUsage(count, cost));
        }
        reader.endObject();
    }

    private static YearMonth month(String text) {
        if (text == null) return null;
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new JsonDataException("Expected a month as YYYY-MM but was \"" + text + "\"", e);
        }
    }

    static final WireResponses.Parser<CreditBalance> CREDIT_BALANCE = reader -> {
        String teamId = null, organizationId = null, refillPeriod = null, budgetMode = null, teamStatus = null;
        int allocated = 0, used = 0;
        Integer remaining = null, creditLimit = null, refillAmount = null, tokensPerCredit = null;
        boolean autoRefill = false;
        Instant lastRefillAt = null, createdAt = null, updatedAt = null;
        Double creditsPerDollar = null, markup = null;
        reader.beginObject();
        while (reader.hasNext()) {
            switch (reader.selectName(BALANCE)) {
                case 0 -> teamId = string(reader);
                case 1 -> organizationId = string(reader);
                case 2 -> allocated = orZero(integer(reader));
                case 3 -> used = orZero(integer(reader));
                case 4 -> remaining = integer(reader);
                case 5 -> creditLimit = integer(reader);
                case 6 -> autoRefill = Boolean.TRUE.equals(bool(reader));
                case 7 -> refillAmount = integer(reader);
                case 8 -> refillPeriod = string(reader);
                case 9 -> lastRefillAt = timestamp(reader);
                case 10 -> budgetMode = string(reader);
                case 11 -> creditsPerDollar = number(reader);
                case 12 -> tokensPerCredit = integer(reader);
                case 13 -> markup = number(reader);
                case 14 -> teamStatus = string(reader);
                case 15 -> createdAt = timestamp(reader);
                case 16 -> updatedAt = timestamp(reader);
                default -> skipNameAndValue(reader);
            }
        }
        reader.endObject();
        return new CreditBalance(teamId, organizationId, allocated, used, required(remaining, "credits_remaining", reader),
                creditLimit, autoRefill, refillAmount, refillPeriod, lastRefillAt, budgetMode, creditsPerDollar,
                tokensPerCredit, markup, teamStatus, createdAt, updatedAt);
    };

    // team_id and total are left out, as for the team's jobs.
    static final WireResponses.Parser<Wire.Ledger> CREDIT_LEDGER = reader -> {
        List<CreditTransaction> transactions = null;
        reader.beginObject();
        while (reader.hasNext()) {
            if (reader.selectName(LEDGER) == 0) {
                if (skippedNull(reader)) continue;
                transactions = new ArrayList<>();
                reader.beginArray();
                while (reader.hasNext()) {
                    if (!skippedNull(reader)) transactions.add(transaction(reader));
                }
                reader.endArray();
            } else {
                skipNameAndValue(reader);
            }
        }
        reader.endObject();
        return new Wire.Ledger(required(transactions, "transactions", reader));
    };

    private static CreditTransaction transaction(JsonReader reader) throws IOException {
        String id = null, teamId = null, organizationId = null, jobId = null, type = null, reason = null;
        int amount = 0, before = 0, after = 0;
        Instant createdAt = null;
        reader.beginObject();
        while (reader.hasNext()) {
            switch (reader.selectName(TRANSACTION)) {
                case 0 -> id = string(reader);
                case 1 -> teamId = string(reader);
                case 2 -> organizationId = string(reader);
                case 3 -> jobId = string(reader);
                case 4 -> type = string(reader);
                case 5 -> amount = orZero(integer(reader));
                case 6 -> before = orZero(integer(reader));
                case 7 -> after = orZero(integer(reader));
                case 8 -> reason = string(reader);
                case 9 -> createdAt = timestamp(reader);
                default -> skipNameAndValue(reader);
            }
        }
        reader.endObject();
        return new CreditTransaction(id, teamId, organizationId, jobId, type, amount, before, after, reason, createdAt);
    }

    static final WireResponses.Parser<CreditCheck> CREDIT_CHECK = reader -> {
        String teamId = null, error = null;
        Boolean hasCredits = null;
        Integer remaining = null;
        int needed = 0;
        reader.beginObject();
        while (reader.hasNext()) {
            switch (reader.selectName(CHECK)) {
                case 0 -> teamId = string(reader);
                case 1 -> hasCredits = bool(reader);
                case 2 -> remaining = integer(reader);
                case 3 -> needed = orZero(integer(reader));
                case 4 -> error = string(reader);
                default -> skipNameAndValue(reader);
            }
        }
        reader.endObject();
        return new CreditCheck(teamId, required(hasCredits, "has_credits", reader), remaining, needed, error);
    };

    static final WireResponses.Parser<Health> HEALTH_ANSWER = reader -> {
        String healthStatus = null, service = null;
        reader.beginObject();
        while (reader.hasNext()) {
            switch (reader.selectName(HEALTH)) {
                case 0 -> healthStatus = string(reader);
                case 1 -> service = string(reader);
                default -> skipNameAndValue(reader);
            }
        }
        reader.endObject();
        return new Health(required(healthStatus, "status", reader), service);
    };
}
