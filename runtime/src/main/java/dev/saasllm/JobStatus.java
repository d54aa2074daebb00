package dev.saasllm;

import java.util.Locale;

/**
 * The state of a job. Servers answer upper case (older ones lower case); both are accepted. The
 * server's enum also has {@code CANCELLED}, which no current server code path sets; a job read in
 * that state is over, like a completed or failed one.
 */
public enum JobStatus {
    PENDING, IN_PROGRESS, COMPLETED, FAILED, CANCELLED;

    /** The status as sent to {@code complete}: lower case. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a status in any case; throws {@link IllegalArgumentException} for an unknown one. */
    public static JobStatus parse(String value) {
        for (JobStatus status : values()) {
            if (status.name().equalsIgnoreCase(value)) return status;
        }
        throw new IllegalArgumentException("Unknown job status \"" + value + "\"");
    }
}
