package dev.saasllm;

import dev.saasllm.internal.schema.PartialRecords;
import dev.saasllm.internal.schema.StructuredTypes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.squareup.moshi.Json;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PartialRecordsTest {
    public enum Level { @Json(name = "junior") JUNIOR, @Json(name = "senior") SENIOR }

    public record Job(String company, int years) {}

    public record Person(String name, @Json(name = "years_experience") int yearsExperience, Level level,
                         List<Job> jobs, Optional<String> nickname, LocalDate born) {}

    public record Strict(String id) {
        public Strict {
            Objects.requireNonNull(id);
        }
    }

    private static Person snapshot(String json) {
        return PartialRecords.of(Person.class).snapshot(PartialJson.parse(json));
    }

    @Test
    void fieldsFillInAsTheJsonArrives() {
        assertEquals(new Person(null, 0, null, null, Optional.empty(), null), snapshot("{"));
        assertEquals(new Person("Ad", 0, null, null, Optional.empty(), null), snapshot("{\"name\":\"Ad"));
        assertEquals(new Person("Ada", 0, null, null, Optional.empty(), null), snapshot("{\"name\":\"Ada\",\"years_experience\":1"));
        assertEquals(new Person("Ada", 12, null, null, Optional.empty(), null), snapshot("{\"name\":\"Ada\",\"years_experience\":12,\"level\":\"sen"));
        assertEquals(new Person("Ada", 12, Level.SENIOR, List.of(new Job("AC", 0)), Optional.empty(), null),
                snapshot("{\"name\":\"Ada\",\"years_experience\":12,\"level\":\"senior\",\"jobs\":[{\"company\":\"AC"));
        assertEquals(new Person("Ada", 12, Level.SENIOR, List.of(new Job("ACME", 3)), Optional.of("A"), null),
                snapshot("{\"name\":\"Ada\",\"years_experience\":12,\"level\":\"senior\",\"jobs\":[{\"company\":\"ACME\",\"years\":3}],"
                        + "\"nickname\":\"A\",\"born\":\"1815-12"));
        assertEquals(LocalDate.of(1815, 12, 10), snapshot("{\"born\":\"1815-12-10\"}").born());
    }

    @Test
    void aConstructorThatRefusesTheIncompleteValuesGivesNoSnapshot() {
        PartialRecords<Strict> records = PartialRecords.of(Strict.class);
        assertNull(records.snapshot(PartialJson.parse("{\"i")));
        assertEquals(new Strict("x"), records.snapshot(PartialJson.parse("{\"id\":\"x")));
    }

    @Test
    void withOpenStringsMarkedTextGrowsButADateWaitsForItsClosingQuote() {
        PartialRecords<Person> records = PartialRecords.of(Person.class);
        assertEquals("Ad", records.snapshot(PartialJson.parseForSnapshot("{\"name\":\"Ad")).name());
        assertNull(records.snapshot(PartialJson.parseForSnapshot("{\"born\":\"1815-12-10")).born());
        assertEquals(LocalDate.of(1815, 12, 10), records.snapshot(PartialJson.parseForSnapshot("{\"born\":\"1815-12-10\"")).born());
    }
}
