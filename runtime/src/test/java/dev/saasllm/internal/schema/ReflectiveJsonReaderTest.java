package dev.saasllm.internal.schema;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.saasllm.InvalidOutputException;
import dev.saasllm.internal.AnswerReader;
import dev.saasllm.internal.AnswerReaders;
import dev.saasllm.internal.schema.SchemaFixtures.Containers;
import dev.saasllm.internal.schema.SchemaFixtures.Level;
import dev.saasllm.internal.schema.SchemaFixtures.Position;
import dev.saasllm.internal.schema.SchemaFixtures.Resume;
import dev.saasllm.internal.schema.SchemaFixtures.Scalars;
import dev.saasllm.internal.schema.SchemaFixtures.Times;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReflectiveJsonReaderTest {

    private static <T> AnswerReader<T> reader(Class<T> type) {
        return AnswerReaders.json(ReflectiveJsonReader.answerReader(type, ReflectiveSchemaReader.read(type)));
    }

    private static final String RESUME = "{\"full_name\":\"Ada Lovelace\",\"initial\":\"A\",\"years\":12,\"salary\":12345.678901234567890,"
            + "\"level\":\"jr\",\"jobs\":[{\"company\":\"Babbage\",\"start\":\"1833-06-05\",\"end\":null},"
            + "{\"company\":\"Royal Society\",\"start\":\"1843-01-01\",\"end\":\"1852-11-27\"}],"
            + "\"skills\":[\"math\",\"poetry\",\"math\"],\"scores\":[1.5,2],"
            + "\"languages\":[{\"key\":\"en\",\"value\":5},{\"key\":\"fr\",\"value\":3}],"
            + "\"phone\":null,\"age\":36,\"updatedAt\":\"2026-11-27T20:57:34Z\",\"ignored\":{\"x\":1}}";

    @Test
    void readsAResume() {
        Resume resume = reader(Resume.class).read(RESUME);
        assertEquals("Ada Lovelace", resume.name());
        assertEquals('A', resume.initial());
        assertEquals(12, resume.years());
        assertEquals(new BigDecimal("12345.678901234567890"), resume.salary());
        assertEquals(Level.JUNIOR, resume.level());
        assertEquals(List.of(new Position("Babbage", LocalDate.of(1833, 6, 5), Optional.empty()),
                new Position("Royal Society", LocalDate.of(1843, 1, 1), Optional.of(LocalDate.of(1852, 11, 27)))), resume.jobs());
        assertEquals(new LinkedHashSet<>(List.of("math", "poetry")), resume.skills());
        assertArrayEquals(new double[] {1.5, 2.0}, resume.scores());
        assertEquals(List.of("en", "fr"), List.copyOf(resume.languages().keySet()));
        assertEquals(Map.of("en", 5, "fr", 3), resume.languages());
        assertNull(resume.phone());
        assertEquals(36, resume.age());
        assertEquals(Instant.parse("2026-11-27T20:57:34Z"), resume.updatedAt());
    }

    @Test
    void aFencedAnswerWithProseParses() {
        assertEquals("Ada Lovelace", reader(Resume.class).read("Sure! Here is the resume:\n```json\n" + RESUME + "\n```\nAnything else?").name());
    }

    @Test
    void everyScalar() {
        Scalars s = reader(Scalars.class).read("{\"string\":\"s\",\"c\":\"c\",\"boxedChar\":\"C\",\"flag\":true,\"boxedFlag\":false,"
                + "\"b\":-128,\"boxedByte\":127,\"s\":-3,\"boxedShort\":4,\"i\":5,\"boxedInt\":6,\"l\":9007199254740993,\"boxedLong\":8,"
                + "\"bigInteger\":123456789012345678901234567890,\"f\":1.5,\"boxedFloat\":2.5,\"d\":3.25,\"boxedDouble\":4.75,"
                + "\"bigDecimal\":0.1}");
        assertEquals(new Scalars("s", 'c', 'C', true, false, (byte) -128, (byte) 127, (short) -3, (short) 4, 5, 6,
                9007199254740993L, 8L, new BigInteger("123456789012345678901234567890"), 1.5f, 2.5f, 3.25, 4.75,
                new BigDecimal("0.1")), s);
    }

    @Test
    void everyTimeType() {
        Times t = reader(Times.class).read("{\"date\":\"2026-11-27\",\"dateTime\":\"2026-11-27T20:57:34.419921\","
                + "\"offsetDateTime\":\"2026-11-27T20:57:34+01:00\",\"zoned\":\"2026-11-27T20:57:34+01:00[Europe/Paris]\","
                + "\"instant\":\"2026-11-27T20:57:34Z\",\"time\":\"20:57\",\"offsetTime\":\"20:57:34Z\",\"duration\":\"PT5M\","
                + "\"uuid\":\"3f1c2b9a-8e7d-4c6b-a5f4-0123456789ab\",\"uri\":\"https://example.com/a?b=c\"}");
        assertEquals(new Times(LocalDate.of(2026, 11, 27), LocalDateTime.parse("2026-11-27T20:57:34.419921"),
                OffsetDateTime.parse("2026-11-27T20:57:34+01:00"), ZonedDateTime.parse("2026-11-27T20:57:34+01:00[Europe/Paris]"),
                Instant.parse("2026-11-27T20:57:34Z"), LocalTime.of(20, 57), OffsetTime.parse("20:57:34Z"), Duration.ofMinutes(5),
                UUID.fromString("3f1c2b9a-8e7d-4c6b-a5f4-0123456789ab"), URI.create("https://example.com/a?b=c")), t);
    }

    @Test
    void containers() {
        Containers c = reader(Containers.class).read("{\"collection\":[\"a\"],\"nested\":[[1,2],[]],"
                + "\"positions\":[{\"company\":\"X\",\"start\":\"2020-01-01\",\"end\":null}],\"maybeList\":[\"m\"],"
                + "\"byName\":[{\"key\":\"k\",\"value\":[\"SENIOR\",\"jr\"]}],\"maybePosition\":null}");
        assertEquals(List.of("a"), c.collection());
        assertEquals(List.of(List.of(1, 2), List.of()), c.nested());
        assertEquals(1, c.positions().length);
        assertEquals(Position[].class, c.positions().getClass());
        assertEquals(Optional.of(List.of("m")), c.maybeList());
        assertEquals(Map.of("k", List.of(Level.SENIOR, Level.JUNIOR)), c.byName());
        assertEquals(Optional.empty(), c.maybePosition());
        assertThrows(UnsupportedOperationException.class, () -> c.collection().add("b"));
    }

    @Test
    void absentNullablesAreEmpty() {
        Containers c = reader(Containers.class).read("{\"collection\":[],\"nested\":[],\"positions\":[],\"byName\":[]}");
        assertEquals(Optional.empty(), c.maybeList());
        assertEquals(Optional.empty(), c.maybePosition());
    }

    @Test
    void wrappedRoots() {
        assertEquals(Level.SENIOR, reader(Level.class).read("{\"value\":\"SENIOR\"}"));
        assertEquals(42, reader(Integer.class).read("{\"value\":42}"));
        assertEquals("text", reader(String.class).read("```json\n{\"value\":\"text\"}\n```"));
    }

    private static String problem(Class<?> type, String json) {
        InvalidOutputException e = assertThrows(InvalidOutputException.class, () -> reader(type).read(json));
        assertEquals(json, e.rawContent());
        return e.problem();
    }

    @Test
    void aMissingPropertyIsNamed() {
        assertEquals("Required value 'years' missing at $", problem(Resume.class, RESUME.replace("\"years\":12,", "")));
        // Checked after endObject, as Moshi's own adapters do; Moshi's path then already counts the element.
        String nested = problem(Resume.class, RESUME.replace("\"start\":\"1833-06-05\",", ""));
        assertEquals(true, nested.startsWith("Required value 'start' missing at $.jobs["), nested);
        assertEquals("Required value 'value' missing at $", problem(Level.class, "{}"));
    }

    @Test
    void anUnexpectedNullIsNamed() {
        assertEquals("Non-null value 'full_name' was null at $.full_name",
                problem(Resume.class, RESUME.replace("\"Ada Lovelace\"", "null")));
        assertEquals("Non-null value 'skills' was null at $.skills[1]",
                problem(Resume.class, RESUME.replace("\"poetry\"", "null")));
    }

    @Test
    void anUnknownEnumValueListsTheAllowedOnes() {
        assertEquals("Expected one of [jr, SENIOR] but was \"JUNIOR\" at path $.level",
                problem(Resume.class, RESUME.replace("\"jr\"", "\"JUNIOR\"")));
    }

    @Test
    void wrongValuesAreReported() {
        assertEquals("Expected a single character but was \"AB\" at path $.initial",
                problem(Resume.class, RESUME.replace("\"A\"", "\"AB\"")));
        assertEquals("Expected an int but was 12.5 at path $.years",
                problem(Resume.class, RESUME.replace("12,", "12.5,")));
        assertEquals("Expected a date (yyyy-mm-dd) but was \"June 1833\" at path $.jobs[0].start",
                problem(Resume.class, RESUME.replace("1833-06-05", "June 1833")));
    }

    @Test
    void invalidJsonIsReported() {
        String problem = problem(Resume.class, "{\"full_name\": \"Ada\", ");
        assertEquals(true, problem.startsWith("not valid JSON: "), problem);
    }

    @Test
    void constructorChecksBecomeInvalidOutput() {
        InvalidOutputException e = assertThrows(InvalidOutputException.class, () -> reader(Checked.class).read("{\"percent\":120}"));
        assertEquals("percent must be between 0 and 100, was 120", e.problem());
        InvalidOutputException npe = assertThrows(InvalidOutputException.class, () -> reader(NpeChecked.class).read("{\"n\":1}"));
        assertInstanceOf(NullPointerException.class, npe.getCause().getCause());
    }

    record Checked(int percent) {
        Checked {
            if (percent < 0 || percent > 100) throw new IllegalArgumentException("percent must be between 0 and 100, was " + percent);
        }
    }

    record NpeChecked(int n) {
        NpeChecked {
            java.util.Objects.requireNonNull(null, "always");
        }
    }

    @Test
    void setsKeepOrderAndDropDuplicates() {
        Set<String> skills = reader(Resume.class).read(RESUME).skills();
        assertEquals(List.of("math", "poetry"), List.copyOf(skills));
    }

    @Test
    void aNullDocumentIsReportedAsSuch() {
        assertEquals("the answer is JSON null", problem(Resume.class, "null"));
        assertEquals("the answer is empty", problem(Resume.class, "  "));
    }
}
