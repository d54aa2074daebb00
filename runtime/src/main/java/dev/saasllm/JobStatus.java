package dev.saasllm;

import java.util.Locale;

/**
 * The state of a job. Servers answer upper case (older ones lower case); both are accepted. The
 * server's enum also has {@code CANCELLED}, which no current server code path sets; a job read in
 * that state is over, like a completed or failed one.
 */
public enum JobStatus {
    /** Created; no call started yet. */
    PENDING,
    /** Its first call has started; not completed yet. */
    IN_PROGRESS,
    /** Completed successfully (charged one credit). */
    COMPLETED,
    /** Completed as failed. */
    FAILED,
    /** Cancelled; no current server code path sets it. */
    CANCELLED;

    /**
     * The status as sent to {@code complete}: lower case.
     *
     * @return the lower-case status
     */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a status in any case; throws {@link IllegalArgumentException} for an unknown one.
     *
     * @param value a status name, in any case
     * @return the status
     * @throws IllegalArgumentException for an unknown status
     */
    public static JobStatus parse(String value) {
        for (JobStatus status : values()) {
            if (status.name().equalsIgnoreCase(value)) return status;
        }
        throw new IllegalArgumentException("Unknown job status \"" + value + "\"");
    }
}
