package dev.saasllm.processor.generated;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.kitchen.Catalog.Containers;
import com.acme.kitchen.Catalog.Customer;
import com.acme.kitchen.Catalog.Line;
import com.acme.kitchen.Catalog.Order;
import com.acme.kitchen.Catalog.Priority;
import com.acme.kitchen.Catalog.Scalars;
import com.acme.kitchen.Catalog.Times;
import com.acme.kitchen.KitchenSink;
import com.acme.kitchen.SaasLlm_KitchenSink;
import com.acme.nested.Outer;
import com.acme.nested.SaasLlm_Outer_SpamFilter;
import dev.saasllm.CallOptions;
import dev.saasllm.ChatMessage;
import dev.saasllm.InvalidOutputException;
import dev.saasllm.model.GeneratedNames;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every mapping rule, processed at test-compile time and run against canned answers. */
class KitchenSinkGeneratedTest {
    private static final String ORDER_JSON = "{\"customer\":{\"name\":\"Ada\",\"e_mail\":\"a@x.io\",\"phone\":null},"
            + "\"lines\":[{\"sku\":\"A-1\",\"quantity\":2,\"price\":19.99}],\"priority\":\"urgent\",\"note\":null,"
            + "\"counters\":[{\"key\":\"a\",\"value\":1},{\"key\":\"b\",\"value\":2}],\"seen\":[\"LOW\",\"urgent\"],"
            + "\"placed\":\"2026-11-27\"}";

    private final FakeJobRunner runner = new FakeJobRunner();
    private final KitchenSink sink = new SaasLlm_KitchenSink(runner);

    @Test
    void recordsEnumsMapsOptionalsAndRenamesAreRead() {
        runner.answering(ORDER_JSON);
        Order order = sink.readOrder("mail", null);
        Map<String, Integer> counters = new LinkedHashMap<>();
        counters.put("a", 1);
        counters.put("b", 2);
        assertEquals(new Order(new Customer("Ada", "a@x.io", null), List.of(new Line("A-1", 2, new BigDecimal("19.99"))),
                Priority.HIGH, Optional.empty(), counters, Set.of(Priority.LOW, Priority.HIGH), LocalDate.of(2026, 11, 27)), order);
        assertEquals(List.of("a", "b"), List.copyOf(order.counters().keySet()), "entry order is kept");
    }

    @Test
    void pathPlaceholdersAreNullSafeAndTextBlocksSurvive() {
        runner.answering(ORDER_JSON);
        Order previous = sink.readOrder("mail", null);
        sink.readOrder("Hi {there}", previous);
        assertEquals(List.of(ChatMessage.system("You work for {ACME}."), ChatMessage.user(
                "Read the order in this email.\nCustomer so far: Ada <a@x.io>\nEmail: Hi {there}")), runner.messages);

        sink.readOrder("mail", new Order(null, previous.lines(), Priority.LOW, Optional.of("n"), Map.of(), Set.of(), null));
        assertEquals("Read the order in this email.\nCustomer so far:  <>\nEmail: mail", runner.messages.get(1).content());
    }

    @Test
    void methodLevelOverridesAndDefaults() {
        runner.answering(ORDER_JSON);
        sink.readOrder("mail", null);
        assertEquals("order_reading", runner.method.jobType());
        assertEquals(CallOptions.builder().model("OrderAgent").build(), runner.method.options());
        assertTrue(runner.method.schemaJson().endsWith("\"additionalProperties\":false,\"description\":\"The order found in the text\"}"),
                runner.method.schemaJson());

        runner.answering("{\"value\":\"MEDIUM\"}");
        assertEquals(Priority.MEDIUM, sink.classify("printer on fire", "ops", 3));
        assertEquals("kitchen_sink", runner.method.jobType());
        assertEquals(CallOptions.NONE, runner.method.options());
        assertEquals(List.of(ChatMessage.system("Sort tickets for ops."), ChatMessage.user("Priority of: printer on fire")),
                runner.messages);
    }

    @Test
    void wrappedRootsAreUnwrapped() {
        runner.answering("{\"value\":[\"a\",\"b\"]}");
        assertEquals(List.of("a", "b"), sink.tags("t"));
        assertEquals("ListOfString", runner.method.schemaName());
        assertEquals("{\"type\":\"object\",\"properties\":{\"value\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},"
                + "\"required\":[\"value\"],\"additionalProperties\":false}", runner.method.schemaJson());

        runner.answering("{\"value\":42}");
        assertEquals(42, sink.count("t"));

        runner.answering("{\"value\":[\"LOW\",\"LOW\",\"urgent\"]}");
        assertEquals(Set.of(Priority.LOW, Priority.HIGH), sink.priorities("t"));

        runner.answering("{\"value\":[" + ORDER_JSON + "]}");
        assertEquals(1, sink.orders("x", "y").size());
        assertEquals("ListOfOrder", runner.method.schemaName());
        assertTrue(runner.messages.get(1).content().startsWith("Orders in "), runner.messages.toString());
    }

