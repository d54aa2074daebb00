package dev.saasllm.internal.schema;

import com.squareup.moshi.Json;
import dev.saasllm.annotations.Description;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
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

/** Types the schema and JSON reader tests share. */
final class SchemaFixtures {
    private SchemaFixtures() {}

    /** A declaration annotation, as JSR 305's. */
    @Retention(RetentionPolicy.RUNTIME)
    @interface Nullable {}

    /** A type-use annotation with the same simple name, as JSpecify's. */
    static final class TypeUse {
        @Target(ElementType.TYPE_USE)
        @Retention(RetentionPolicy.RUNTIME)
        @interface Nullable {}
    }

    @Description("Seniority")
    enum Level {
        @Json(name = "jr") JUNIOR,
        @Description("10+ years") SENIOR
    }

    record Position(String company, @Description("Start date") LocalDate start, Optional<LocalDate> end) {}

    @Description("A parsed resume.")
    record Resume(
            @Json(name = "full_name") String name,
            char initial,
            int years,
            BigDecimal salary,
            Level level,
            List<Position> jobs,
            Set<String> skills,
            double[] scores,
            Map<String, Integer> languages,
            @Nullable String phone,
            @TypeUse.Nullable Integer age,
            Instant updatedAt) {}

    record Scalars(
            String string, char c, Character boxedChar, boolean flag, Boolean boxedFlag,
            byte b, Byte boxedByte, short s, Short boxedShort, int i, Integer boxedInt, long l, Long boxedLong,
            BigInteger bigInteger, float f, Float boxedFloat, double d, Double boxedDouble, BigDecimal bigDecimal) {}

    record Times(LocalDate date, LocalDateTime dateTime, OffsetDateTime offsetDateTime, ZonedDateTime zoned,
                 Instant instant, LocalTime time, OffsetTime offsetTime, Duration duration, UUID uuid, URI uri) {}

    record Containers(Collection<String> collection, List<List<Integer>> nested, Position[] positions,
                      Optional<List<String>> maybeList, Map<String, List<Level>> byName, Optional<Position> maybePosition) {}

    /** A @Json name on the accessor only. */
    /** {@code @Json} without a name leaves the component's name. */
    record JsonWithoutName(@Json(ignore = false) String value) {}

    enum JsonWithoutNameLevel { @Json(ignore = false) LOW }

    record AccessorName(String value) {
        @Override
        @Json(name = "renamed")
        public String value() {
            return value;
        }
    }

    // --- rejected

    record WithObject(Object anything) {}

    record Inner(Object company) {}

    record Outer(List<Inner> jobs) {}

    record IntKeys(Map<Integer, String> byId) {}

    @SuppressWarnings("rawtypes")
    record RawList(List items) {}

    record Wildcard(List<? extends Number> items) {}

    record Generic<T>(T value) {}

    record WithInterface(CharSequence text) {}

    record WithAbstract(Number number) {}

    record WithClass(StringBuilder text) {}

    record WithArrayList(java.util.ArrayList<String> items) {}

    record Tree(String label, List<Tree> children) {}

    record Ping(Pong pong) {}

    record Pong(Optional<Ping> ping) {}
}
