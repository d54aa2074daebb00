package it;

import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;

@LlmJob
public interface Parser {
    @Prompt(resource = "prompts/parse.txt")
    String parse(String text);
}