    @Test
    void missingWrapperIsInvalidOutput() {
        runner.answering("{\"values\":1}");
        InvalidOutputException e = assertThrows(InvalidOutputException.class, () -> sink.count("t"));
        assertTrue(e.getMessage().contains("'value'"), e.getMessage());
    }

    @Test
    void aJsonNullAnswerIsInvalidOutputForRecordsAndWrappedRoots() {
        runner.answering("null");
        assertEquals("the answer is JSON null", assertThrows(InvalidOutputException.class, () -> sink.readOrder("m", null)).problem());
        assertEquals("the answer is JSON null", assertThrows(InvalidOutputException.class, () -> sink.count("t")).problem());
        runner.answering("{\"value\":null}");
        assertTrue(assertThrows(InvalidOutputException.class, () -> sink.count("t")).problem().contains("'value'"));
    }

    @Test
    void unknownEnumValueIsInvalidOutput() {
        runner.answering("{\"value\":\"HIGH\"}");
        InvalidOutputException e = assertThrows(InvalidOutputException.class, () -> sink.classify("t", "ops", 0));
        assertTrue(e.getMessage().contains("[LOW, MEDIUM, urgent]"), e.getMessage());
    }

    @Test
    void aThrowingRecordConstructorIsInvalidOutput() {
        runner.answering(ORDER_JSON.replaceFirst("\\[\\{\"sku.*?}]", "[]"));
        InvalidOutputException e = assertThrows(InvalidOutputException.class, () -> sink.readOrder("m", null));
        assertTrue(e.getMessage().contains("an order has lines"), e.getMessage());
    }

    @Test
    void everyScalarIsRead() {
        runner.answering("{\"flag\":true,\"boxedFlag\":false,\"b\":1,\"boxedB\":2,\"s\":3,\"boxedS\":4,\"i\":5,\"boxedI\":6,"
                + "\"l\":7,\"boxedL\":8,\"f\":1.5,\"boxedF\":2.5,\"d\":3.5,\"boxedD\":4.5,\"c\":\"x\",\"boxedC\":\"y\","
                + "\"big\":123456789012345678901234567890,\"decimal\":0.1000000000000000000001}");
        assertEquals(new Scalars(true, false, (byte) 1, (byte) 2, (short) 3, (short) 4, 5, 6, 7L, 8L, 1.5f, 2.5f, 3.5, 4.5,
                'x', 'y', new BigInteger("123456789012345678901234567890"), new BigDecimal("0.1000000000000000000001")),
                sink.scalars(1));
    }

    @Test
    void extremeAndEscapedScalarsAreRead() {
        runner.answering("{\"flag\":false,\"boxedFlag\":true,\"b\":-128,\"boxedB\":127,\"s\":-32768,\"boxedS\":32767,"
                + "\"i\":-2147483648,\"boxedI\":2147483647,\"l\":9223372036854775807,\"boxedL\":-9223372036854775808,"
                + "\"f\":-1.5e3,\"boxedF\":0,\"d\":1e-300,\"boxedD\":-0.25,\"c\":\"\\\"\",\"boxedC\":\"\\u00e9\","
                + "\"big\":-123456789012345678901234567890,\"decimal\":1E+3}");
        assertEquals(new Scalars(false, true, Byte.MIN_VALUE, Byte.MAX_VALUE, Short.MIN_VALUE, Short.MAX_VALUE, Integer.MIN_VALUE,
                Integer.MAX_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, -1500f, 0f, 1e-300, -0.25, '"', '\u00e9',
                new BigInteger("-123456789012345678901234567890"), new BigDecimal("1E+3")), sink.scalars(1));
    }

    @Test
    void aNumberOutsideItsTypeIsInvalidOutput() {
        runner.answering("{\"flag\":false,\"boxedFlag\":true,\"b\":128,\"boxedB\":1,\"s\":1,\"boxedS\":1,\"i\":1,\"boxedI\":1,"
                + "\"l\":1,\"boxedL\":1,\"f\":1,\"boxedF\":1,\"d\":1,\"boxedD\":1,\"c\":\"c\",\"boxedC\":\"c\",\"big\":1,\"decimal\":1}");
        InvalidOutputException e = assertThrows(InvalidOutputException.class, () -> sink.scalars(1));
        assertTrue(e.problem().contains("$.b"), e.problem());
    }

