package dev.saasllm.emulator;

import static dev.saasllm.emulator.Fields.Kind.ANY;
import static dev.saasllm.emulator.Fields.Kind.DICT;
import static dev.saasllm.emulator.Fields.Kind.FLOAT;
import static dev.saasllm.emulator.Fields.Kind.INT;
import static dev.saasllm.emulator.Fields.Kind.LIST_OF_DICTS;
import static dev.saasllm.emulator.Fields.Kind.LIST_OF_STRS;
import static dev.saasllm.emulator.Fields.Kind.LIST_OF_STR_DICTS;
import static dev.saasllm.emulator.Fields.Kind.STR;
import static dev.saasllm.emulator.Fields.optional;
import static dev.saasllm.emulator.Fields.required;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The LLM call endpoints: per job and one-shot, plain and streamed. */
final class CallEndpoints {
    /** What the current release's per-job stream fails with, after the provider answered. */
    static final String BROKEN_STREAM =
            "'Response' object does not support the asynchronous context manager protocol";
    /** What the current release's accumulator fails with on a delta whose content is null. */
    static final String NULL_DELTA = "can only concatenate str (not \"NoneType\") to str";
    static final String FAULT_REASON = "Emulated provider error (error-rate fault)";

    /** The options after {@code messages}, purpose and the two numbers, as the current models declare them. */
    private static final List<Fields.Field> CALL_OPTIONS = List.of(
            optional("response_format", DICT), optional("tools", LIST_OF_DICTS), optional("tool_choice", ANY),
            optional("top_p", FLOAT), optional("frequency_penalty", FLOAT), optional("presence_penalty", FLOAT),
            optional("stop", LIST_OF_STRS));

    private final EmulatorCore core;

    CallEndpoints(EmulatorCore core) {
        this.core = core;
    }

    /** A validated call request. */
    private record CallInput(LlmRequest request, Number maxTokens, String purpose, Map<String, Object> metadata) {
        /**
         * Whether the call's row fits its columns ({@code purpose} 200, {@code model_group_used} 100,
         * {@code error} 1000); when it does not, the commit that records the call fails.
         */
        boolean rowFits(String error) {
            return EmulatorCore.fitsIn(purpose, EmulatorCore.PURPOSE_CHARS)
                    && EmulatorCore.fitsIn(request.model(), EmulatorCore.MODEL_CHARS)
                    && EmulatorCore.fitsIn(error, EmulatorCore.CALL_ERROR_CHARS);
        }

        /** The same input with the job's id in the request the model sees. */
        CallInput in(Job job) {
            LlmRequest r = new LlmRequest(job.id.toString(), request.model(), request.messages(),
                    request.responseFormat(), request.body());
            return new CallInput(r, maxTokens, purpose, metadata);
        }
    }

    /** The provider's answer, or the message it failed with. */
    private record Outcome(Answer answer, String failure) {}

    // ---- Per-job calls -------------------------------------------------------------------------

    void llmCall(Exchange ex, String jobId) throws IOException {
        Object body = ex.body();
        TeamSettings team = core.authenticate(ex);
        CallInput parsed = parseJobCall(body);
        Job job = core.job(jobId, team);
        CallInput in = parsed.in(job);
        startCall(job, in, team);
        long start = System.nanoTime();
        Outcome outcome = invoke(in);
        if (outcome.failure != null) {
            String error = providerError(outcome.failure);
            if (!in.rowFits(error)) throw HttpError.internal();
            job.recordCall(failedCall(in, error, false));
            throw HttpError.detail(500, "LLM call failed: " + error);
        }
        if (!in.rowFits(null)) throw HttpError.internal(); // after the provider was paid
        CallSnapshot call = call(in, outcome.answer, start, false, true, true);
        job.recordCall(call);
        if (core.release().mergesCallMetadata() && in.metadata != null && !in.metadata.isEmpty()) {
            job.mergeMetadata(in.metadata);
        }
        ex.sendJson(200, answerBody(call, outcome.answer, format(in)));
    }

    void llmCallStream(Exchange ex, String jobId) throws IOException {
        Object body = ex.body();
        TeamSettings team = core.authenticate(ex);
        CallInput parsed = parseJobCall(body);
        Job job = core.job(jobId, team);
        CallInput in = parsed.in(job);
        if (core.release().crashesOnCompleteAndJobStream()) throw HttpError.internal();
        startCall(job, in, team);
        long start = System.nanoTime();
        SseWriter sse = ex.startEventStream();
        if (core.settings.brokenJobStream()) {
            // The provider is called (and paid), then the server fails on the response it got back.
            String failure = drawFailure();
            sleep(core.settings.callLatency());
            failStream(sse, job, in, failure != null ? providerError(failure) : BROKEN_STREAM);
            return;
        }
        Outcome outcome = invoke(in);
        if (outcome.failure != null) {
            failStream(sse, job, in, providerError(outcome.failure));
            return;
        }
        Forwarded forwarded = forward(sse, in, outcome.answer);
        if (forwarded == Forwarded.DROPPED) return;
        if (forwarded == Forwarded.NULL_DELTA) {
            failStream(sse, job, in, NULL_DELTA);
            return;
        }
        boolean counted = core.settings.streamUsage();
        cutUnlessFits(in, null);
        job.recordCall(call(in, outcome.answer, start, true, counted, counted));
    }

