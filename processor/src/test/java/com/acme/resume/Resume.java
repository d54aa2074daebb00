package com.acme.resume;

import java.util.List;

public record Resume(String name, String email, String phone, int yearsExperience,
                     List<String> skills, String education) {}
