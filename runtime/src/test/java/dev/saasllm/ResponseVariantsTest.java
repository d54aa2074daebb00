package dev.saasllm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every answer shape the contract lists, and the bodies it does not. */
class ResponseVariantsTest extends MockServerSupport {
    private static final List<ChatMessage> HI = List.of(ChatMessage.user("Hi"));

    @Test
    void currentShapeWithModelGroup() {
        enqueueJson(200, "{\"call_id\":\"c-2\",\"response\":{\"content\":\"Hello\",\"finish_reason\":\"length\"},"
                + "\"metadata\":{\"tokens_used\":12,\"latency_ms\":80.6,\"model_group\":\"OldAgent\"}}");
        ChatResponse response = client.chat(JOB_ID, HI);
        assertEquals(new ChatResponse("Hello", "length", "c-2", "OldAgent", null, null, 12, 81L), response);
        assertTrue(response.truncated());
    }

    @Test
    void openAiChatCompletionShape() {
        enqueueJson(200, "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1730000000,\"model\":\"gpt-4o\","
                + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"Hi there\",\"refusal\":null},"
                + "\"finish_reason\":\"stop\",\"logprobs\":null},{\"index\":1,\"message\":{\"role\":\"assistant\",\"content\":\"other\"}}],"
                + "\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":2,\"total_tokens\":11,\"details\":{}}}");
        assertEquals(new ChatResponse("Hi there", "stop", "chatcmpl-1", "gpt-4o", 9, 2, 11, null), client.chat(JOB_ID, HI));
    }

    /** The current server's llm-call answer when the provider's message content is null (FastAPI's compact JSON). */
    static final String REFUSAL = "{\"call_id\":\"c-7\",\"response\":{\"content\":null,\"finish_reason\":\"stop\"},"
            + "\"metadata\":{\"tokens_used\":31,\"latency_ms\":640,\"model\":\"ResumeAgent\"}}";

    @Test
    void aNullContentIsARefusalCarryingTheAnswerAsReceived() {
        enqueueJson(200, REFUSAL);
        RefusalException e = assertThrows(RefusalException.class, () -> client.chat(JOB_ID, HI));
        assertEquals(new ChatResponse(null, "stop", "c-7", "ResumeAgent", null, null, 31, 640L), e.response());
        assertEquals(JOB_ID, e.jobId());
        assertEquals("POST /api/jobs/{job_id}/llm-call", e.endpoint());
        assertNull(e.rawContent());
        assertEquals("The model answered without content (a refusal; finish_reason 'stop') in job " + JOB_ID, e.getMessage());
        assertTrue(e instanceof InvalidOutputException, "re-askable like any unusable answer");
    }

    @Test
    void aNullContentInTheChatCompletionShapeIsARefusalToo() {
        enqueueJson(200, "{\"id\":\"chatcmpl-2\",\"object\":\"chat.completion\",\"model\":\"gpt-4o\",\"choices\":[{\"index\":0,"
                + "\"message\":{\"role\":\"assistant\",\"content\":null,\"refusal\":\"I can't help with that.\"},"
                + "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":7,\"total_tokens\":16}}");
        RefusalException e = assertThrows(RefusalException.class, () -> client.chat(JOB_ID, HI));
        assertEquals("chatcmpl-2", e.response().callId());
    }

    @Test
    void aStructuredCallAnsweredWithoutContentIsARefusal() {
        record Point(int x, int y) {}
        enqueueJson(200, REFUSAL);
        RefusalException e = assertThrows(RefusalException.class, () -> client.structuredOutput(JOB_ID, HI, Point.class));
        assertEquals("c-7", e.response().callId());
    }

    /**
     * The current server answers Claude's and Gemini's refusals with the text it joined from no
     * blocks or parts ({@code ""}) and the provider's reason: {@code response.stop_reason}, and
     * {@code finishReason.lower()} (src/services/direct_provider_service.py).
     */
    @ParameterizedTest
    @CsvSource({"refusal,true", "safety,true", "content_filter,true", "stop,false", "end_turn,false", "max_tokens,false"})
    void anEmptyAnswerIsARefusalWhenItsFinishReasonSaysTheAnswerWasWithheld(String finishReason, boolean refusal) {
        enqueueJson(200, "{\"call_id\":\"c-8\",\"response\":{\"content\":\"\",\"finish_reason\":\"" + finishReason + "\"},"
                + "\"metadata\":{\"tokens_used\":12,\"latency_ms\":410,\"model\":\"claude-3-5-haiku-20241022\"}}");
        if (refusal) {
            RefusalException e = assertThrows(RefusalException.class, () -> client.chat(JOB_ID, HI));
            assertEquals("", e.response().content());
            assertEquals("The model answered without content (a refusal; finish_reason '" + finishReason + "') in job "
                    + JOB_ID, e.getMessage());
        } else {
            assertEquals("", client.chat(JOB_ID, HI).content());
        }
    }

    @ParameterizedTest
    @CsvSource({"length,true", "max_tokens,true", "MAX_TOKENS,true", "stop,false", "end_turn,false", "STOP,false",
            "content_filter,false"})
    void everyProvidersCutOffFinishReasonIsTruncation(String finishReason, boolean truncated) {
        enqueueJson(200, "{\"call_id\":\"c\",\"response\":{\"content\":\"x\",\"finish_reason\":\"" + finishReason + "\"}}");
        assertEquals(truncated, client.chat(JOB_ID, HI).truncated());
        assertEquals(truncated, new ChatChunk("x", finishReason, null, null, null).truncated());
    }

