package dev.saasllm.processor.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.acme.templates.FilePrompts;
import com.acme.templates.SaasLlm_FilePrompts;
import dev.saasllm.ChatMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link FilePrompts} compiled by Maven: its files under src/test/resources were copied to the class
 * output before javac ran, where the processor read them.
 */
class PromptFilesGeneratedTest {
    private final FakeJobRunner runner = new FakeJobRunner().answering("ok");
    private final FilePrompts prompts = new SaasLlm_FilePrompts(runner);

    @Test
    void userAndSystemTemplatesComeFromFilesAndStillLoop() {
        prompts.brief("Q3", List.of("revenue", "{costs}"));
        assertEquals(List.of(ChatMessage.system("You brief executives.\nBe brief.\n"),
                ChatMessage.user("Brief me on Q3:\n\n- revenue\n- {costs}\n")), runner.messages);
    }

    @Test
    void aMethodsOwnSystemFileOverridesTheInterfacesAndALeadingSlashIsTheRoot() {
        prompts.inline("tea", List.of("a"));
        assertEquals(List.of(ChatMessage.system("Brief me on tea:\n\n- a\n"), ChatMessage.user("Inline tea")), runner.messages);
    }
}
