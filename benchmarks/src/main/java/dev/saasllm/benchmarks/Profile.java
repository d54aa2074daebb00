package dev.saasllm.benchmarks;

import dev.saasllm.annotations.Description;
import java.util.List;

/** The structured answer both clients read: the size of a typical extraction result. */
public record Profile(
        String name,
        String email,
        String phone,
        @Description("Whole years of professional experience") int yearsExperience,
        List<String> skills,
        String education) {}
