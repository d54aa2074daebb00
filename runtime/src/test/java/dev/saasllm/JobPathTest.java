package dev.saasllm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The job POSTs build their URLs with OkHttp directly: ids are one encoded path segment, never a traversal. */
class JobPathTest extends MockServerSupport {
    @Test
    void jobIdIsOneEncodedPathSegmentWithTheKeyInTheHeader() throws Exception {
        enqueueJson(200, callAnswer("hi"));
        client.chat("a/b c", List.of(ChatMessage.user("x")));
        RecordedRequest request = server.takeRequest();
        assertEquals("/api/jobs/a%2Fb%20c/llm-call", request.getTarget());
        assertEquals("Bearer " + KEY, request.getHeaders().get("Authorization"));
        assertEquals(1, request.getHeaders().values("Authorization").size());
    }

    @Test
    void dotSegmentsAreRefusedBeforeAnythingIsSent() {
        for (String id : List.of(".", "..")) {
            assertThrows(IllegalArgumentException.class, () -> client.chat(id, List.of(ChatMessage.user("x"))));
            assertThrows(IllegalArgumentException.class, () -> client.completeJob(id, JobStatus.COMPLETED));
        }
        assertEquals(0, server.getRequestCount());
    }
}
