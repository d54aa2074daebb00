package com.acme.stream;

import com.acme.kitchen.decl.Nullable;
import com.squareup.moshi.Json;
import dev.saasllm.PartialConsumer;
import dev.saasllm.annotations.Items;
import dev.saasllm.annotations.Length;
import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Minimum;
import dev.saasllm.annotations.NonBlank;
import dev.saasllm.annotations.Prompt;
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

/** A streamed record reaching every mapping rule, for the generated snapshot reader. */
@LlmJob(type = "profiles", model = "ProfileModel")
public interface ProfileExtractor {
    enum Level { @Json(name = "junior") JUNIOR, SENIOR }

    /** The constructor refuses a company name shorter than two characters. */
    record Job(String company, @Json(name = "start_date") LocalDate start, Level level, Optional<Instant> until) {
        public Job {
            if (company != null && company.length() < 2) throw new IllegalArgumentException("company too short");
        }
    }

    record Times(LocalDateTime local, OffsetDateTime offset, ZonedDateTime zoned, LocalTime time, OffsetTime offsetTime,
                 Duration duration) {}

    /** Constraints are checked on the final answer only: {@code "A"} is a fine snapshot of the name. */
    record Profile(@Length(min = 3) @NonBlank String name, @Minimum(18) int age, long id, double score, boolean active, char initial, Character grade,
                   byte small, short medium, float ratio, BigDecimal salary, BigInteger big, UUID uuid, URI site,
                   Times times, @Items(min = 1) List<Job> jobs, Set<String> tags, int[] scores, String[] aliases,
                   Map<String, Integer> counts, Optional<String> nickname, @Nullable String note, Level level) {}

    @Prompt("Extract the profile:\n{text}")
    Profile extract(String text, PartialConsumer<Profile> progress);
}
