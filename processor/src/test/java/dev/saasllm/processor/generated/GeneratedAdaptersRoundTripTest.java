package dev.saasllm.processor.generated;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.acme.kitchen.Catalog.Containers;
import com.acme.kitchen.Catalog.Customer;
import com.acme.kitchen.Catalog.Line;
import com.acme.kitchen.Catalog.Order;
import com.acme.kitchen.Catalog.Priority;
import com.acme.kitchen.Catalog.Scalars;
import com.acme.kitchen.Catalog.Times;
import com.acme.kitchen.SaasLlm_KitchenSink;
import com.squareup.moshi.JsonAdapter;
import java.io.IOException;
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

/** The generated adapters are complete Moshi adapters: what toJson writes, fromJson reads back. */
class GeneratedAdaptersRoundTripTest {

    @SuppressWarnings("unchecked")
    private static <T> JsonAdapter<T> adapter(String simpleName) throws ReflectiveOperationException {
        for (Class<?> nested : SaasLlm_KitchenSink.class.getDeclaredClasses()) {
            if (nested.getSimpleName().equals(simpleName)) {
                var constructor = nested.getDeclaredConstructor();
                constructor.setAccessible(true);
                return (JsonAdapter<T>) constructor.newInstance();
            }
        }
        throw new AssertionError("no " + simpleName);
    }

    private static <T> T roundTrip(String adapterName, T value) throws Exception {
        JsonAdapter<T> adapter = adapter(adapterName);
        return adapter.fromJson(adapter.toJson(value));
    }

    private static Order order() {
        Map<String, Integer> counters = new LinkedHashMap<>();
        counters.put("z", 26);
        counters.put("a", 1);
        return new Order(new Customer("Ada", "a@x.io", null), List.of(new Line("A-1", 2, new BigDecimal("19.990"))), Priority.HIGH,
                Optional.of("note"), counters, Set.of(Priority.LOW), LocalDate.of(2026, 1, 2));
    }

    @Test
    void recordWithEverythingRoundTrips() throws Exception {
        assertEquals(order(), roundTrip("OrderJsonAdapter", order()));
    }

    @Test
    void renamesAndEntriesAreWrittenAsTheSchemaSays() throws Exception {
        String json = SaasLlmKitchenSinkAdapters.orderJson(adapter("OrderJsonAdapter"), order());
        assertEquals("{\"customer\":{\"name\":\"Ada\",\"e_mail\":\"a@x.io\",\"phone\":null},\"lines\":[{\"sku\":\"A-1\","
                + "\"quantity\":2,\"price\":19.990}],\"priority\":\"urgent\",\"note\":\"note\",\"counters\":[{\"key\":\"z\","
                + "\"value\":26},{\"key\":\"a\",\"value\":1}],\"seen\":[\"LOW\"],\"placed\":\"2026-01-02\"}", json);
    }

    @Test
    void wrappedRootsRoundTrip() throws Exception {
        assertEquals(List.of(order()), roundTrip("ListOfOrderJsonAdapter", List.of(order())));
        assertEquals(Priority.MEDIUM, roundTrip("PriorityJsonAdapter", Priority.MEDIUM));
        assertEquals(7, (int) roundTrip("IntJsonAdapter", 7));
        assertEquals("{\"value\":7}", SaasLlmKitchenSinkAdapters.orderJson(adapter("IntJsonAdapter"), 7));
    }

    @Test
    void scalarsAndTimesRoundTrip() throws Exception {
        Scalars scalars = new Scalars(true, false, (byte) -1, (byte) 2, (short) 3, (short) 4, 5, 6, Long.MAX_VALUE, 8L, 1.5f, 2.5f,
                3.25, 4.5, 'x', '"', new BigInteger("123456789012345678901234567890"), new BigDecimal("0.1000000000000000000001"));
        assertEquals(scalars, roundTrip("ScalarsJsonAdapter", scalars));
        Times times = new Times(LocalDate.of(2026, 1, 2), LocalDateTime.of(2026, 1, 2, 3, 4, 5),
                OffsetDateTime.parse("2026-01-02T03:04:05+01:00"), ZonedDateTime.parse("2026-01-02T03:04:05+01:00[Europe/Paris]"),
                Instant.parse("2026-01-02T03:04:05Z"), LocalTime.of(3, 4), OffsetTime.parse("03:04+02:00"), Duration.ofMinutes(5),
                UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), URI.create("https://example.com/a?b=c"));
        assertEquals(times, roundTrip("TimesJsonAdapter", times));
    }

    @Test
    void containersRoundTrip() throws Exception {
        Containers containers = new Containers(new int[] {1, 2}, new String[][] {{"a"}, {}}, List.of(List.of("x", "y")),
                Map.of("k", List.of(new Line("s", 1, BigDecimal.ONE))), Optional.empty(), null);
        Containers back = roundTrip("ContainersJsonAdapter", containers);
        assertArrayEquals(containers.numbers(), back.numbers());
        assertArrayEquals(containers.grid(), back.grid());
        assertEquals(List.copyOf(containers.nested()), List.copyOf(back.nested()));
        assertEquals(containers.linesByName(), back.linesByName());
        assertEquals(Optional.empty(), back.maybe());
        assertEquals(null, back.maybeList());
    }

    /** Writes with Moshi's JsonWriter, keeping nulls, as the schema requires every property. */
    static final class SaasLlmKitchenSinkAdapters {
        static <T> String orderJson(JsonAdapter<T> adapter, T value) throws IOException {
            okio.Buffer buffer = new okio.Buffer();
            try (com.squareup.moshi.JsonWriter writer = com.squareup.moshi.JsonWriter.of(buffer)) {
                writer.setSerializeNulls(true);
                adapter.toJson(writer, value);
            }
            return buffer.readUtf8();
        }
    }
}
