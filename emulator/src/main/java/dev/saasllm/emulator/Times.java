package dev.saasllm.emulator;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Timestamps as the server writes them: UTC without a zone, Python's {@code isoformat()}. */
final class Times {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter MICROS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");

    private Times() {}

    static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** {@code 2026-11-27T20:57:34.419921}; Python drops the fraction when it is zero. */
    static String iso(LocalDateTime time) {
        if (time == null) return null;
        return time.getNano() == 0 ? SECONDS.format(time) : MICROS.format(time);
    }

    static long epochSeconds(LocalDateTime time) {
        return time.toEpochSecond(ZoneOffset.UTC);
    }
}
