package dev.saasllm.spring.example;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Parses resumes over HTTP through an injected {@code @LlmJob} service. Run it against a server
 * with {@code SAASLLM_TEAM_ID} and {@code SAASLLM_VIRTUAL_KEY} (and {@code SAASLLM_BASE_URL}) set.
 */
@SpringBootApplication
public class ResumeApplication {
    public static void main(String[] args) {
        SpringApplication.run(ResumeApplication.class, args);
    }
}
