package dev.saasllm.spring.example;

import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;

// tag::service[]
/** An injectable bean: saasllm-processor lists it in its index and the starter registers it. */
@LlmJob(type = "resume_parsing", model = "ResumeAgent")
public interface ResumeParser {
    @Prompt(system = "You extract data from resumes.", value = "Extract structured data from this resume:\n\n{resumeText}")
    Resume parse(String resumeText);
}
// end::service[]
