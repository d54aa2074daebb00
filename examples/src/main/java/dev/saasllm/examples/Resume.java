package dev.saasllm.examples;

import dev.saasllm.annotations.Description;
import java.util.List;

/** What {@link ResumeParser} extracts from a resume. */
// tag::record[]
public record Resume(
        String name,
        String email,
        String phone,
        @Description("Whole years of professional experience") int yearsExperience,
        List<String> skills,
        String education) {}
// end::record[]
