package dev.saasllm.emulator;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The LLM call endpoints: per job and one-shot, plain and streamed. */
final class CallEndpoints {
    static final String BROKEN_STREAM =
            "'Response' object does not support the asynchronous context manager protocol";
    static final String FAULT_REASON = "Emulated provider error (error-rate fault)";

    private final EmulatorCore core;

    CallEndpoints(EmulatorCore core) {
        this.core = core;
    }

    /** A validated call request. */
    private record CallInput(LlmRequest request, String purpose, Map<String, Object> metadata) {}

    /** The model failed to answer; the message becomes {@code LLM call failed: <message>}. */
    private static final class LlmFailure extends Exception {
        private static final long serialVersionUID = 1L;

        LlmFailure(String message) {
            super(message, null, false, false);
        }
    }

    void llmCall(Exchange ex, String jobId) throws IOException {
        OneCallJob started = startCallInJob(ex, jobId);
        Job job = started.job();
        CallInput in = started.in();
        long start = System.nanoTime();
        Answer answer;
        try {
            answer = invoke(in.request);
        } catch (LlmFailure failure) {
            job.recordCall(failedCall(in, start, failure.getMessage(), false));
            throw HttpError.detail(500, "LLM call failed: " + failure.getMessage());
        }
        CallSnapshot call = call(in, answer, start, false, true);
        job.recordCall(call);
        ex.sendJson(200, answerBody(call, answer));
    }

    void llmCallStream(Exchange ex, String jobId) throws IOException {
        OneCallJob started = startCallInJob(ex, jobId);
        Job job = started.job();
        CallInput in = started.in();
        long start = System.nanoTime();
        SseWriter sse = ex.startEventStream();
        sse.comment("keepalive");
        if (core.settings.brokenJobStream()) {
            job.recordCall(failedCall(in, start, BROKEN_STREAM, true));
            sse.error(BROKEN_STREAM);
            return;
        }
        Answer answer;
        try {
            answer = invoke(in.request);
        } catch (LlmFailure failure) {
            job.recordCall(failedCall(in, start, failure.getMessage(), true));
            sse.error(failure.getMessage());
            return;
        }
        job.recordCall(call(in, answer, start, true, core.settings.streamUsage()));
        if (writeChunks(sse, in.request.model(), answer)) sse.done();
    }

    void createAndCall(Exchange ex) throws IOException {
        OneCallJob one = openOneCallJob(ex);
        Job job = one.job();
        CallInput in = one.in();
        LlmRequest request = one.request();
        long start = System.nanoTime();
        Answer answer;
        try {
            answer = invoke(request);
        } catch (LlmFailure failure) {
            job.recordCall(failedCall(in, start, failure.getMessage(), false));
            job.complete(JobStatus.FAILED, failure.getMessage(), Times.now());
            throw HttpError.detail(500, "LLM call failed: " + failure.getMessage());
        }
        CallSnapshot call = call(in, answer, start, false, true);
        job.recordCall(call);
        boolean charged = settle(job);
        JobSnapshot snapshot = job.snapshot();
        ex.sendJson(200, Json.obj(
                "job_id", snapshot.jobId(),
                "status", core.status(JobStatus.COMPLETED),
                "response", Json.obj("content", answer.content(), "finish_reason", answer.finishReason()),
                "metadata", answerMetadata(call),
                "costs", core.costs(snapshot, charged, true),
                "completed_at", Times.iso(snapshot.completedAt())));
    }

    void createAndCallStream(Exchange ex) throws IOException {
        OneCallJob one = openOneCallJob(ex);
        Job job = one.job();
        CallInput in = one.in();
        LlmRequest request = one.request();
        long start = System.nanoTime();
        SseWriter sse = ex.startEventStream();
        sse.comment("keepalive");
        Answer answer;
        try {
            answer = invoke(request);
        } catch (LlmFailure failure) {
            job.recordCall(failedCall(in, start, failure.getMessage(), true));
            job.complete(JobStatus.FAILED, failure.getMessage(), Times.now());
            sse.error(failure.getMessage());
            return;
        }
        job.recordCall(call(in, answer, start, true, core.settings.streamUsage()));
        // A dropped or disconnected stream leaves the job in progress: the server's orphan.
        if (writeChunks(sse, request.model(), answer)) {
            settle(job);
            sse.done();
        }
    }

    /** A job with the validated call just started in it, and the request the model answers. */
    private record OneCallJob(Job job, CallInput in, LlmRequest request) {}

    // Both per-job call endpoints validate, check and start their call the same way.
    private OneCallJob startCallInJob(Exchange ex, String jobId) throws IOException {
        Object parsed = ex.json();
        core.authenticate(ex);
        CallInput in = parse(Fields.of(parsed, ex.hasBody()), jobId, false);
        Job job = core.job(jobId);
        core.checkModel(in.request.model());
        job.startCall(Times.now(), in.metadata);
        return new OneCallJob(job, in, in.request);
    }

    // Both one-call endpoints validate, check and open their job the same way.
    private OneCallJob openOneCallJob(Exchange ex) throws IOException {
        Object parsed = ex.json();
        core.authenticate(ex);
        Fields f = Fields.of(parsed, ex.hasBody());
        String teamId = f.string("team_id", true);
        String jobType = f.string("job_type", true);
        String userId = f.string("user_id", false);
        CallInput in = parse(f, null, true);
        core.checkTeam(teamId);
        core.checkModel(in.request.model());
        core.checkCredits();
        Job job = core.store.create(teamId, userId, jobType, in.metadata, Times.now());
        job.startCall(Times.now(), null);
        return new OneCallJob(job, in, withJob(in.request, job));
    }

