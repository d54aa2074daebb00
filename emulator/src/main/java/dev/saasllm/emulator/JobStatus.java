package dev.saasllm.emulator;

import java.util.Locale;

/** The states of a job: {@code PENDING → IN_PROGRESS → COMPLETED | FAILED}. */
public enum JobStatus {
    PENDING,
    IN_PROGRESS,
    COMPLETED,
    FAILED;

    /** True while the job has not settled: a job left open at the end of a test is a leak. */
    public boolean isOpen() {
        return this == PENDING || this == IN_PROGRESS;
    }

    String wire(boolean lowerCase) {
        return lowerCase ? name().toLowerCase(Locale.ROOT) : name();
    }
}
