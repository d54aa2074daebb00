package com.acme.resume;

import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;

@LlmJob(type = "resume_parsing", model = "ResumeAgent")
public interface ResumeParser {
    @Prompt(system = "You extract data from resumes.",
            value = "Extract structured data from this resume:\n\n{resumeText}")
    Resume parse(String resumeText);

    @Prompt("Summarize in 2-3 sentences:\n\n{text}")
    String summarize(String text);
}
