package dev.saasllm.faults;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;

/**
 * A MockWebServer dispatcher that keeps jobs like the server does (create, complete, get) and lets a
 * test decide every LLM call's raw answer: for faults the emulator cannot produce (truncated bodies,
 * non-JSON bodies, HTML from a gateway).
 */
final class MockJobServer extends Dispatcher {
    private final Map<String, String> status = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> completes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Function<Integer, MockResponse> llmCall;

    /** @param llmCall the answer to the n-th call (1-based) of a job */
    MockJobServer(Function<Integer, MockResponse> llmCall) {
        this.llmCall = llmCall;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String path = request.getTarget();
        if (path.equals("/api/jobs/create")) {
            String id = UUID.randomUUID().toString();
            status.put(id, "PENDING");
            return json("{\"job_id\":\"" + id + "\",\"status\":\"PENDING\",\"created_at\":\"2026-11-27T20:57:34\"}");
        }
        String id = path.split("/")[3];
        if (path.endsWith("/llm-call") || path.endsWith("/llm-call-stream")) {
            status.put(id, "IN_PROGRESS");
            return llmCall.apply(calls.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet());
        }
        if (path.endsWith("/complete")) {
            completes.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
            String settled = request.getBody().utf8().contains("\"completed\"") ? "COMPLETED" : "FAILED";
            status.put(id, settled);
            return json("{\"job_id\":\"" + id + "\",\"status\":\"" + settled + "\",\"completed_at\":\"2026-11-27T20:58:00\"}");
        }
        return json("{\"job_id\":\"" + id + "\",\"status\":\"" + status.get(id) + "\",\"created_at\":\"2026-11-27T20:57:34\"}");
    }

    static MockResponse json(String body) {
        return new MockResponse.Builder().setHeader("Content-Type", "application/json").body(body).build();
    }

    static MockResponse answer(String content) {
        StringBuilder json = new StringBuilder();
        dev.saasllm.model.JsonSchemaWriter.string(content, json);
        return json("{\"call_id\":\"c\",\"response\":{\"content\":" + json + ",\"finish_reason\":\"stop\"},\"metadata\":{}}");
    }

    /** The same answer, its connection cut halfway through the body. */
    static MockResponse cutMidBody(MockResponse response) {
        return response.newBuilder().onResponseBody(new SocketEffect.CloseSocket()).build();
    }

    long openJobs() {
        return status.values().stream().filter(s -> s.equals("PENDING") || s.equals("IN_PROGRESS")).count();
    }

    /** Jobs completed more than once: each would have toggled a charge. */
    long completedTwice() {
        return completes.values().stream().filter(c -> c.get() > 1).count();
    }
}