    /** The failure branch of a stream: a failed call recorded, then {@code data: {"error": "..."}}. */
    private void failStream(SseWriter sse, Job job, CallInput in, String error) throws IOException {
        cutUnlessFits(in, error);
        job.recordCall(failedCall(in, error, true));
        sse.error(error);
    }

    // Both per-job endpoints: the job starts before its model is checked, so a refused call moves it too.
    private void startCall(Job job, CallInput in, TeamSettings team) {
        job.startCall(Times.now());
        core.checkModel(in.request.model(), team);
        job.useModel(in.request.model(), core.release().keepsFirstModelOnly());
    }

    // ---- One-call jobs -------------------------------------------------------------------------

    void createAndCall(Exchange ex) throws IOException {
        Object body = ex.body();
        TeamSettings team = core.authenticate(ex);
        OneCall one = openOneCallJob(body, team);
        CallInput in = one.in;
        Job job = one.job;
        long start = System.nanoTime();
        Outcome outcome = invoke(in);
        if (outcome.failure != null) {
            String error = providerError(outcome.failure);
            if (!in.rowFits(error)) throw HttpError.internal();
            job.recordCall(failedCall(in, error, false));
            job.settle(JobStatus.FAILED, error, Times.now());
            throw HttpError.detail(500, "LLM call failed: " + error);
        }
        if (!in.rowFits(null)) throw HttpError.internal(); // the job stays in progress: an orphan
        boolean billed = core.release().billsOneCallCost();
        CallSnapshot call = call(in, outcome.answer, start, false, true, billed);
        job.recordCall(call);
        Map<String, Object> costs = settle(job, team, "Single-call job");
        StreamFormat format = format(in);
        JobSnapshot snapshot = job.snapshot();
        ex.sendJson(200, Json.obj(
                "job_id", snapshot.jobId(),
                "status", core.status(JobStatus.COMPLETED),
                "response", Json.obj("content", outcome.answer.content(format),
                        "finish_reason", outcome.answer.finishReason(format)),
                "metadata", Json.obj("tokens_used", (long) call.totalTokens(), "latency_ms", call.latencyMs(),
                        "model", call.model()),
                "costs", costs,
                "completed_at", Times.iso(snapshot.completedAt())));
    }

    void createAndCallStream(Exchange ex) throws IOException {
        Object body = ex.body();
        TeamSettings team = core.authenticate(ex);
        OneCall one = openOneCallJob(body, team);
        CallInput in = one.in;
        Job job = one.job;
        long start = System.nanoTime();
        SseWriter sse = ex.startEventStream();
        sse.comment("keepalive");
        Outcome outcome = invoke(in);
        String failure = outcome.failure == null ? null : providerError(outcome.failure);
        if (failure == null) {
            Forwarded forwarded = forward(sse, in, outcome.answer);
            // A stream cut short leaves the job in progress: the orphan the server leaves when a
            // client goes away, which the client cannot settle (it never learned the id).
            if (forwarded == Forwarded.DROPPED) return;
            if (forwarded == Forwarded.NULL_DELTA) failure = NULL_DELTA;
        }
        if (failure != null) {
            cutUnlessFits(in, failure);
            job.recordCall(failedCall(in, failure, true));
            job.settle(JobStatus.FAILED, failure, Times.now());
            sse.error(failure);
            return;
        }
        // The server records and settles after forwarding the provider's last line ([DONE] included).
        boolean counted = core.settings.streamUsage();
        cutUnlessFits(in, null);
        job.recordCall(call(in, outcome.answer, start, true, counted, counted));
        settle(job, team, "Streaming single-call job");
    }

    private record OneCall(Job job, CallInput in) {}

