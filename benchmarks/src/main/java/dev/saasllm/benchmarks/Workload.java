package dev.saasllm.benchmarks;

/** The request every benchmark sends: a short profile the emulator fills the answer from. */
final class Workload {
    static final String TEAM = "bench-team";
    static final String KEY = "sk-bench-0123456789abcdef";
    static final String MODEL = "ProfileAgent";
    static final String JOB_TYPE = "profile_extraction";
    static final String SYSTEM = "You extract data from profiles.";

    static final String TEXT = String.join("\n",
            "name: Ada Lovelace",
            "email: ada@example.com",
            "phone: +44 20 7946 0000",
            "years experience: 12",
            "skills: mathematics, analysis, programming, writing",
            "education: Private tutoring in mathematics and science");

    /** The user message {@link ProfileExtractor#extract} renders from {@link #TEXT}. */
    static final String USER_MESSAGE = "Extract the profile:\n\n" + TEXT;

    private Workload() {}

    /** Throws unless {@code p} is the answer the emulator gives for {@link #TEXT}. */
    static Profile check(Profile p) {
        if (p == null || p.yearsExperience() != 12 || p.skills().size() != 4 || !"Ada Lovelace".equals(p.name())) {
            throw new IllegalStateException("Unexpected answer: " + p);
        }
        return p;
    }
}
