package dev.saasllm.internal.wire;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Server timestamps come with a zone ({@code 2026-11-27T20:57:34Z}) or without one
 * ({@code 2026-11-27T20:57:34.419921}, from the server's UTC clock); both become an {@link Instant},
 * zone-less ones read as UTC.
 */
final class Timestamps {
    private Timestamps() {}

    static Instant parse(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutZone) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Expected an ISO-8601 timestamp but was \"" + text + "\"", e);
            }
        }
    }
}
