package dev.saasllm.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.saasllm.CallOptions;
import dev.saasllm.ChatMessage;
import dev.saasllm.JobCompletion;
import dev.saasllm.SaasLlmClient;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension hands tests a real runtime client configured for its emulator. */
class ClientInjectionTest {
    @RegisterExtension
    static final SaasLlmEmulatorExtension EMULATOR =
            new SaasLlmEmulatorExtension(b -> b.teamId("initech").virtualKey("sk-injected").credits(3));

    record Person(String name, int age) {}

    private static final CallOptions MODEL = CallOptions.builder().model("ResumeAgent").build();

    @Test
    void injectsAClientThatTalksToTheEmulator(SaasLlmClient client, SaasLlmEmulator emulator) {
        String jobId = client.createJob("greeting");
        assertEquals("Echo: hello", client.chat(jobId, List.of(ChatMessage.user("hello")), MODEL).content());
        JobCompletion completion = client.completeJob(jobId, dev.saasllm.JobStatus.COMPLETED);
        assertEquals(2, completion.creditsRemaining());
        assertEquals(JobStatus.COMPLETED, emulator.job(jobId).orElseThrow().status());
        assertEquals("initech", emulator.job(jobId).orElseThrow().teamId());
        assertEquals(0, emulator.openJobs());
    }

    @Test
    void structuredOutputIsFilledFromThePrompt(SaasLlmClient client, SaasLlmEmulator emulator) {
        String jobId = client.createJob("extract");
        Person person = client.structuredOutput(jobId,
                List.of(ChatMessage.user("name: Ada Lovelace\nage: 36")), Person.class, MODEL);
        client.completeJob(jobId, dev.saasllm.JobStatus.COMPLETED);
        assertEquals(new Person("Ada Lovelace", 36), person);
        assertEquals(2, emulator.creditsRemaining(), "state was reset before this test");
    }
}