    @Test
    void javaTimeUuidAndUriAreRead() {
        runner.answering("{\"date\":\"2026-01-02\",\"dateTime\":\"2026-01-02T03:04:05\",\"offsetDateTime\":\"2026-01-02T03:04:05+01:00\","
                + "\"zoned\":\"2026-01-02T03:04:05+01:00[Europe/Paris]\",\"instant\":\"2026-01-02T03:04:05Z\",\"time\":\"03:04\","
                + "\"offsetTime\":\"03:04+02:00\",\"duration\":\"PT5M\",\"uuid\":\"123e4567-e89b-12d3-a456-426614174000\","
                + "\"uri\":\"https://example.com/a\"}");
        assertEquals(new Times(LocalDate.of(2026, 1, 2), LocalDateTime.of(2026, 1, 2, 3, 4, 5),
                OffsetDateTime.parse("2026-01-02T03:04:05+01:00"), ZonedDateTime.parse("2026-01-02T03:04:05+01:00[Europe/Paris]"),
                Instant.parse("2026-01-02T03:04:05Z"), LocalTime.of(3, 4), OffsetTime.parse("03:04+02:00"), Duration.ofMinutes(5),
                UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), URI.create("https://example.com/a")), sink.times(1));
        assertTrue(runner.method.schemaJson().contains("\"date\":{\"type\":\"string\",\"format\":\"date\"}"));
    }

    @Test
    void arraysNestedCollectionsAndNullables() {
        runner.answering("{\"numbers\":[1,2,3],\"grid\":[[\"a\"],[\"b\",\"c\"]],\"nested\":[[\"x\"]],"
                + "\"linesByName\":[{\"key\":\"k\",\"value\":[{\"sku\":\"s\",\"quantity\":1,\"price\":2}]}],"
                + "\"maybe\":{\"name\":\"n\",\"e_mail\":\"e\",\"phone\":\"p\"},\"maybeList\":null}");
        Containers containers = sink.containers(1);
        assertArrayEquals(new int[] {1, 2, 3}, containers.numbers());
        assertArrayEquals(new String[][] {{"a"}, {"b", "c"}}, containers.grid());
        assertEquals(List.of(List.of("x")), List.copyOf(containers.nested()));
        assertEquals(Map.of("k", List.of(new Line("s", 1, new BigDecimal("2")))), containers.linesByName());
        assertEquals(Optional.of(new Customer("n", "e", "p")), containers.maybe());
        assertEquals(null, containers.maybeList());
    }

    @Test
    void defaultMethodsStayTheInterfaces() {
        assertEquals("hi you", sink.greet("you"));
    }

    @Test
    void nestedInterfaceGetsJoinedName() {
        assertEquals(SaasLlm_Outer_SpamFilter.class.getName(), GeneratedNames.implementationName(Outer.SpamFilter.class));
        runner.answering("{\"spam\":true,\"confidence\":0.9}");
        assertEquals(new Outer.Verdict(true, 0.9), new SaasLlm_Outer_SpamFilter(runner).check("buy now"));
        assertEquals("spam_filter", runner.method.jobType());
    }

    @Test
    void inheritedMethodsAreImplementedWithTheTypeArgumentsOfTheSubinterface() throws Exception {
        runner.answering("{\"label\":\"b\",\"score\":0.5}");
        com.acme.inherit.Picker picker = new com.acme.inherit.SaasLlm_Picker(runner);
        assertEquals(new com.acme.inherit.Choice("b", 0.5), picker.pick(List.of("a", "b")));
        assertEquals("picking", runner.method.jobType());
        assertEquals(List.of(ChatMessage.system("Pick well."), ChatMessage.user("Pick one of a, b")), runner.messages);

        runner.answering("because");
        assertEquals("because", picker.explain(new com.acme.inherit.Choice("b", 0.5)));
        assertEquals(List.of(ChatMessage.system("Pick well."), ChatMessage.user("Explain b")), runner.messages,
                "an empty @Prompt system keeps the interface's");
    }

    @Test
    void declarationNullableAndAccessorRename() {
        runner.answering("{\"fax\":null,\"floor\":null,\"full_name\":\"Ada\"}");
        assertEquals(new com.acme.kitchen.Contact(null, null, "Ada"), sink.contact("t"));
        assertTrue(runner.method.schemaJson().contains("\"fax\":{\"type\":[\"string\",\"null\"]},\"floor\":{\"type\":[\"integer\",\"null\"]},\"full_name\":{\"type\":\"string\",\"description\":\"Given and family name\"}"),
                runner.method.schemaJson());
    }

    @Test
    void inheritedMemberTypesDoNotShadowGeneratedReferences() {
        com.acme.nested.Shadowed shadowed = new com.acme.nested.SaasLlm_Shadowed(runner);
        runner.answering("{\"value\":\"v\"}");
        assertEquals(new com.acme.nested.Shadowed.List("v"), shadowed.list("t"));
        runner.answering("{\"value\":[\"B\"]}");
        assertEquals(List.of(com.acme.nested.Shadowed.JsonCodec.B), shadowed.codecs("t"));
    }
}
