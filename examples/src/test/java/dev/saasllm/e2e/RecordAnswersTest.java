package dev.saasllm.e2e;

import static dev.saasllm.e2e.Traffic.completedOnce;
import static dev.saasllm.e2e.Traffic.list;
import static dev.saasllm.e2e.Traffic.map;
import static dev.saasllm.e2e.Traffic.schemaSent;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.SaasLlmClient;
import dev.saasllm.e2e.Shapes.Customer;
import dev.saasllm.e2e.Shapes.Line;
import dev.saasllm.e2e.Shapes.Order;
import dev.saasllm.e2e.Shapes.Priority;
import dev.saasllm.e2e.Shapes.Scalars;
import dev.saasllm.e2e.Shapes.Times;
import dev.saasllm.emulator.JobSnapshot;
import dev.saasllm.emulator.SaasLlmEmulator;
import dev.saasllm.emulator.SaasLlmEmulatorExtension;
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
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Generated record answers against the emulator: typed values, the schema sent, the job settled. */
class RecordAnswersTest {
    @RegisterExtension
    static final SaasLlmEmulatorExtension EMULATOR = new SaasLlmEmulatorExtension(b -> b.credits(Traffic.CREDITS));

    static final String ORDER_TEXT = """
            Name: Ada Lovelace
            Email: ada@example.com
            Lines: first, second
            SKU: BK-1843
            Quantity: 3
            Price: 19.99
            Priority: urgent
            Seen: low, URGENT, low
            Tags: red, green
            Note: leave at the door
            Counters: one
            Key: apples
            Value: 4
            Placed: 2025-03-04
            """;

    @AfterEach
    void nothingLeftOpen() {
        assertEquals(0, EMULATOR.emulator().openJobs());
    }

    @Test
    void theServicesAreTheClassesTheProcessorGeneratedFromTheseTestSources(SaasLlmClient client) {
        // javac runs the processor on test sources too (annotationProcessorPaths covers testCompile).
        assertEquals("dev.saasllm.e2e.SaasLlm_OrderDesk", client.create(OrderDesk.class).getClass().getName());
        assertEquals("dev.saasllm.e2e.SaasLlm_RootTypes", client.create(RootTypes.class).getClass().getName());
    }

    @Test
    void readsNestedRecordsCollectionsEnumsOptionalsAndMaps(SaasLlmEmulator emulator, SaasLlmClient client) {
        Order order = client.create(OrderDesk.class).read(ORDER_TEXT);

        assertEquals(new Customer("Ada Lovelace", "ada@example.com"), order.customer());
        Line line = new Line("BK-1843", 3, new BigDecimal("19.99"));
        assertEquals(List.of(line, line), order.lines());
        assertEquals(Priority.HIGH, order.priority(), "@Json(name = \"urgent\") read back as HIGH");
        assertEquals(Set.of(Priority.LOW, Priority.HIGH), order.seen());
        assertArrayEquals(new String[] {"red", "green"}, order.tags());
        assertEquals(Optional.of("leave at the door"), order.note());
        assertNull(order.coupon(), "no fact for a @Nullable component: null");
        assertEquals(Map.of("apples", 4), order.counters());
        assertEquals(LocalDate.of(2025, 3, 4), order.placed());

        JobSnapshot job = completedOnce(emulator, "order_reading");
        assertEquals("OrderDesk.read", job.metadata().get("saasllm_method"), "job metadata names the method");
    }

