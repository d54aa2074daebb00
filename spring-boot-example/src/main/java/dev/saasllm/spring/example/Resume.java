package dev.saasllm.spring.example;

import dev.saasllm.annotations.Description;
import java.util.List;

/** What {@link ResumeParser} extracts from a resume; the endpoint answers it as JSON. */
public record Resume(
        String name,
        String email,
        @Description("Whole years of professional experience") int yearsExperience,
        List<String> skills) {}