    @Test
    void unknownFieldsAndNullsAreIgnored() {
        enqueueJson(200, "{\"extra\":[1,{\"a\":null}],\"call_id\":null,\"response\":{\"content\":\"x\",\"finish_reason\":null,"
                + "\"tool_calls\":[]},\"metadata\":null}");
        assertEquals(new ChatResponse("x", null, null, null, null, null, null, null), client.chat(JOB_ID, HI));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Internal error, try again", "<html>oops</html>", "", "[1,2]", "{\"call_id\":\"c\"",
            "{\"call_id\":\"c\",\"metadata\":{}}"})
    void bodiesThatAreNotACallAnswerAreInvalidResponses(String body) {
        enqueueJson(200, body);
        InvalidResponseException e = assertThrows(InvalidResponseException.class, () -> client.chat(JOB_ID, HI));
        assertEquals(body, e.rawBody());
        assertEquals(200, e.statusCode());
        assertEquals("POST /api/jobs/{job_id}/llm-call", e.endpoint());
        assertEquals(JOB_ID, e.jobId());
        assertTrue(e.getMessage().startsWith("Unexpected response body from POST /api/jobs/{job_id}/llm-call for job " + JOB_ID + ": "),
                e.getMessage());
        assertNoKey(e);
    }

    @Test
    void createWithoutAJobIdIsInvalid() {
        enqueueJson(200, "{\"status\":\"PENDING\"}");
        InvalidResponseException e = assertThrows(InvalidResponseException.class, () -> client.createJob("t"));
        assertEquals("Unexpected response body from POST /api/jobs/create: Required field 'job_id' missing", e.getMessage());
    }

    @Test
    void olderCreateAnswerWithTeamAndLowerCaseStatus() {
        enqueueJson(200, "{\"job_id\":\"" + JOB_ID + "\",\"team_id\":\"acme-corp\",\"status\":\"pending\","
                + "\"created_at\":\"2026-11-27T20:57:34Z\"}");
        assertEquals(JOB_ID, client.createJob("t"));
    }

    @ParameterizedTest
    @CsvSource({"COMPLETED,COMPLETED", "completed,COMPLETED", "FAILED,FAILED", "failed,FAILED", "In_Progress,IN_PROGRESS",
            "CANCELLED,CANCELLED", "cancelled,CANCELLED"})
    void statusesInAnyCase(String wire, JobStatus expected) {
        enqueueJson(200, completion(wire));
        assertEquals(expected, client.completeJob(JOB_ID, JobStatus.COMPLETED).status());
    }

    @Test
    void anUnknownStatusIsInvalid() {
        enqueueJson(200, completion("ARCHIVED"));
        InvalidResponseException e = assertThrows(InvalidResponseException.class, () -> client.completeJob(JOB_ID, JobStatus.FAILED));
        assertTrue(e.getMessage().endsWith("Unknown job status \"ARCHIVED\""), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({
            "2026-11-27T20:57:34.419921, 2026-11-27T20:57:34.419921Z",
            "2026-11-27T20:57:34, 2026-11-27T20:57:34Z",
            "2026-11-27T20:57:34Z, 2026-11-27T20:57:34Z",
            "2026-11-27T22:57:34.5+02:00, 2026-11-27T20:57:34.500Z"})
    void timestampsWithAndWithoutZone(String wire, String expected) {
        enqueueJson(200, "{\"job_id\":\"" + JOB_ID + "\",\"status\":\"COMPLETED\",\"completed_at\":\"" + wire + "\"}");
        JobCompletion completion = client.completeJob(JOB_ID, JobStatus.COMPLETED);
        assertEquals(Instant.parse(expected), completion.completedAt());
        assertNull(completion.costs());
        assertEquals(List.of(), completion.calls());
    }

    @Test
    void aBrokenTimestampIsInvalid() {
        enqueueJson(200, "{\"job_id\":\"" + JOB_ID + "\",\"status\":\"COMPLETED\",\"completed_at\":\"yesterday\"}");
        InvalidResponseException e = assertThrows(InvalidResponseException.class, () -> client.completeJob(JOB_ID, JobStatus.COMPLETED));
        assertTrue(e.getMessage().endsWith("Expected an ISO-8601 timestamp but was \"yesterday\""), e.getMessage());
    }

    @Test
    void completionCallsWithModelInsteadOfModelGroupAndAnError() {
        enqueueJson(200, "{\"job_id\":\"" + JOB_ID + "\",\"status\":\"FAILED\",\"costs\":{\"total_calls\":1,\"successful_calls\":0,"
                + "\"failed_calls\":1,\"total_tokens\":0,\"total_cost_usd\":0.0,\"avg_latency_ms\":0,\"credit_applied\":false},"
                + "\"calls\":[{\"call_id\":\"c-9\",\"purpose\":null,\"model\":\"M\",\"tokens\":0,\"latency_ms\":3,\"error\":\"boom\"}]}");
        JobCompletion completion = client.completeJob(JOB_ID, JobStatus.FAILED);
        assertEquals(new JobCompletion.Costs(1, 0, 1, 0, 0.0, 0, false, null), completion.costs());
        assertNull(completion.creditsRemaining());
        assertEquals(List.of(new JobCompletion.Call("c-9", null, "M", 0, 3L, "boom")), completion.calls());
    }

    @Test
    void getJobWithLowerCaseStatusAndNoOptionalFields() {
        enqueueJson(200, "{\"job_id\":\"" + JOB_ID + "\",\"status\":\"pending\"}");
        Job job = client.getJob(JOB_ID);
        assertEquals(JobStatus.PENDING, job.status());
        assertEquals(java.util.Map.of(), job.metadata());
        assertEquals(List.of(), job.modelGroupsUsed());
        assertNull(job.createdAt());
    }
}