    @Test
    void sendsTheStrictSchemaOfTheRecord(SaasLlmEmulator emulator, SaasLlmClient client) {
        client.create(OrderDesk.class).read(ORDER_TEXT);

        Map<String, Object> schema = schemaSent(emulator, "Order");
        assertEquals("object", schema.get("type"));
        assertEquals(Boolean.FALSE, schema.get("additionalProperties"));
        assertEquals("An order found in the text", schema.get("description"));
        List<String> names = List.of("customer", "lines", "priority", "seen", "tags", "note", "coupon", "counters", "placed");
        assertEquals(names, List.copyOf(map(schema.get("properties")).keySet()));
        assertEquals(names, schema.get("required"), "strict: every property required");

        Map<String, Object> props = map(schema.get("properties"));
        Map<String, Object> customer = map(props.get("customer"));
        assertEquals("Who placed the order", customer.get("description"));
        assertEquals(List.of("name", "e_mail"), List.copyOf(map(customer.get("properties")).keySet()), "@Json rename");
        assertEquals("Full name", map(map(customer.get("properties")).get("name")).get("description"));

        Map<String, Object> priority = map(props.get("priority"));
        assertEquals(List.of("LOW", "MEDIUM", "urgent"), priority.get("enum"));
        assertEquals("The order's urgency\nHow urgent an order is\nLOW: can wait", priority.get("description"),
                "the component's @Description, then the enum's and its constants'");
        assertEquals("array", map(props.get("seen")).get("type"));
        Map<String, Object> seenItems = map(map(props.get("seen")).get("items"));
        assertEquals(List.of("LOW", "MEDIUM", "urgent"), seenItems.get("enum"));
        assertEquals("How urgent an order is\nLOW: can wait", seenItems.get("description"),
                "the enum's and its constants' @Description");
        assertEquals(Map.of("type", "array", "items", Map.of("type", "string")), props.get("tags"));
        assertEquals(List.of("string", "null"), map(props.get("coupon")).get("type"), "@Nullable");
        assertTrue(props.get("note").toString().contains("null"), "Optional is nullable: " + props.get("note"));
        Map<String, Object> entry = map(map(props.get("counters")).get("items"));
        assertEquals(List.of("key", "value"), entry.get("required"), "a map travels as {key, value} entries");
        assertEquals("integer", map(map(entry.get("properties")).get("value")).get("type"));
        assertEquals(Map.of("type", "string", "format", "date"), props.get("placed"));
        Map<String, Object> lineProps = map(map(map(props.get("lines")).get("items")).get("properties"));
        assertEquals("integer", map(lineProps.get("quantity")).get("type"));
        assertEquals("number", map(lineProps.get("price")).get("type"), "BigDecimal");
    }

    @Test
    void sendsTheSystemAndUserPromptsOfTheTemplate(SaasLlmEmulator emulator, SaasLlmClient client) {
        client.create(OrderDesk.class).read("Name: Ada");

        Map<String, Object> body = Traffic.onlyLlmCall(emulator);
        assertEquals("e2e-model", body.get("model"));
        assertEquals(List.of(
                Map.of("role", "system", "content", "You read orders for ACME."),
                Map.of("role", "user", "content", "Read the order in this text:\nName: Ada")), body.get("messages"));
    }

    @Test
    void fillsEveryOmittedPropertyWithATypeCorrectDefault(SaasLlmEmulator emulator, SaasLlmClient client) {
        Order order = client.create(OrderDesk.class).read("nothing to see here");

        assertEquals(new Customer("", ""), order.customer());
        assertEquals(List.of(), order.lines());
        assertEquals(Priority.LOW, order.priority(), "the first constant");
        assertEquals(Set.of(), order.seen());
        assertEquals(0, order.tags().length);
        assertEquals(Optional.empty(), order.note());
        assertNull(order.coupon());
        assertEquals(Map.of(), order.counters());
        assertEquals(LocalDate.of(2024, 1, 15), order.placed());
        completedOnce(emulator, "order_reading");
    }

    @Test
    void readsEveryNumericPrimitiveAndBoxCharBooleanAndBigNumbers(SaasLlmEmulator emulator, SaasLlmClient client) {
        Scalars s = client.create(OrderDesk.class).scalars("""
                flag: yes
                boxed flag: true
                tiny: -7
                boxed tiny: 100
                small: 30000
                boxed small: -2
                count: 42
                boxed count: 7
                big: 9000000000
                boxed big: -5
                ratio: 1.5
                boxed ratio: 0.25
                precise: 3.14159
                boxed precise: -2.5
                letter: x
                boxed letter: Z
                huge: 123456789012345678
                money: 12.75
                """);

        assertEquals(new Scalars(true, true, (byte) -7, (byte) 100, (short) 30000, (short) -2, 42, 7,
                9_000_000_000L, -5L, 1.5f, 0.25f, 3.14159, -2.5, 'x', 'Z',
                new BigInteger("123456789012345678"), new BigDecimal("12.75")), s);

        Map<String, Object> props = map(schemaSent(emulator, "Scalars").get("properties"));
        assertEquals("boolean", map(props.get("boxedFlag")).get("type"));
        assertEquals("integer", map(props.get("tiny")).get("type"));
        assertEquals("integer", map(props.get("huge")).get("type"));
        assertEquals("number", map(props.get("boxedRatio")).get("type"));
        assertEquals("number", map(props.get("money")).get("type"));
        assertEquals(Map.of("type", "string", "minLength", 1.0, "maxLength", 1.0), props.get("letter"));
        completedOnce(emulator, "scalar_reading");
    }

