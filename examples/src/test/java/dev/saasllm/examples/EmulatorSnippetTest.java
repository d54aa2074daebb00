package dev.saasllm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.saasllm.SaasLlmClient;
import dev.saasllm.emulator.SaasLlmEmulator;
import dev.saasllm.emulator.SaasLlmEmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The emulator snippet of docs/emulator.md, run as a test ({@link DocumentationTest} keeps the page equal to it). */
class EmulatorSnippetTest {
    // tag::emulator[]
    @RegisterExtension
    static final SaasLlmEmulatorExtension EMULATOR = new SaasLlmEmulatorExtension();

    @Test
    void parsesResume(SaasLlmEmulator emulator, SaasLlmClient client) {
        Resume resume = client.create(ResumeParser.class).parse("Name: Ada\nYears experience: 7");
        assertEquals(7, resume.yearsExperience());
        assertEquals(0, emulator.openJobs());          // no job left pending or in progress
    }
    // end::emulator[]

    @Test
    void theSnippetDoesWhatThePageSays(SaasLlmEmulator emulator, SaasLlmClient client) {
        Resume resume = client.create(ResumeParser.class).parse("Name: Ada\nYears experience: 7");

        assertEquals("Ada", resume.name());
        assertEquals(1, emulator.jobs().size());
        assertEquals("resume_parsing", emulator.jobs().get(0).jobType());
        assertEquals(999, emulator.creditsRemaining(), "one credit for the one job");
    }
}
