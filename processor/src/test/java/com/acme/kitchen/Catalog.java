package com.acme.kitchen;

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
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.lang.annotation.Target;

/** Every mapping rule in one place. */
public final class Catalog {
    private Catalog() {}

    /** Any annotation named Nullable counts; runtime retention so the reflective reader sees it too. */
    @Target(java.lang.annotation.ElementType.TYPE_USE)
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @interface Nullable {}

    @Description("How urgent a ticket is")
    public enum Priority {
        @Description("can wait") LOW,
        MEDIUM,
        @Json(name = "urgent") HIGH
    }

    @Description("A customer")
    public record Customer(@Description("Full name") String name, @Json(name = "e_mail") String email,
                           @Nullable String phone) {}

    public record Order(Customer customer, List<Line> lines, Priority priority, Optional<String> note,
                        Map<String, Integer> counters, Set<Priority> seen, LocalDate placed) {
        public Order {
            if (lines.isEmpty()) throw new IllegalArgumentException("an order has lines");
        }
    }

    public record Line(String sku, int quantity, BigDecimal price) {}

    public record Scalars(boolean flag, Boolean boxedFlag, byte b, Byte boxedB, short s, Short boxedS, int i, Integer boxedI,
                          long l, Long boxedL, float f, Float boxedF, double d, Double boxedD, char c, Character boxedC,
                          BigInteger big, BigDecimal decimal) {}

    public record Times(LocalDate date, LocalDateTime dateTime, OffsetDateTime offsetDateTime, ZonedDateTime zoned,
                        Instant instant, LocalTime time, OffsetTime offsetTime, Duration duration, UUID uuid, URI uri) {}

    public record Containers(int[] numbers, String[][] grid, Collection<List<String>> nested,
                             Map<String, List<Line>> linesByName, Optional<Customer> maybe,
                             @Nullable List<String> maybeList) {}
}
