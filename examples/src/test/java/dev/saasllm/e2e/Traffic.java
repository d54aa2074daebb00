package dev.saasllm.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.Moshi;
import dev.saasllm.emulator.JobSnapshot;
import dev.saasllm.emulator.JobStatus;
import dev.saasllm.emulator.RecordedRequest;
import dev.saasllm.emulator.SaasLlmEmulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** What the emulator saw: request bodies, the schema sent, and how each job was settled. */
final class Traffic {
    /** Every test class starts its emulator with this balance. */
    static final long CREDITS = 1000;

    private static final com.squareup.moshi.JsonAdapter<Object> JSON = new Moshi.Builder().build().adapter(Object.class);

    private Traffic() {}

    /** The bodies of the {@code llm-call} requests received, oldest first. */
    /**
     * A client that opens one-call jobs in three steps (create, llm-call, complete), the traffic
     * these tests pin; the default sends one-call chat jobs through create-and-call.
     */
    static dev.saasllm.SaasLlmClient threeSteps(SaasLlmEmulator emulator) {
        return dev.saasllm.SaasLlmClient.builder().baseUrl(emulator.baseUrl()).teamId(emulator.teamId())
                .virtualKey(emulator.virtualKey()).createAndCall(dev.saasllm.CreateAndCall.NEVER).build();
    }

    static List<Map<String, Object>> llmCalls(SaasLlmEmulator emulator) {
        return emulator.requests().stream()
                .filter(r -> r.method().equals("POST") && r.path().endsWith("/llm-call"))
                .map(r -> map(parse(r)))
                .toList();
    }

    /** The body of the one {@code llm-call} request received. */
    static Map<String, Object> onlyLlmCall(SaasLlmEmulator emulator) {
        List<Map<String, Object>> calls = llmCalls(emulator);
        assertEquals(1, calls.size(), "llm-call requests");
        return calls.get(0);
    }

    /** {@code response_format} of the one call, checked to be a strict json_schema named {@code name}. */
    static Map<String, Object> schemaSent(SaasLlmEmulator emulator, String name) {
        Map<String, Object> format = map(onlyLlmCall(emulator).get("response_format"));
        assertNotNull(format, "response_format");
        assertEquals("json_schema", format.get("type"));
        Map<String, Object> jsonSchema = map(format.get("json_schema"));
        assertEquals(name, jsonSchema.get("name"));
        assertEquals(Boolean.TRUE, jsonSchema.get("strict"));
        return map(jsonSchema.get("schema"));
    }

    /** One job, of {@code jobType}, completed once with one successful call and one credit charged. */
    static JobSnapshot completedOnce(SaasLlmEmulator emulator, String jobType) {
        JobSnapshot job = onlyJob(emulator);
        assertEquals(jobType, job.jobType());
        assertEquals(JobStatus.COMPLETED, job.status());
        assertEquals(1, job.completeCount(), "complete requests");
        assertTrue(job.creditApplied(), "credit charged");
        assertEquals(1, job.calls().size(), "calls");
        assertTrue(job.calls().get(0).succeeded(), "call succeeded");
        assertEquals(CREDITS - 1, emulator.creditsRemaining(), "exactly one credit per job");
        return job;
    }

    /** One job, of {@code jobType}, completed {@code failed} once, with its error and no credit charged. */
    static JobSnapshot failedOnce(SaasLlmEmulator emulator, String jobType) {
        JobSnapshot job = onlyJob(emulator);
        assertEquals(jobType, job.jobType());
        assertEquals(JobStatus.FAILED, job.status());
        assertEquals(1, job.completeCount(), "complete requests");
        assertFalse(job.creditApplied(), "credit charged");
        assertNotNull(job.errorMessage(), "error_message");
        assertEquals(CREDITS, emulator.creditsRemaining(), "no credit for a failed job");
        return job;
    }

    static JobSnapshot onlyJob(SaasLlmEmulator emulator) {
        List<JobSnapshot> jobs = emulator.jobs();
        assertEquals(1, jobs.size(), "jobs created");
        return jobs.get(0);
    }

    /** Paths of the requests received, e.g. {@code POST /api/jobs/create}; job ids shown as {id}. */
    static List<String> requestLines(SaasLlmEmulator emulator) {
        return emulator.requests().stream()
                .map(r -> r.method() + " " + r.path().replaceAll("[0-9a-f]{8}[0-9a-f-]{28}", "{id}"))
                .toList();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object json) {
        return (Map<String, Object>) json;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object json) {
        return (List<Object>) json;
    }

    private static Object parse(RecordedRequest request) {
        return parse(request.body());
    }

    static Object parse(String json) {
        try {
            return JSON.fromJson(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + json, e);
        }
    }
}
