package dev.saasllm.processor.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.resume.Resume;
import com.acme.resume.ResumeParser;
import com.acme.resume.SaasLlm_ResumeParser;
import dev.saasllm.CallOptions;
import dev.saasllm.ChatMessage;
import dev.saasllm.InvalidOutputException;
import dev.saasllm.internal.Invocation;
import dev.saasllm.model.GeneratedNames;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quick-start interface, processed at test-compile time by this module's processor. */
class ResumeParserGeneratedTest {
    private static final String RESUME_JSON = "{\"name\":\"Ada\",\"email\":\"ada@example.com\",\"phone\":\"1\","
            + "\"yearsExperience\":7,\"skills\":[\"Java\",\"SQL\"],\"education\":\"BSc\"}";

    private final FakeJobRunner runner = new FakeJobRunner();
    private final ResumeParser parser = new SaasLlm_ResumeParser(runner);

    @Test
    void generatedClassHasTheSharedName() {
        assertEquals(SaasLlm_ResumeParser.class.getName(), GeneratedNames.implementationName(ResumeParser.class));
    }

    @Test
    void structuredMethodSendsSystemAndUserMessagesAndParsesTheRecord() {
        Resume resume = parser.parse(runnerAnswer("```json\n" + RESUME_JSON + "\n```"));

        assertEquals(new Resume("Ada", "ada@example.com", "1", 7, List.of("Java", "SQL"), "BSc"), resume);
        assertEquals(List.of(ChatMessage.system("You extract data from resumes."),
                ChatMessage.user("Extract structured data from this resume:\n\nJane {x} Doe")), runner.messages);
        assertEquals("com.acme.resume.ResumeParser", runner.method.service());
        assertEquals("parse", runner.method.method());
        assertEquals("resume_parsing", runner.method.jobType());
        assertEquals(CallOptions.builder().model("ResumeAgent").build(), runner.method.options());
        assertEquals("Resume", runner.method.schemaName());
        assertEquals("{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"},\"email\":{\"type\":\"string\"},"
                + "\"phone\":{\"type\":\"string\"},\"yearsExperience\":{\"type\":\"integer\"},"
                + "\"skills\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"education\":{\"type\":\"string\"}},"
                + "\"required\":[\"name\",\"email\",\"phone\",\"yearsExperience\",\"skills\",\"education\"],"
                + "\"additionalProperties\":false}", runner.method.schemaJson());
    }

    private String runnerAnswer(String answer) {
        runner.answering(answer);
        return "Jane {x} Doe"; // braces in an argument are text, never template
    }

    @Test
    void parsedListsAreUnmodifiable() {
        Resume resume = parser.parse(runnerAnswer(RESUME_JSON));
        assertThrows(UnsupportedOperationException.class, () -> resume.skills().add("x"));
    }

    @Test
    void unknownPropertiesAreSkipped() {
        Resume resume = parser.parse(runnerAnswer(RESUME_JSON.replace("{\"name\"", "{\"extra\":{\"a\":[1]},\"name\"")));
        assertEquals("Ada", resume.name());
    }

    @Test
    void chatMethodReturnsTheTextAndHasNoSchema() {
        runner.answering("A short summary.");
        assertEquals("A short summary.", parser.summarize("long text"));
        assertFalse(runner.method.structured());
        assertNull(runner.method.schemaJson());
        assertEquals(List.of(ChatMessage.user("Summarize in 2-3 sentences:\n\nlong text")), runner.messages);
        assertEquals("run", runner.called);
        assertEquals(Invocation.of(runner.messages), runner.invocation, "a plain call passes just its messages");
    }

    @Test
    void nullArgumentRendersAsNothing() {
        runner.answering("ok");
        parser.summarize(null);
        assertEquals("Summarize in 2-3 sentences:\n\n", runner.messages.get(0).content());
    }

    @Test
    void missingPropertyIsInvalidOutputWithTheRawContent() {
        String answer = RESUME_JSON.replace("\"phone\":\"1\",", "");
        InvalidOutputException e = assertThrows(InvalidOutputException.class, () -> parser.parse(runnerAnswer(answer)));
        assertTrue(e.getMessage().contains("phone"), e.getMessage());
        assertEquals(answer, e.rawContent());
    }

    @Test
    void nullForANonNullComponentIsInvalidOutput() {
        InvalidOutputException e = assertThrows(InvalidOutputException.class,
                () -> parser.parse(runnerAnswer(RESUME_JSON.replace("\"BSc\"", "null"))));
        assertTrue(e.getMessage().contains("education"), e.getMessage());
    }

    @Test
    void wrongTypeIsInvalidOutput() {
        assertThrows(InvalidOutputException.class, () -> parser.parse(runnerAnswer(RESUME_JSON.replace("7", "\"seven\""))));
    }

    @Test
    void notJsonIsInvalidOutput() {
        assertThrows(InvalidOutputException.class, () -> parser.parse(runnerAnswer("I cannot do that.")));
    }

    @Test
    void parametersNamedLikeGeneratedMembersDoNotShadowThem() {
        runner.answering("fine");
        assertEquals("fine", new com.acme.resume.SaasLlm_ShadowingNames(runner).echo("a", "b", "c"));
        assertEquals("echo", runner.method.method());
        assertEquals(List.of(ChatMessage.user("a b c")), runner.messages);
    }
}
