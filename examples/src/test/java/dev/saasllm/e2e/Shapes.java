package dev.saasllm.e2e;

import com.squareup.moshi.Json;
import dev.saasllm.annotations.Description;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The answer types the end-to-end services return: every shape the type mapping supports. */
public final class Shapes {
    private Shapes() {}

    @Description("How urgent an order is")
    public enum Priority {
        @Description("can wait") LOW,
        MEDIUM,
        @Json(name = "urgent") HIGH
    }

    @Description("Who placed the order")
    public record Customer(@Description("Full name") String name, @Json(name = "e_mail") String email) {}

    public record Line(String sku, int quantity, BigDecimal price) {}

    /** Nested records, a list of records, enums, a set, an array, optional values and a map. */
    @Description("An order found in the text")
    public record Order(
            Customer customer,
            List<Line> lines,
            @Description("The order's urgency") Priority priority,
            Set<Priority> seen,
            String[] tags,
            Optional<String> note,
            @Nullable String coupon,
            Map<String, Integer> counters,
            LocalDate placed) {}

    /** Every numeric primitive and its box, char, boolean, BigInteger and BigDecimal. */
    public record Scalars(
            boolean flag, Boolean boxedFlag,
            byte tiny, Byte boxedTiny,
            short small, Short boxedSmall,
            int count, Integer boxedCount,
            long big, Long boxedBig,
            float ratio, Float boxedRatio,
            double precise, Double boxedPrecise,
            char letter, Character boxedLetter,
            BigInteger huge, BigDecimal money) {}

    /** Every java.time type, UUID and URI. */
    public record Times(
            LocalDate date, LocalDateTime dateTime, OffsetDateTime offsetDateTime, ZonedDateTime zoned,
            Instant instant, LocalTime time, Duration duration, UUID uuid, URI uri) {}

    /** Containers inside containers: a collection, a list of lists, a map of records, an optional list. */
    public record Containers(
            java.util.Collection<String> labels,
            List<List<Integer>> grid,
            Map<String, Line> linesBySku,
            Optional<List<String>> aliases,
            @Nullable Customer backup) {}

    /** Apart from {@link Times}: the emulator's model cannot fill it from a fact (see its test). */
    public record OffsetTimes(OffsetTime offsetTime) {}
}