    // Both one-call endpoints validate, open their job in progress and check the model the same way.
    private OneCall openOneCallJob(Object body, TeamSettings team) {
        List<Fields.Field> fields = new ArrayList<>(List.of(
                required("team_id", STR), required("job_type", STR), required("model", STR),
                required("messages", LIST_OF_DICTS), optional("user_id", STR), optional("job_metadata", DICT),
                optional("purpose", STR), optional("temperature", FLOAT), optional("max_tokens", INT)));
        fields.addAll(CALL_OPTIONS);
        Map<String, Object> values = Fields.validate(body, fields);
        String teamId = (String) values.get("team_id");
        String jobType = (String) values.get("job_type");
        String userId = (String) values.get("user_id");
        EmulatorCore.checkNewJob(team, teamId, jobType, userId);
        @SuppressWarnings("unchecked")
        Map<String, Object> metadata = values.containsKey("job_metadata")
                ? (Map<String, Object>) values.get("job_metadata") : Map.of();
        Job job = core.store.create(teamId, userId, jobType, metadata, JobStatus.IN_PROGRESS, Times.now());
        CallInput in = input(values, Json.asMap(body), "model", job.id.toString(), null);
        String model = in.request.model();
        if (!core.modelAllowed(model)) {
            String refusal = EmulatorCore.modelRefusal(model, team);
            EmulatorCore.fits(refusal, EmulatorCore.ERROR_MESSAGE_CHARS);
            job.settle(JobStatus.FAILED, refusal, Times.now());
            throw HttpError.detail(403, refusal);
        }
        job.useModel(model, true);
        return new OneCall(job, in);
    }

    /** Completes a one-call job and charges it, as complete would; returns its costs with the credit fields. */
    private Map<String, Object> settle(Job job, TeamSettings team, String what) {
        synchronized (job) {
            job.settle(JobStatus.COMPLETED, null, Times.now());
            Map<String, Object> costs = Billing.jobCosts(job.calls());
            if (!job.creditApplied() && core.charge(job, team, costs, what)) job.creditApplied(true);
            job.costSummary(new Job.CostSummary((Long) costs.get("total_tokens"), (Double) costs.get("total_cost_usd")));
            return core.costsWithCredit(costs, job.creditApplied(), team);
        }
    }

    // ---- Requests ------------------------------------------------------------------------------

    /** {@code LLMCallRequest} of the release: field name, message type and options differ. */
    private CallInput parseJobCall(Object body) {
        ServerRelease release = core.release();
        String modelField = core.settings.modelGroupField() ? "model_group" : "model";
        List<Fields.Field> fields = new ArrayList<>(List.of(
                required(modelField, STR),
                required("messages", release.messagesAreStrings() ? LIST_OF_STR_DICTS : LIST_OF_DICTS),
                optional("purpose", STR), optional("temperature", FLOAT), optional("max_tokens", INT)));
        if (release.forwardsCallOptions()) fields.addAll(CALL_OPTIONS);
        if (release.mergesCallMetadata()) fields.add(optional("call_metadata", DICT));
        Map<String, Object> values = Fields.validate(body, fields);
        return input(values, Json.asMap(body), modelField, null, "call_metadata");
    }

    @SuppressWarnings("unchecked")
    private CallInput input(Map<String, Object> values, Map<String, Object> body, String modelField, String jobId,
            String metadataField) {
        List<LlmRequest.Message> chat = new ArrayList<>();
        for (Object m : (List<Object>) values.get("messages")) {
            Map<String, Object> message = (Map<String, Object>) m;
            Object role = message.get("role");
            chat.add(new LlmRequest.Message(role == null ? "user" : String.valueOf(role), text(message.get("content"))));
        }
        Map<String, Object> responseFormat = core.release().forwardsCallOptions()
                ? (Map<String, Object>) values.get("response_format") : null;
        LlmRequest request = new LlmRequest(jobId, (String) values.get(modelField), chat, responseFormat, body);
        Map<String, Object> metadata = metadataField == null ? null : (Map<String, Object>) values.get(metadataField);
        return new CallInput(request, (Number) values.get("max_tokens"), (String) values.get("purpose"), metadata);
    }

    /** Message content: a string, or OpenAI content parts whose text parts are joined. */
    private static String text(Object content) {
        if (content == null) return "";
        if (content instanceof String s) return s;
        List<Object> parts = Json.asList(content);
        if (parts == null) return String.valueOf(content);
        StringBuilder out = new StringBuilder();
        for (Object part : parts) {
            Map<String, Object> p = Json.asMap(part);
            if (p != null && p.get("text") instanceof String t) out.append(t);
        }
        return out.toString();
    }

    private StreamFormat format(CallInput in) {
        return core.settings.streamFormat().resolve(in.request.model());
    }

    // ---- The provider --------------------------------------------------------------------------

    private Outcome invoke(CallInput in) throws IOException {
        // Decide the outcome on arrival, sleep after: a call still sleeping when a test resets or
        // reconfigures the emulator must not consume the next test's draws or scripted answers.
        String failure = drawFailure();
        Answer answer = null;
        if (failure == null) {
            try {
                answer = core.model.answer(in.request, in.maxTokens, core.settings);
            } catch (RuntimeException e) {
                // A scripted answer function that throws is how a test makes the provider fail.
                failure = String.valueOf(e.getMessage());
            }
        }
        sleep(core.settings.callLatency());
        return new Outcome(answer, failure);
    }

