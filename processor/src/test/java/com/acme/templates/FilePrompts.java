package com.acme.templates;

import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;
import java.util.List;

/** Templates kept in files under src/test/resources/prompts, read when this interface compiles. */
@LlmJob(type = "file_prompts", systemResource = "prompts/briefing-system.txt")
public interface FilePrompts {
    @Prompt(resource = "prompts/briefing-user.txt")
    String brief(String topic, List<String> points);

    @Prompt(value = "Inline {topic}", systemResource = "/prompts/briefing-user.txt")
    String inline(String topic, List<String> points);
}
