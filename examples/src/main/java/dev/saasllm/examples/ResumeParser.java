package dev.saasllm.examples;

import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;

/**
 * The README's quick start: the processor generates {@code SaasLlm_ResumeParser} from this. The
 * parse prompt lives in {@code src/main/resources/prompts/parse-resume.txt}, read when this compiles.
 */
// tag::service[]
@LlmJob(type = "resume_parsing", model = "ResumeAgent")
public interface ResumeParser {
    @Prompt(system = "You extract data from resumes.", resource = "prompts/parse-resume.txt")
    Resume parse(String resumeText);

    @Prompt("Summarize in 2-3 sentences:\n\n{text}")
    String summarize(String text);
}
// end::service[]
