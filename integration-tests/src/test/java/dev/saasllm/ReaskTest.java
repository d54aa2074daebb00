package dev.saasllm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.fixtures.Greeter;
import dev.saasllm.fixtures.Mood;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An unreadable structured answer is shown to the model with what was wrong, in the same job. */
class ReaskTest extends MockServerSupport {
    private static final String CALL_PATH = "/api/jobs/" + JOB_ID + "/llm-call";
    private static final String COMPLETE_PATH = "/api/jobs/" + JOB_ID + "/complete";

    private void reasking(int times) {
        client.close();
        client = SaasLlmClient.builder().baseUrl(server.url("/").toString()).teamId(TEAM).virtualKey(KEY)
                .createAndCall(CreateAndCall.NEVER)
                .timeout(Duration.ofSeconds(10)).maxReasks(times).build();
    }

    @Test
    void anInvalidAnswerIsAskedForAgainWithTheProblemAndTheAnswer() throws Exception {
        reasking(2);
        enqueueJson(200, created(JOB_ID));
        enqueueJson(200, callAnswer("{\"label\":\"happy\"}"));
        enqueueJson(200, callAnswer("{\"label\":\"happy\",\"score\":0.9}"));
        enqueueJson(200, completion("COMPLETED"));

        assertEquals(new Mood("happy", 0.9), client.create(Greeter.class).mood("What a day!"));

        take("POST", "/api/jobs/create");
        String first = take("POST", CALL_PATH).getBody().utf8();
        String second = take("POST", CALL_PATH).getBody().utf8();
        assertTrue(first.contains("\"messages\":[{\"role\":\"system\",\"content\":\"Rate the mood.\"},"
                + "{\"role\":\"user\",\"content\":\"What a day!\"}]"), first);
        assertTrue(second.contains("\"messages\":[{\"role\":\"system\",\"content\":\"Rate the mood.\"},"
                + "{\"role\":\"user\",\"content\":\"What a day!\"},"
                + "{\"role\":\"assistant\",\"content\":\"{\\\"label\\\":\\\"happy\\\"}\"},"
                + "{\"role\":\"user\",\"content\":\"Your previous answer could not be used: "), second);
        assertTrue(second.contains("score"), "the problem names the missing property: " + second);
        assertTrue(second.contains("\"response_format\""), "the schema is sent again");
        assertEquals("{\"status\":\"completed\"}", take("POST", COMPLETE_PATH).getBody().utf8());
        assertEquals(4, server.getRequestCount(), "one job");
    }

    @Test
    void aRefusalIsAskedForAgainInTheSameJob() throws Exception {
        reasking(1);
        enqueueJson(200, created(JOB_ID));
        // The current server's answer when the model's message content is null (a refusal).
        enqueueJson(200, "{\"call_id\":\"c-7\",\"response\":{\"content\":null,\"finish_reason\":\"stop\"},"
                + "\"metadata\":{\"tokens_used\":31,\"latency_ms\":640,\"model\":\"GreeterModel\"}}");
        enqueueJson(200, callAnswer("{\"label\":\"calm\",\"score\":0.4}"));
        enqueueJson(200, completion("COMPLETED"));

        assertEquals(new Mood("calm", 0.4), client.create(Greeter.class).mood("x"));

        take("POST", "/api/jobs/create");
        take("POST", CALL_PATH);
        String second = take("POST", CALL_PATH).getBody().utf8();
        // No empty assistant message (some providers refuse one): the correction follows the question.
        assertTrue(second.contains("\"messages\":[{\"role\":\"system\",\"content\":\"Rate the mood.\"},"
                + "{\"role\":\"user\",\"content\":\"x\"},{\"role\":\"user\",\"content\":\"Your previous answer could not be used: "
                + "the answer has no content (the model declined to answer). "), second);
        assertEquals("{\"status\":\"completed\"}", take("POST", COMPLETE_PATH).getBody().utf8());
        assertEquals(4, server.getRequestCount(), "one job");
    }

    @Test
    void aRefusalWithNoReaskLeftFailsTheJobAsARefusal() throws Exception {
        reasking(0);
        enqueueJson(200, created(JOB_ID));
        enqueueJson(200, "{\"call_id\":\"c-7\",\"response\":{\"content\":null,\"finish_reason\":\"stop\"},"
                + "\"metadata\":{\"tokens_used\":31,\"latency_ms\":640,\"model\":\"GreeterModel\"}}");
        enqueueJson(200, completion("FAILED"));

        RefusalException e = assertThrows(RefusalException.class, () -> client.create(Greeter.class).greet("Ada"));
        assertEquals(JOB_ID, e.jobId());
        take("POST", "/api/jobs/create");
        take("POST", CALL_PATH);
        String body = take("POST", COMPLETE_PATH).getBody().utf8();
        assertTrue(body.startsWith("{\"status\":\"failed\",\"error_message\":\"RefusalException: "), body);
    }

    @Test
    void afterTheLastReaskTheExceptionHoldsEveryAnswerAndProblem() throws Exception {
        reasking(2);
        enqueueJson(200, created(JOB_ID));
        enqueueJson(200, callAnswer("not json"));
        enqueueJson(200, callAnswer("{\"label\":\"happy\"}"));
        enqueueJson(200, callAnswer("{\"label\":\"sad\",\"score\":\"high\"}"));
        enqueueJson(200, completion("FAILED"));

        OutputRejectedException e = assertThrows(OutputRejectedException.class, () -> client.create(Greeter.class).mood("x"));
        assertEquals(List.of("not json", "{\"label\":\"happy\"}", "{\"label\":\"sad\",\"score\":\"high\"}"), e.rawAnswers());
        assertEquals(3, e.problems().size());
        assertTrue(e.problems().get(1).contains("score"), e.problems().get(1));
        assertEquals("{\"label\":\"sad\",\"score\":\"high\"}", e.rawContent());
        assertEquals(JOB_ID, e.jobId());
        assertTrue(e.getMessage().startsWith("Invalid structured output in all 3 answers (asked again 2 times) in job " + JOB_ID),
                e.getMessage());
        take("POST", "/api/jobs/create");
        for (int i = 0; i < 3; i++) take("POST", CALL_PATH);
        String body = take("POST", COMPLETE_PATH).getBody().utf8();
        assertTrue(body.startsWith("{\"status\":\"failed\",\"error_message\":\"OutputRejectedException: "), body);
        assertEquals(5, server.getRequestCount());
        assertNoKey(e);
    }

    @Test
    void aCallsOwnCountOverridesTheClientsAndZeroTurnsReaskingOff() throws Exception {
        reasking(0);
        enqueueJson(200, created(JOB_ID));
        enqueueJson(200, callAnswer("not json"));
        enqueueJson(200, completion("FAILED"));

        InvalidOutputException e = assertThrows(InvalidOutputException.class, () -> client.create(Greeter.class).mood("x"));
        assertFalse(e instanceof OutputRejectedException);
        assertEquals(3, server.getRequestCount());
        assertEquals(3, client.jobs().maxReasks(CallOptions.builder().maxReasks(3).build()));
        assertEquals(0, client.jobs().maxReasks(CallOptions.NONE));
    }

    @Test
    void chatAnswersAreNeverReasked() throws Exception {
        reasking(2);
        enqueueJson(200, created(JOB_ID));
        enqueueJson(200, callAnswer("anything goes"));
        enqueueJson(200, completion("COMPLETED"));
        assertEquals("anything goes", client.create(Greeter.class).greet("Ada"));
        assertEquals(3, server.getRequestCount());
    }
}