    private String drawFailure() {
        return core.settings.drawError() ? FAULT_REASON : null;
    }

    /**
     * A provider failure as the server reports it. Current servers call the provider in {@code
     * call_litellm}, which re-raises any failure as {@code HTTPException(500, "Failed to call provider
     * API: ...")}; the handler records {@code str()} of that. Older ones report the error as it came.
     */
    private String providerError(String failure) {
        return core.release().isOld() ? failure : "500: Failed to call provider API: " + failure;
    }

    /** How forwarding a provider's stream ended. */
    private enum Forwarded { ALL, DROPPED, NULL_DELTA }

    private Forwarded forward(SseWriter sse, CallInput in, Answer answer) throws IOException {
        StreamFormat format = format(in);
        List<ProviderStream.Event> events = ProviderStream.events(format, in.request.model(), answer,
                core.settings.streamChunkSize(), core.settings.streamUsage());
        int drop = core.settings.dropStreamAfterChunks();
        boolean nullEnds = core.release().nullDeltaEndsStream();
        int pieces = 0;
        for (ProviderStream.Event event : events) {
            if (event.piece() && drop >= 0 && pieces++ >= drop) return Forwarded.DROPPED;
            sleep(core.settings.chunkLatency());
            if (event.nullContent() && nullEnds) return Forwarded.NULL_DELTA;
            sse.data(event.payload());
        }
        if (ProviderStream.endsWithDone(format)) sse.done();
        return Forwarded.ALL;
    }

    /** In a stream, a commit that fails raises out of the generator: uvicorn cuts the connection. */
    private static void cutUnlessFits(CallInput in, String error) {
        if (!in.rowFits(error)) throw new EmulatorHandler.ConnectionCut();
    }

    // ---- Answers and records -------------------------------------------------------------------

    private Map<String, Object> answerBody(CallSnapshot call, Answer answer, StreamFormat format) {
        if (core.settings.openAiAnswerShape()) {
            return Json.obj(
                    "id", "chatcmpl-" + call.callId(),
                    "object", "chat.completion",
                    "created", Times.epochSeconds(call.createdAt()),
                    "model", call.model(),
                    "choices", Json.list(Json.obj(
                            "index", 0L,
                            "message", Json.obj("role", "assistant", "content", answer.content(format)),
                            "finish_reason", answer.finishReason(format))),
                    "usage", Json.obj(
                            "prompt_tokens", (long) answer.promptTokens(),
                            "completion_tokens", (long) answer.completionTokens(),
                            "total_tokens", (long) answer.totalTokens()));
        }
        return Json.obj(
                "call_id", call.callId(),
                "response", Json.obj("content", answer.content(format), "finish_reason", answer.finishReason(format)),
                "metadata", Json.obj(
                        "tokens_used", (long) call.totalTokens(),
                        "latency_ms", call.latencyMs(),
                        core.settings.modelGroupField() ? "model_group" : "model", call.model()));
    }

    /**
     * A successful call's row.
     *
     * @param counted whether the server recorded the answer's tokens (streams: only with usage)
     * @param billed whether its cost counts in the job's totals ({@code client_cost_usd} was set)
     */
    private CallSnapshot call(CallInput in, Answer a, long startNanos, boolean streamed, boolean counted,
            boolean billed) {
        ServerRelease release = core.release();
        int prompt = counted ? a.promptTokens() : 0;
        int completion = counted ? a.completionTokens() : 0;
        double provider = Billing.providerCost(release, prompt, completion);
        double cost = Billing.column(provider, 6);
        String teamId = core.store.get(UUID.fromString(in.request.jobId())).teamId;
        double markup = core.store.account(teamId).team.costMarkupPercentage();
        double billedUsd = release.isOld() ? cost : billed ? Billing.column(Billing.clientCost(provider, markup), 8) : 0.0;
        return new CallSnapshot(UUID.randomUUID().toString(), in.request.model(), in.purpose, prompt, completion,
                elapsedMs(startNanos), cost, billedUsd, null, streamed, Times.now());
    }

    private static CallSnapshot failedCall(CallInput in, String error, boolean streamed) {
        return new CallSnapshot(UUID.randomUUID().toString(), in.request.model(), in.purpose, 0, 0,
                null, 0.0, 0.0, error, streamed, Times.now());
    }

    private static long elapsedMs(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
    }

    private static void sleep(Duration d) throws IOException {
        if (d.isZero()) return;
        try {
            Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("emulator stopped");
        }
    }
}
