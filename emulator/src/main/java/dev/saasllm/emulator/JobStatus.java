package dev.saasllm.emulator;

import java.util.Locale;

/**
 * The states of a job: {@code PENDING → IN_PROGRESS → COMPLETED | FAILED}. {@code CANCELLED} is in
 * the server's enum; only v1.0.0 and v0.2.0 let a client set it (complete with {@code cancelled}).
 */
public enum JobStatus {
    /** Created; no call made yet. */
    PENDING,
    /** Its first call was made; not settled yet. */
    IN_PROGRESS,
    /** Completed successfully. */
    COMPLETED,
    /** Completed as failed. */
    FAILED,
    /** In the server's enum, but set by no code path. */
    CANCELLED;

    /**
     * True while the job has not settled: a job left open at the end of a test is a leak.
     *
     * @return true for {@code PENDING} and {@code IN_PROGRESS}
     */
    public boolean isOpen() {
        return this == PENDING || this == IN_PROGRESS;
    }

    String wire(boolean lowerCase) {
        return lowerCase ? name().toLowerCase(Locale.ROOT) : name();
    }

    /** Python's {@code JobStatus(value)}: the status whose value is exactly {@code value}, or null. */
    static JobStatus ofValue(String value, boolean lowerCase) {
        for (JobStatus s : values()) {
            if (s.wire(lowerCase).equals(value)) return s;
        }
        return null;
    }
}
