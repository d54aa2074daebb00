package dev.saasllm.examples;

import dev.saasllm.ChatMessage;
import dev.saasllm.JobCompletion;
import dev.saasllm.JobStatus;
import dev.saasllm.SaasLlmClient;
import java.util.List;

/**
 * The seed's "Structured Data Extraction", with a generated service: each call opens a
 * {@code resume_parsing} job, asks for the {@link Resume} schema and completes the job.
 */
public final class ResumeParsing {
    static final String RESUME_TEXT = """
            Name: John Doe
            Email: john@example.com
            Phone: (555) 123-4567

            Years experience: 5 years as a software engineer

            SKILLS: Python, JavaScript, React, Docker, Kubernetes

            EDUCATION: BS in Computer Science, MIT
            """;

    public static void main(String[] args) {
        try (ExampleServer server = ExampleServer.open()) {
            run(server);
        }
    }

    static void run(ExampleServer server) {
        try (SaasLlmClient client = server.client()) {
            ResumeParser parser = client.create(ResumeParser.class);

            Resume resume = parser.parse(RESUME_TEXT);
            System.out.println("Name: " + resume.name());
            System.out.println("Email: " + resume.email());
            System.out.println("Experience: " + resume.yearsExperience() + " years");
            System.out.println("Skills: " + String.join(", ", resume.skills()));

            System.out.println("Summary: " + parser.summarize(RESUME_TEXT));

            // The same extraction with the programmatic client, which hands back the completion.
            String jobId = client.createJob("resume_parsing");
            try {
                Resume again = client.structuredOutput(jobId,
                        List.of(ChatMessage.user("Extract structured data from this resume:\n\n" + RESUME_TEXT)), Resume.class);
                JobCompletion result = client.completeJob(jobId, JobStatus.COMPLETED);
                System.out.println("Typed client: " + again.name() + ", credits remaining: " + result.creditsRemaining());
            } catch (RuntimeException e) {
                client.completeJob(jobId, JobStatus.FAILED, null, e.getMessage());
                throw e;
            }
        }
    }
}
