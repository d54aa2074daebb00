package dev.saasllm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.saasllm.emulator.JobStatus;
import dev.saasllm.emulator.SaasLlmEmulator;
import dev.saasllm.emulator.ServerRelease;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The streaming example, scripted and with typed-in input, against the embedded emulator. */
class StreamingChatExampleTest {
    interface Body {
        void run() throws Exception;
    }

    private static String captureOut(Body body) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            body.run();
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void scriptedConversationStreamsEveryAnswerAndSettlesEveryJob() throws Exception {
        String url = System.getenv("SAAS_LITELLM_API_URL");
        assumeTrue(url == null || url.isBlank(), "SAAS_LITELLM_API_URL is set: the example would use that server");
        try (ExampleServer server = ExampleServer.open()) {
            SaasLlmEmulator emulator = server.emulator();
            emulator.settings().release(ServerRelease.FIXED);
            String out = captureOut(() -> StreamingChat.run(server));
            assertTrue(out.contains("Assistant: Echo: What is Java?"), out);
            assertTrue(out.contains("Assistant: Echo: And what is a stream?"), out);
            assertTrue(out.contains("Generated, callback: [Echo][: Te]"), out);
            assertTrue(out.contains("final:    Contact[name=Ada Lovelace, email=ada@example.com, skills=[math, poetry]]"), out);
            assertEquals(0, emulator.openJobs());
            assertEquals(1, emulator.jobCount(JobStatus.FAILED), "the stream closed early");
            assertEquals(4, emulator.jobCount(JobStatus.COMPLETED), "callback, two records, the chat session");
            assertTrue(out.contains("Chat ended: one job, 2 streamed turns."), out);
        }
    }

    @Test
    void typedInputEndsAtBye() throws Exception {
        String url = System.getenv("SAAS_LITELLM_API_URL");
        assumeTrue(url == null || url.isBlank(), "SAAS_LITELLM_API_URL is set: the example would use that server");
        try (ExampleServer server = ExampleServer.open()) {
            String out = captureOut(() -> StreamingChat.run(server, new BufferedReader(new StringReader("Hi there\nBYE\nnever sent\n"))));
            assertTrue(out.contains("Assistant: Echo: Hi there"), out);
            assertTrue(!out.contains("never sent"), out);
            assertEquals(0, server.emulator().openJobs());
        }
    }
}
