package dev.saasllm;

import dev.saasllm.internal.schema.PartialRecords;
import dev.saasllm.internal.schema.StructuredTypes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.internal.AnswerReader;
import dev.saasllm.internal.PartialReader;
import dev.saasllm.internal.PartialValues;
import dev.saasllm.internal.PromptMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Snapshots made by a given (generated) reader: no reflection, refused snapshots skipped. */
class PartialReaderStreamingTest extends MockServerSupport {
    private static final List<ChatMessage> HELLO = List.of(ChatMessage.user("Hello"));

    /** The reflective reader refuses an {@code Object} component: only the given reader can make these. */
    record Tagged(String name, Object tag) {
        Tagged {
            if ("a".equals(tag)) throw new IllegalArgumentException("refused");
        }
    }

    private static final PromptMethod<Tagged> TAGGED = PromptMethod.structured("com.acme.Tags", "tag", "tags",
            CallOptions.NONE, "Tagged", "{\"type\":\"object\"}",
            (AnswerReader<Tagged>) content -> new Tagged("done", "t"));

    private static final PartialReader<Tagged> READER = tree -> {
        Map<String, Object> map = PartialValues.asObject(tree);
        return map == null ? null : new Tagged(PartialValues.asString(map.get("name")), PartialValues.asString(map.get("tag")));
    };

    private void enqueueStream(List<String> deltas) {
        server.enqueue(eventStream(SseSupport.stream(deltas)).build());
    }

    @Test
    void theReflectivePathCannotReadThisRecord() {
        assertThrows(RuntimeException.class, () -> PartialRecords.of(Tagged.class));
    }

    @Test
    void snapshotsComeFromTheGivenReaderAndARefusedOneIsSkipped() throws Exception {
        enqueueJson(200, created(JOB_ID));
        // The tag cut short to "a" makes the constructor throw: that snapshot is skipped, the job still completes.
        enqueueStream(List.of("{\"name\":\"n\"", ",\"tag\":\"a", "b\"}"));
        enqueueJson(200, completion("COMPLETED"));
        List<Tagged> seen = new ArrayList<>();
        Tagged result = client.runner().runStreaming(TAGGED, dev.saasllm.internal.Invocation.of(HELLO), READER, seen::add);
        assertEquals(new Tagged("done", "t"), result);
        assertEquals(List.of(new Tagged("n", null), new Tagged("n", "ab")), seen);
        take("POST", "/api/jobs/create");
        take("POST", "/api/jobs/" + JOB_ID + "/llm-call-stream");
        assertTrue(take("POST", "/api/jobs/" + JOB_ID + "/complete").getBody().utf8().contains("\"status\":\"completed\""));
    }
}