    private boolean settle(Job job) {
        synchronized (job) {
            boolean charged = job.complete(JobStatus.COMPLETED, null, Times.now());
            if (charged) core.store.charge();
            return charged;
        }
    }

    private CallInput parse(Fields f, String jobId, boolean createAndCall) {
        String modelField = !createAndCall && core.settings.modelGroupField() ? "model_group" : "model";
        String model = f.string(modelField, true);
        List<Map<String, Object>> messages = f.objects("messages", true);
        String purpose = f.string("purpose", false);
        f.number("temperature");
        f.integer("max_tokens");
        f.number("top_p");
        f.number("frequency_penalty");
        f.number("presence_penalty");
        f.strings("stop");
        f.list("tools", false);
        Map<String, Object> responseFormat = f.object("response_format", false);
        Map<String, Object> metadata = f.object(createAndCall ? "job_metadata" : "call_metadata", false);
        f.check();
        List<LlmRequest.Message> chat = new ArrayList<>();
        for (Map<String, Object> m : messages) {
            Object role = m.get("role");
            chat.add(new LlmRequest.Message(role == null ? "user" : String.valueOf(role), text(m.get("content"))));
        }
        return new CallInput(new LlmRequest(jobId, model, chat, responseFormat, f.body()), purpose, metadata);
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

    private static LlmRequest withJob(LlmRequest r, Job job) {
        return new LlmRequest(job.id.toString(), r.model(), r.messages(), r.responseFormat(), r.body());
    }

    private Answer invoke(LlmRequest request) throws LlmFailure, IOException {
        // Decide the outcome on arrival, sleep after: a call still sleeping when a test resets or
        // reconfigures the emulator must not consume the next test's draws or scripted answers.
        boolean fail = core.settings.drawError();
        Answer answer = null;
        String error = fail ? FAULT_REASON : null;
        if (!fail) {
            try {
                answer = core.model.answer(request, core.settings);
            } catch (RuntimeException e) {
                // A scripted answer function that throws is how a test makes the provider fail.
                error = String.valueOf(e.getMessage());
            }
        }
        sleep(core.settings.callLatency());
        if (answer == null) throw new LlmFailure(error);
        return answer;
    }

    /** Streams the answer in small deltas; false when the drop fault cut it short. */
    private boolean writeChunks(SseWriter sse, String model, Answer answer) throws IOException {
        String id = "chatcmpl-" + UUID.randomUUID();
        long created = Times.epochSeconds(LocalDateTime.now(java.time.ZoneOffset.UTC));
        String content = answer.content();
        int size = core.settings.streamChunkSize();
        int drop = core.settings.dropStreamAfterChunks();
        int count = Math.max(1, (content.length() + size - 1) / size);
        for (int i = 0; i < count; i++) {
            if (drop >= 0 && i >= drop) return false;
            sleep(core.settings.chunkLatency());
            boolean last = i == count - 1;
            Map<String, Object> delta = i == 0 ? Json.obj("role", "assistant") : Json.obj();
            delta.put("content", content.substring(i * size, Math.min(content.length(), (i + 1) * size)));
            Map<String, Object> chunk = Json.obj(
                    "id", id,
                    "object", "chat.completion.chunk",
                    "created", created,
                    "model", model,
                    "choices", Json.list(Json.obj(
                            "index", 0L,
                            "delta", delta,
                            "finish_reason", last ? answer.finishReason() : null)));
            if (last && core.settings.streamUsage()) chunk.put("usage", usage(answer));
            sse.data(Json.write(chunk));
        }
        return true;
    }

    private static Map<String, Object> usage(Answer answer) {
        return Json.obj(
                "prompt_tokens", (long) answer.promptTokens(),
                "completion_tokens", (long) answer.completionTokens(),
                "total_tokens", (long) answer.totalTokens());
    }

    private Map<String, Object> answerBody(CallSnapshot call, Answer answer) {
        if (core.settings.openAiAnswerShape()) {
            return Json.obj(
                    "id", "chatcmpl-" + call.callId(),
                    "object", "chat.completion",
                    "created", Times.epochSeconds(call.createdAt()),
                    "model", call.model(),
                    "choices", Json.list(Json.obj(
                            "index", 0L,
                            "message", Json.obj("role", "assistant", "content", answer.content()),
                            "finish_reason", answer.finishReason())),
                    "usage", usage(answer));
        }
        return Json.obj(
                "call_id", call.callId(),
                "response", Json.obj("content", answer.content(), "finish_reason", answer.finishReason()),
                "metadata", answerMetadata(call));
    }

    private Map<String, Object> answerMetadata(CallSnapshot call) {
        return Json.obj(
                "tokens_used", (long) call.totalTokens(),
                "latency_ms", call.latencyMs(),
                core.settings.modelGroupField() ? "model_group" : "model", call.model());
    }

    private static CallSnapshot call(CallInput in, Answer a, long startNanos, boolean streamed,
            boolean countTokens) {
        return new CallSnapshot(UUID.randomUUID().toString(), in.request.model(), in.purpose,
                countTokens ? a.promptTokens() : 0, countTokens ? a.completionTokens() : 0,
                elapsedMs(startNanos), countTokens ? a.costUsd() : 0.0, null, streamed, Times.now());
    }

    private static CallSnapshot failedCall(CallInput in, long startNanos, String error, boolean streamed) {
        return new CallSnapshot(UUID.randomUUID().toString(), in.request.model(), in.purpose, 0, 0,
                elapsedMs(startNanos), 0.0, error, streamed, Times.now());
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
