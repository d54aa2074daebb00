package dev.saasllm.examples;

import dev.saasllm.SaasLlmClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The README's quick start as a program: parses the resume in the file named by its argument on the server the
 * {@code SAAS_LITELLM_*} variables name ({@link RunAllExamples} shows the same against the emulator).
 */
public final class QuickStart {
    public static void main(String[] args) throws IOException {
        String text = Files.readString(Path.of(args[0]));
        // tag::client[]
        try (SaasLlmClient client = SaasLlmClient.fromEnv()) {   // or SaasLlmClient.builder()...build()
            ResumeParser parser = client.create(ResumeParser.class);
            Resume resume = parser.parse(text);
            System.out.println(resume);
        }
        // end::client[]
    }
}
