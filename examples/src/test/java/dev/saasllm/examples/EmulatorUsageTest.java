package dev.saasllm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.saasllm.SaasLlmClient;
import dev.saasllm.emulator.SaasLlmEmulator;
import dev.saasllm.emulator.SaasLlmEmulatorExtension;
import dev.saasllm.emulator.ServerRelease;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The two ways docs/emulator.md and emulator/README.md start an emulator, run as tests ({@link DocumentationTest} keeps the pages equal). */
class EmulatorUsageTest {
    // tag::extension[]
    @RegisterExtension
    static final SaasLlmEmulatorExtension EMULATOR =
            new SaasLlmEmulatorExtension(b -> b.credits(5).release(ServerRelease.FIXED));

    @Test
    void parsesResume(SaasLlmEmulator emulator, SaasLlmClient client) {
        Resume resume = client.create(ResumeParser.class).parse("Name: Ada\nYears experience: 7");
        assertEquals(7, resume.yearsExperience());
        assertEquals(0, emulator.openJobs());          // no job left pending or in progress
        assertEquals(4, emulator.creditsRemaining());  // the preset's 5 credits, less the job's one
    }
    // end::extension[]

    @Test
    void theSnippetsJobIsOneResumeParsingJob(SaasLlmEmulator emulator, SaasLlmClient client) {
        Resume resume = client.create(ResumeParser.class).parse("Name: Ada\nYears experience: 7");

        assertEquals("Ada", resume.name());
        assertEquals(1, emulator.jobs().size());
        assertEquals("resume_parsing", emulator.jobs().get(0).jobType());
    }

    @Test
    void inProcess() {
        // tag::in-process[]
        try (SaasLlmEmulator emulator = SaasLlmEmulator.builder()
                .teamId("acme-corp").virtualKey("sk-emulator-test").credits(1000) // all optional
                .start();                                                          // free port
             SaasLlmClient client = SaasLlmClient.builder()
                     .baseUrl(emulator.baseUrl()).teamId(emulator.teamId()).virtualKey(emulator.virtualKey())
                     .build()) {
            Resume resume = client.create(ResumeParser.class).parse("Name: Ada\nYears experience: 7");
            assertEquals(7, resume.yearsExperience());
            assertEquals(0, emulator.openJobs());            // no job left pending or in progress
            assertEquals(999, emulator.creditsRemaining());
        }
        // end::in-process[]
    }
}
