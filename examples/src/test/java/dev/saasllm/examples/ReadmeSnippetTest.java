package dev.saasllm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.SaasLlmClient;
import dev.saasllm.emulator.SaasLlmEmulator;
import dev.saasllm.emulator.SaasLlmEmulatorExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's emulator snippet, as a test: if either changes, this fails. */
class ReadmeSnippetTest {
    // ---- the README's snippet, verbatim ---------------------------------------------------
    @RegisterExtension
    static final SaasLlmEmulatorExtension EMULATOR = new SaasLlmEmulatorExtension();

    @Test
    void parsesResume(SaasLlmEmulator emulator, SaasLlmClient client) {
        Resume resume = client.create(ResumeParser.class).parse("Name: Ada\nYears experience: 7");
        assertEquals(7, resume.yearsExperience());
        assertEquals(0, emulator.openJobs());          // no job left pending or in progress
    }
    // ---- end of the snippet ---------------------------------------------------------------

    @Test
    void theSnippetDoesWhatTheReadmeSays(SaasLlmEmulator emulator, SaasLlmClient client) {
        Resume resume = client.create(ResumeParser.class).parse("Name: Ada\nYears experience: 7");

        assertEquals("Ada", resume.name());
        assertEquals(1, emulator.jobs().size());
        assertEquals("resume_parsing", emulator.jobs().get(0).jobType());
        assertEquals(999, emulator.creditsRemaining(), "one credit for the one job");
    }

    @Test
    void theReadmeShowsExactlyTheSnippetAbove() throws IOException {
        List<String> snippet = readmeSnippet(Files.readString(Path.of("..", "README.md")));
        String source = Files.readString(Path.of("src/test/java/dev/saasllm/examples/ReadmeSnippetTest.java"));
        String ours = source.substring(source.indexOf("verbatim"), source.indexOf("end of the snippet"));

        assertTrue(snippet.size() >= 6, "snippet found: " + snippet);
        int from = 0;
        for (String line : snippet) {
            int at = ours.indexOf(line, from);
            assertTrue(at >= 0, "README line not in this test (in order): " + line);
            from = at + line.length();
        }
    }

    @Test
    void theQuickStartIsTheExampleAsWrittenWithItsPromptFile() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        String parser = Files.readString(Path.of("src/main/java/dev/saasllm/examples/ResumeParser.java"));
        int declared = readme.indexOf("public interface ResumeParser {");
        assertTrue(declared >= 0, "the README no longer declares ResumeParser");
        String block = readme.substring(readme.lastIndexOf("```java", declared), readme.indexOf("```", declared));
        for (String line : block.lines().skip(1).map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("public record")
                && !l.startsWith("List<String>")).toList()) {
            assertTrue(parser.contains(line), "README line not in ResumeParser.java: " + line);
        }
        int text = readme.indexOf("```text", declared) + "```text".length();
        assertEquals(Files.readString(Path.of("src/main/resources/prompts/parse-resume.txt")).strip(),
                readme.substring(text, readme.indexOf("```", text)).strip(), "the README shows the prompt file as it is");
    }

    /** The non-blank lines of the README's java block that declares {@code parsesResume}, trimmed. */
    private static List<String> readmeSnippet(String readme) {
        int method = readme.indexOf("void parsesResume(");
        assertTrue(method >= 0, "the README no longer shows parsesResume");
        int start = readme.lastIndexOf("```java", method) + "```java".length();
        int end = readme.indexOf("```", method);
        return readme.substring(start, end).lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
    }
}
