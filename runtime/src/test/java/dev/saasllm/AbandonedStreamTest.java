package dev.saasllm;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.internal.PromptMethod;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** A token stream dropped without close() still fails its job, once the garbage collector finds it. */
class AbandonedStreamTest extends MockServerSupport {
    @Test
    void aStreamDroppedWithoutCloseFailsItsJob() throws Exception {
        enqueueJson(200, created(JOB_ID));
        server.enqueue(eventStream(SseSupport.stream(List.of("a", "b", "c"))).throttleBody(100, 1, TimeUnit.SECONDS).build());
        enqueueJson(200, completion("FAILED"));
        readOneTokenAndDrop();
        RecordedRequest complete = null;
        for (int i = 0; i < 100 && complete == null; i++) { // up to 10 s: a loaded machine collects late
            System.gc();
            RecordedRequest next = server.takeRequest(100, TimeUnit.MILLISECONDS);
            if (next != null && next.getTarget().endsWith("/complete")) complete = next;
        }
        assertNotNull(complete, "the dropped stream's job was not completed");
        assertTrue(complete.getBody().utf8().contains("\"status\":\"failed\""));
    }

    private void readOneTokenAndDrop() {
        PromptMethod<String> chat = PromptMethod.chat("com.acme.Chat", "talk", "chat", CallOptions.NONE);
        Iterator<String> tokens = client.runner().stream(chat, dev.saasllm.internal.Invocation.of(List.of(ChatMessage.user("Hi")))).iterator();
        tokens.next();
    }
}
