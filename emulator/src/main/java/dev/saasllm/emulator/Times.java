package dev.saasllm.emulator;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Timestamps as the server writes them: naive UTC {@code datetime}s from {@code datetime.utcnow()}. */
final class Times {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter MICROS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");

    private Times() {}

    static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** Python's {@code isoformat()}: {@code 2026-11-27T20:57:34.419921}, no fraction when it is zero. */
    static String iso(LocalDateTime time) {
        if (time == null) return null;
        return time.getNano() == 0 ? SECONDS.format(time) : MICROS.format(time);
    }

    /** The server's {@code to_utc_isoformat}: seconds and a {@code Z}, {@code 2026-11-27T20:57:34Z}. */
    static String zulu(LocalDateTime time) {
        return time == null ? null : SECONDS.format(time) + "Z";
    }

    static long epochSeconds(LocalDateTime time) {
        return time.toEpochSecond(ZoneOffset.UTC);
    }
}