    @Test
    void readsContainersInsideContainers(SaasLlmEmulator emulator, SaasLlmClient client) {
        Shapes.Containers c = client.create(OrderDesk.class).containers("""
                labels: new, sale
                grid: 1, 2
                lines by sku: only
                key: BK-1
                sku: BK-1
                quantity: 5
                price: 2.5
                aliases: Ada, Countess
                """);

        assertEquals(List.of("new", "sale"), List.copyOf(c.labels()));
        assertEquals(List.of(List.of(1), List.of(2)), c.grid(), "each item of the outer list is filled from its part");
        assertEquals(Map.of("BK-1", new Line("BK-1", 5, new BigDecimal("2.5"))), c.linesBySku());
        assertEquals(Optional.of(List.of("Ada", "Countess")), c.aliases());
        assertNull(c.backup(), "no fact for a @Nullable record: null");

        Map<String, Object> props = map(schemaSent(emulator, "Containers").get("properties"));
        assertEquals(Map.of("type", "array", "items", Map.of("type", "array", "items", Map.of("type", "integer"))),
                props.get("grid"));
        assertTrue(props.get("backup").toString().contains("null"), "nullable record: " + props.get("backup"));
        completedOnce(emulator, "container_reading");
    }

    @Test
    void fillsEveryOmittedTimeWithTheModelsFixedValues(SaasLlmEmulator emulator, SaasLlmClient client) {
        Times t = client.create(OrderDesk.class).times("no facts");

        assertEquals(LocalDate.of(2024, 1, 15), t.date());
        assertEquals(LocalDateTime.of(2024, 1, 15, 9, 30), t.dateTime(), "the zone of 2024-01-15T09:30:00Z dropped");
        assertEquals(OffsetDateTime.of(2024, 1, 15, 9, 30, 0, 0, ZoneOffset.UTC), t.offsetDateTime());
        assertEquals(Instant.parse("2024-01-15T09:30:00Z"), t.instant());
        assertEquals(LocalTime.of(9, 30), t.time());
        assertEquals(Duration.ZERO, t.duration());
        assertEquals(new UUID(0, 0), t.uuid());
        assertEquals(URI.create("https://example.com/"), t.uri());
        completedOnce(emulator, "time_reading");
    }

    @Test
    void fillsEveryOmittedScalarWithATypeCorrectDefault(SaasLlmEmulator emulator, SaasLlmClient client) {
        Scalars s = client.create(OrderDesk.class).scalars("letter: q\nboxed letter: r"); // see the test below

        assertEquals(new Scalars(false, false, (byte) 0, (byte) 0, (short) 0, (short) 0, 0, 0, 0L, 0L, 0f, 0f, 0.0, 0.0,
                'q', 'r', BigInteger.ZERO, new BigDecimal("0.0")), s);
        completedOnce(emulator, "scalar_reading");
    }

    @Test
    void fillsAnOmittedCharWithOneCharacter(SaasLlmEmulator emulator, SaasLlmClient client) {
        Scalars s = client.create(OrderDesk.class).scalars("no facts");

        assertEquals(1, String.valueOf(s.letter()).length());
        completedOnce(emulator, "scalar_reading");
    }

