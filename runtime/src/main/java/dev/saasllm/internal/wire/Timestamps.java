package dev.saasllm.internal.wire;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Server timestamps come with a zone ({@code 2026-11-27T20:57:34Z}) or without one
 * ({@code 2026-11-27T20:57:34.419921}, from the server's UTC clock); both become an {@link Instant},
 * zone-less ones read as UTC.
 *
 * <p>Every job answer carries one or two, so the shapes the server writes are read by hand
 * ({@code java.time}'s parsers allocate a few KB each and would throw on every zone-less one);
 * anything else goes to {@code java.time}, which has the last word.
 */
final class Timestamps {
    private Timestamps() {}

    static Instant parse(String text) {
        Instant fast = parseCommon(text);
        if (fast != null) return fast;
        try {
            return hasZone(text) ? OffsetDateTime.parse(text).toInstant() : LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Expected an ISO-8601 timestamp but was \"" + text + "\"", e);
        }
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}][Z|±hh:mm]}, or null for any other shape or an invalid date. */
    private static Instant parseCommon(String s) {
        int n = s.length();
        if (n < 19 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2);
        int hour = digits(s, 11, 2), minute = digits(s, 14, 2), second = digits(s, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) return null;
        int i = 19, nanos = 0;
        if (i < n && s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && i - start < 9 && isDigit(s.charAt(i))) nanos = nanos * 10 + (s.charAt(i++) - '0');
            if (i == start || (i < n && isDigit(s.charAt(i)))) return null;
            for (int k = i - start; k < 9; k++) nanos *= 10;
        }
        int offsetSeconds = 0;
        if (i < n) {
            char c = s.charAt(i);
            if ((c == 'Z' || c == 'z') && i + 1 == n) {
                i++;
            } else if ((c == '+' || c == '-') && i + 6 == n && s.charAt(i + 3) == ':') {
                int hours = digits(s, i + 1, 2), minutes = digits(s, i + 4, 2);
                if ((hours | minutes) < 0 || hours > 18 || minutes > 59) return null;
                offsetSeconds = (c == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
                i = n;
            } else {
                return null;
            }
        }
        if (month < 1 || month > 12 || day < 1 || (day > 28 && day > YearMonth.of(year, month).lengthOfMonth())
                || hour > 23 || minute > 59 || second > 59) {
            return null; // java.time says what is wrong
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3600L + minute * 60L + second - offsetSeconds, nanos);
    }

    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) return -1;
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean hasZone(String text) {
        int time = text.indexOf('T');
        if (time < 0) return false;
        for (int i = time; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'Z' || c == 'z' || c == '+' || c == '-') return true;
        }
        return false;
    }
}