    @Test
    void readsEveryJavaTimeTypeUuidAndUri(SaasLlmEmulator emulator, SaasLlmClient client) {
        Times t = client.create(OrderDesk.class).times("""
                date: 2025-03-04
                date time: 2025-03-04T10:15:30
                offset date time: 2025-03-04T10:15:30+02:00
                zoned: 2025-03-04T10:15:30+01:00
                instant: 2025-03-04T08:00:00Z
                time: 10:15:30
                duration: PT1H30M
                uuid: 123e4567-e89b-12d3-a456-426614174000
                uri: https://saasllm.dev/docs?page=1
                """);

        assertEquals(LocalDate.of(2025, 3, 4), t.date());
        assertEquals(LocalDateTime.of(2025, 3, 4, 10, 15, 30), t.dateTime());
        assertEquals(OffsetDateTime.of(2025, 3, 4, 10, 15, 30, 0, ZoneOffset.ofHours(2)), t.offsetDateTime());
        assertEquals(ZonedDateTime.of(2025, 3, 4, 10, 15, 30, 0, ZoneOffset.ofHours(1)), t.zoned());
        assertEquals(Instant.parse("2025-03-04T08:00:00Z"), t.instant());
        assertEquals(LocalTime.of(10, 15, 30), t.time());
        assertEquals(Duration.ofMinutes(90), t.duration());
        assertEquals(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), t.uuid());
        assertEquals(URI.create("https://saasllm.dev/docs?page=1"), t.uri());

        Map<String, Object> props = map(schemaSent(emulator, "Times").get("properties"));
        assertEquals("date-time", map(props.get("zoned")).get("format"));
        assertEquals("time", map(props.get("time")).get("format"));
        assertEquals("duration", map(props.get("duration")).get("format"));
        assertEquals("uuid", map(props.get("uuid")).get("format"));
        assertEquals("uri", map(props.get("uri")).get("format"));
        completedOnce(emulator, "time_reading");
    }

    @Test
    void readsAnOffsetTime(SaasLlmEmulator emulator, SaasLlmClient client) {
        emulator.enqueueAnswer("{\"offsetTime\": \"10:15:30+01:00\"}");

        Shapes.OffsetTimes t = client.create(OrderDesk.class).offsetTimes("offset time: 10:15:30+01:00");

        assertEquals(OffsetTime.of(10, 15, 30, 0, ZoneOffset.ofHours(1)), t.offsetTime());
        assertEquals(Map.of("type", "string", "format", "time"),
                map(schemaSent(emulator, "OffsetTimes").get("properties")).get("offsetTime"));
        completedOnce(emulator, "time_reading");
    }

    @Test
    void readsAnOffsetTimeFromTheModelsFacts(SaasLlmEmulator emulator, SaasLlmClient client) {
        Shapes.OffsetTimes t = client.create(OrderDesk.class).offsetTimes("offset time: 10:15:30+01:00");

        assertEquals(OffsetTime.of(10, 15, 30, 0, ZoneOffset.ofHours(1)), t.offsetTime());
        completedOnce(emulator, "time_reading");
    }

    @Test
    void chatAnswersAreText(SaasLlmEmulator emulator) {
        try (SaasLlmClient threeSteps = Traffic.threeSteps(emulator)) {
            String answer = threeSteps.create(OrderDesk.class).greet("Ada");

            assertEquals("Echo: Greet Ada in one line.", answer);
            Map<String, Object> body = Traffic.onlyLlmCall(emulator);
            assertNull(body.get("response_format"), "a chat call asks for no format");
            assertEquals(Map.of("role", "system", "content", "You are polite."), list(body.get("messages")).get(0));
            completedOnce(emulator, "order_reading");
        }
    }

    @Test
    void theGeneratedSchemaIsTheOneTheProgrammaticClientSends(SaasLlmEmulator emulator, SaasLlmClient client) {
        client.create(OrderDesk.class).read("Name: Ada");
        Map<String, Object> generated = schemaSent(emulator, "Order");
        emulator.reset();

        String jobId = client.createJob("order_reading");
        client.structuredOutput(jobId, List.of(dev.saasllm.ChatMessage.user("Name: Ada")), Order.class,
                dev.saasllm.CallOptions.builder().model("e2e-model").build());
        client.completeJob(jobId, dev.saasllm.JobStatus.COMPLETED);

        assertEquals(generated, schemaSent(emulator, "Order"));
    }
}
