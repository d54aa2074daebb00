package com.acme.kitchen;

import com.squareup.moshi.JsonReader;
import dev.saasllm.CallOptions;
import dev.saasllm.ChatMessage;
import dev.saasllm.internal.AnswerReaders;
import dev.saasllm.internal.Invocation;
import dev.saasllm.internal.JobRunner;
import dev.saasllm.internal.JsonValues;
import dev.saasllm.internal.PromptMethod;
import dev.saasllm.internal.ServiceInfo;
import dev.saasllm.internal.Templates;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * The generated implementation of {@link KitchenSink}; obtain it with {@code SaasLlmClient.create}.
 */
@Generated("dev.saasllm.processor.LlmJobProcessor")
public final class SaasLlm_KitchenSink implements KitchenSink {
    private static final PromptMethod<Catalog.Order> READ_ORDER = PromptMethod.<Catalog.Order>structured(
            "com.acme.kitchen.KitchenSink", "readOrder", "order_reading", CallOptions.builder().model("OrderAgent").build(),
            "Order",
            "{\"type\":\"object\",\"properties\":{\"customer\":{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\",\"description\":\"Full name\"},\"e_mail\":{\"type\":\"string\"},\"phone\":{\"type\":[\"string\",\"null\"]}},\"required\":[\"name\",\"e_mail\",\"phone\"],\"additionalProperties\":false,\"description\":\"A customer\"},\"lines\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"sku\":{\"type\":\"string\"},\"quantity\":{\"type\":\"integer\"},\"price\":{\"type\":\"number\"}},\"required\":[\"sku\",\"quantity\",\"price\"],\"additionalProperties\":false}},\"priority\":{\"type\":\"string\",\"enum\":[\"LOW\",\"MEDIUM\",\"urgent\"],\"description\":\"How urgent a ticket is\\nLOW: can wait\"},\"note\":{\"type\":[\"string\",\"null\"]},\"counters\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"key\":{\"type\":\"string\"},\"value\":{\"type\":\"integer\"}},\"required\":[\"key\",\"value\"],\"additionalProperties\":false}},\"seen\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"enum\":[\"LOW\",\"MEDIUM\",\"urgent\"],\"description\":\"How urgent a ticket is\\nLOW: can wait\"}},\"placed\":{\"type\":\"string\",\"format\":\"date\"}},\"required\":[\"customer\",\"lines\",\"priority\",\"note\",\"counters\",\"seen\",\"placed\"],\"additionalProperties\":false,\"description\":\"The order found in the text\"}",
            AnswerReaders.json(JsonCodec::readOrder))
            .withFingerprint("7156dfb05ed24f2b");

    private static final PromptMethod<Catalog.Priority> CLASSIFY = PromptMethod.<Catalog.Priority>structured(
            "com.acme.kitchen.KitchenSink", "classify", "kitchen_sink", CallOptions.NONE,
            "Priority",
            "{\"type\":\"object\",\"properties\":{\"value\":{\"type\":\"string\",\"enum\":[\"LOW\",\"MEDIUM\",\"urgent\"],\"description\":\"How urgent a ticket is\\nLOW: can wait\"}},\"required\":[\"value\"],\"additionalProperties\":false}",
            AnswerReaders.json(JsonCodec::readPriorityAnswer))
            .withFingerprint("58f79b51f5484631");

    private static final PromptMethod<List<String>> TAGS = PromptMethod.<List<String>>structured(
            "com.acme.kitchen.KitchenSink", "tags", "kitchen_sink", CallOptions.NONE,
            "ListOfString",
            "{\"type\":\"object\",\"properties\":{\"value\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},\"required\":[\"value\"],\"additionalProperties\":false}",
            AnswerReaders.json(JsonCodec::readListOfStringAnswer))
            .withFingerprint("7da2ccfcaf0cc2e7");

    private static final PromptMethod<Set<Catalog.Priority>> PRIORITIES = PromptMethod.<Set<Catalog.Priority>>structured(
            "com.acme.kitchen.KitchenSink", "priorities", "kitchen_sink", CallOptions.NONE,
            "ListOfPriority",
            "{\"type\":\"object\",\"properties\":{\"value\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"enum\":[\"LOW\",\"MEDIUM\",\"urgent\"],\"description\":\"How urgent a ticket is\\nLOW: can wait\"}}},\"required\":[\"value\"],\"additionalProperties\":false}",
            AnswerReaders.json(JsonCodec::readSetOfPriorityAnswer))
            .withFingerprint("a8b5576716c1d015");

    private static final PromptMethod<Integer> COUNT = PromptMethod.<Integer>structured(
            "com.acme.kitchen.KitchenSink", "count", "kitchen_sink", CallOptions.NONE,
            "Int",
            "{\"type\":\"object\",\"properties\":{\"value\":{\"type\":\"integer\"}},\"required\":[\"value\"],\"additionalProperties\":false}",
            AnswerReaders.json(JsonCodec::readIntAnswer))
            .withFingerprint("4e1396c47f842fc0");

    private static final PromptMethod<Catalog.Scalars> SCALARS = PromptMethod.<Catalog.Scalars>structured(
            "com.acme.kitchen.KitchenSink", "scalars", "kitchen_sink", CallOptions.NONE,
            "Scalars",
            "{\"type\":\"object\",\"properties\":{\"flag\":{\"type\":\"boolean\"},\"boxedFlag\":{\"type\":\"boolean\"},\"b\":{\"type\":\"integer\"},\"boxedB\":{\"type\":\"integer\"},\"s\":{\"type\":\"integer\"},\"boxedS\":{\"type\":\"integer\"},\"i\":{\"type\":\"integer\"},\"boxedI\":{\"type\":\"integer\"},\"l\":{\"type\":\"integer\"},\"boxedL\":{\"type\":\"integer\"},\"f\":{\"type\":\"number\"},\"boxedF\":{\"type\":\"number\"},\"d\":{\"type\":\"number\"},\"boxedD\":{\"type\":\"number\"},\"c\":{\"type\":\"string\",\"minLength\":1,\"maxLength\":1},\"boxedC\":{\"type\":\"string\",\"minLength\":1,\"maxLength\":1},\"big\":{\"type\":\"integer\"},\"decimal\":{\"type\":\"number\"}},\"required\":[\"flag\",\"boxedFlag\",\"b\",\"boxedB\",\"s\",\"boxedS\",\"i\",\"boxedI\",\"l\",\"boxedL\",\"f\",\"boxedF\",\"d\",\"boxedD\",\"c\",\"boxedC\",\"big\",\"decimal\"],\"additionalProperties\":false}",
            AnswerReaders.json(JsonCodec::readScalars))
            .withFingerprint("7d66fd858690a363");

    private static final PromptMethod<Catalog.Times> TIMES = PromptMethod.<Catalog.Times>structured(
            "com.acme.kitchen.KitchenSink", "times", "kitchen_sink", CallOptions.NONE,
            "Times",
            "{\"type\":\"object\",\"properties\":{\"date\":{\"type\":\"string\",\"format\":\"date\"},\"dateTime\":{\"type\":\"string\",\"format\":\"date-time\"},\"offsetDateTime\":{\"type\":\"string\",\"format\":\"date-time\"},\"zoned\":{\"type\":\"string\",\"format\":\"date-time\"},\"instant\":{\"type\":\"string\",\"format\":\"date-time\"},\"time\":{\"type\":\"string\",\"format\":\"time\"},\"offsetTime\":{\"type\":\"string\",\"format\":\"time\"},\"duration\":{\"type\":\"string\",\"format\":\"duration\"},\"uuid\":{\"type\":\"string\",\"format\":\"uuid\"},\"uri\":{\"type\":\"string\",\"format\":\"uri\"}},\"required\":[\"date\",\"dateTime\",\"offsetDateTime\",\"zoned\",\"instant\",\"time\",\"offsetTime\",\"duration\",\"uuid\",\"uri\"],\"additionalProperties\":false}",
            AnswerReaders.json(JsonCodec::readTimes))
            .withFingerprint("0d8be7c90f4d6758");

    private static final PromptMethod<Catalog.Containers> CONTAINERS = PromptMethod.<Catalog.Containers>structured(
            "com.acme.kitchen.KitchenSink", "containers", "kitchen_sink", CallOptions.NONE,
            "Containers",
            "{\"type\":\"object\",\"properties\":{\"numbers\":{\"type\":\"array\",\"items\":{\"type\":\"integer\"}},\"grid\":{\"type\":\"array\",\"items\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},\"nested\":{\"type\":\"array\",\"items\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},\"linesByName\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"key\":{\"type\":\"string\"},\"value\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"sku\":{\"type\":\"string\"},\"quantity\":{\"type\":\"integer\"},\"price\":{\"type\":\"number\"}},\"required\":[\"sku\",\"quantity\",\"price\"],\"additionalProperties\":false}}},\"required\":[\"key\",\"value\"],\"additionalProperties\":false}},\"maybe\":{\"anyOf\":[{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\",\"description\":\"Full name\"},\"e_mail\":{\"type\":\"string\"},\"phone\":{\"type\":[\"string\",\"null\"]}},\"required\":[\"name\",\"e_mail\",\"phone\"],\"additionalProperties\":false,\"description\":\"A customer\"},{\"type\":\"null\"}]},\"maybeList\":{\"anyOf\":[{\"type\":\"array\",\"items\":{\"type\":\"string\"}},{\"type\":\"null\"}]}},\"required\":[\"numbers\",\"grid\",\"nested\",\"linesByName\",\"maybe\",\"maybeList\"],\"additionalProperties\":false}",
            AnswerReaders.json(JsonCodec::readContainers))
            .withFingerprint("3ca4a5ecc7d664b2");

    private static final PromptMethod<List<Catalog.Order>> ORDERS = PromptMethod.<List<Catalog.Order>>structured(
            "com.acme.kitchen.KitchenSink", "orders", "kitchen_sink", CallOptions.NONE,
            "ListOfOrder",
            "{\"type\":\"object\",\"properties\":{\"value\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"customer\":{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\",\"description\":\"Full name\"},\"e_mail\":{\"type\":\"string\"},\"phone\":{\"type\":[\"string\",\"null\"]}},\"required\":[\"name\",\"e_mail\",\"phone\"],\"additionalProperties\":false,\"description\":\"A customer\"},\"lines\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"sku\":{\"type\":\"string\"},\"quantity\":{\"type\":\"integer\"},\"price\":{\"type\":\"number\"}},\"required\":[\"sku\",\"quantity\",\"price\"],\"additionalProperties\":false}},\"priority\":{\"type\":\"string\",\"enum\":[\"LOW\",\"MEDIUM\",\"urgent\"],\"description\":\"How urgent a ticket is\\nLOW: can wait\"},\"note\":{\"type\":[\"string\",\"null\"]},\"counters\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"key\":{\"type\":\"string\"},\"value\":{\"type\":\"integer\"}},\"required\":[\"key\",\"value\"],\"additionalProperties\":false}},\"seen\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"enum\":[\"LOW\",\"MEDIUM\",\"urgent\"],\"description\":\"How urgent a ticket is\\nLOW: can wait\"}},\"placed\":{\"type\":\"string\",\"format\":\"date\"}},\"required\":[\"customer\",\"lines\",\"priority\",\"note\",\"counters\",\"seen\",\"placed\"],\"additionalProperties\":false}}},\"required\":[\"value\"],\"additionalProperties\":false}",
            AnswerReaders.json(JsonCodec::readListOfOrderAnswer))
            .withFingerprint("ab1bd5e98f2ddef1");

    private static final PromptMethod<Contact> CONTACT = PromptMethod.<Contact>structured(
            "com.acme.kitchen.KitchenSink", "contact", "kitchen_sink", CallOptions.NONE,
            "Contact",
            "{\"type\":\"object\",\"properties\":{\"fax\":{\"type\":[\"string\",\"null\"]},\"floor\":{\"type\":[\"integer\",\"null\"]},\"full_name\":{\"type\":\"string\",\"description\":\"Given and family name\"}},\"required\":[\"fax\",\"floor\",\"full_name\"],\"additionalProperties\":false}",
            AnswerReaders.json(JsonCodec::readContact))
            .withFingerprint("2f3a06f379df498b");

    /**
     * The interface's job type, fingerprint and metadata, for {@code SaasLlmClient.openJob}.
     */
    public static final ServiceInfo SERVICE = ServiceInfo.of("com.acme.kitchen.KitchenSink", "kitchen_sink", "0f10027f0c0eec21");

    private final JobRunner runner;

    /**
     * Called by the client with the runner that opens, calls and completes jobs.
     */
    public SaasLlm_KitchenSink(JobRunner runner) {
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    @Override
    public Catalog.Order readOrder(String email, Catalog.Order order) {
        return this.runner.run(READ_ORDER, Invocation.of(List.of(
                ChatMessage.system("You work for {ACME}."),
                ChatMessage.user("Read the order in this email.\n"
                        + "Customer so far: " + Templates.text(order == null || order.customer() == null ? null : order.customer().name()) + " <" + Templates.text(order == null || order.customer() == null ? null : order.customer().email()) + ">\n"
                        + "Email: " + Templates.text(email)))));
    }

    @Override
    public Catalog.Priority classify(String ticket, String team, int attempt) {
        return this.runner.run(CLASSIFY, Invocation.of(List.of(
                ChatMessage.system("Sort tickets for " + Templates.text(team) + "."),
                ChatMessage.user("Priority of: " + Templates.text(ticket)))));
    }

    @Override
    public List<String> tags(String text) {
        return this.runner.run(TAGS, Invocation.of(List.of(
                ChatMessage.system("You work for {ACME}."),
                ChatMessage.user("Tags of " + Templates.text(text)))));
    }

    @Override
    public Set<Catalog.Priority> priorities(String text) {
        return this.runner.run(PRIORITIES, Invocation.of(List.of(
                ChatMessage.system("You work for {ACME}."),
                ChatMessage.user("Priorities in " + Templates.text(text)))));
    }

    @Override
    public int count(String text) {
        return this.runner.run(COUNT, Invocation.of(List.of(
                ChatMessage.system("You work for {ACME}."),
                ChatMessage.user("Count words in " + Templates.text(text)))));
    }

    @Override
    public Catalog.Scalars scalars(long seed) {
        return this.runner.run(SCALARS, Invocation.of(List.of(
                ChatMessage.system("You work for {ACME}."),
                ChatMessage.user("Every scalar for " + Templates.text(seed)))));
    }

    @Override
    public Catalog.Times times(int seed) {
        return this.runner.run(TIMES, Invocation.of(List.of(
                ChatMessage.system("You work for {ACME}."),
                ChatMessage.user("Times for " + Templates.text(seed)))));
    }

    @Override
    public Catalog.Containers containers(int seed) {
        return this.runner.run(CONTAINERS, Invocation.of(List.of(
                ChatMessage.system("You work for {ACME}."),
                ChatMessage.user("Containers for " + Templates.text(seed)))));
    }

    @Override
    public List<Catalog.Order> orders(String... texts) {
        return this.runner.run(ORDERS, Invocation.of(List.of(
                ChatMessage.system("You work for {ACME}."),
                ChatMessage.user("Orders in " + Templates.text(texts)))));
    }

    @Override
    public Contact contact(String text) {
        return this.runner.run(CONTACT, Invocation.of(List.of(
                ChatMessage.system("You work for {ACME}."),
                ChatMessage.user("Contact in " + Templates.text(text)))));
    }

    /**
     * Reads answers without reflection.
     */
    private static final class JsonCodec {
        static final JsonReader.Options ORDER_NAMES = JsonReader.Options.of("customer", "lines", "priority", "note", "counters", "seen", "placed");

        static final JsonReader.Options CUSTOMER_NAMES = JsonReader.Options.of("name", "e_mail", "phone");

        static final JsonReader.Options LINE_NAMES = JsonReader.Options.of("sku", "quantity", "price");

        static final JsonReader.Options PRIORITY_VALUES = JsonReader.Options.of("LOW", "MEDIUM", "urgent");

        static final JsonReader.Options KEY_VALUE_NAMES = JsonReader.Options.of("key", "value");

        static final JsonReader.Options VALUE_NAMES = JsonReader.Options.of("value");

        static final JsonReader.Options SCALARS_NAMES = JsonReader.Options.of("flag", "boxedFlag", "b", "boxedB", "s", "boxedS", "i", "boxedI", "l", "boxedL", "f", "boxedF", "d", "boxedD", "c", "boxedC", "big", "decimal");

        static final JsonReader.Options TIMES_NAMES = JsonReader.Options.of("date", "dateTime", "offsetDateTime", "zoned", "instant", "time", "offsetTime", "duration", "uuid", "uri");

        static final JsonReader.Options CONTAINERS_NAMES = JsonReader.Options.of("numbers", "grid", "nested", "linesByName", "maybe", "maybeList");

        static final JsonReader.Options CONTACT_NAMES = JsonReader.Options.of("fax", "floor", "full_name");

        private JsonCodec() {
        }

        static Catalog.Order readOrder(JsonReader reader) throws IOException {
            Catalog.Customer customer = null;
            boolean hasCustomer = false;
            List<Catalog.Line> lines = null;
            boolean hasLines = false;
            Catalog.Priority priority = null;
            boolean hasPriority = false;
            Optional<String> note = Optional.empty();
            Map<String, Integer> counters = null;
            boolean hasCounters = false;
            Set<Catalog.Priority> seen = null;
            boolean hasSeen = false;
            LocalDate placed = null;
            boolean hasPlaced = false;
            reader.beginObject();
            while (reader.hasNext()) {
                switch (reader.selectName(JsonCodec.ORDER_NAMES)) {
                    case 0:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("customer", reader);
                        }
                        customer = JsonCodec.readCustomer(reader);
                        hasCustomer = true;
                        break;
                    case 1:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("lines", reader);
                        }
                        lines = JsonCodec.readListOfLine(reader);
                        hasLines = true;
                        break;
                    case 2:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("priority", reader);
                        }
                        priority = JsonCodec.readPriority(reader);
                        hasPriority = true;
                        break;
                    case 3:
                        note = JsonCodec.readOptionalOfString(reader);
                        break;
                    case 4:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("counters", reader);
                        }
                        counters = JsonCodec.readMapOfInteger(reader);
                        hasCounters = true;
                        break;
                    case 5:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("seen", reader);
                        }
                        seen = JsonCodec.readSetOfPriority(reader);
                        hasSeen = true;
                        break;
                    case 6:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("placed", reader);
                        }
                        placed = JsonValues.nextLocalDate(reader);
                        hasPlaced = true;
                        break;
                    default:
                        reader.skipName();
                        reader.skipValue();
                }
            }
            reader.endObject();
            if (!hasCustomer) {
                throw JsonValues.missingProperty("customer", reader);
            }
            if (!hasLines) {
                throw JsonValues.missingProperty("lines", reader);
            }
            if (!hasPriority) {
                throw JsonValues.missingProperty("priority", reader);
            }
            if (!hasCounters) {
                throw JsonValues.missingProperty("counters", reader);
            }
            if (!hasSeen) {
                throw JsonValues.missingProperty("seen", reader);
            }
            if (!hasPlaced) {
                throw JsonValues.missingProperty("placed", reader);
            }
            return new Catalog.Order(customer, lines, priority, note, counters, seen, placed);
        }

        static Catalog.Customer readCustomer(JsonReader reader) throws IOException {
            String name = null;
            boolean hasName = false;
            String email = null;
            boolean hasEmail = false;
            String phone = null;
            reader.beginObject();
            while (reader.hasNext()) {
                switch (reader.selectName(JsonCodec.CUSTOMER_NAMES)) {
                    case 0:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("name", reader);
                        }
                        name = reader.nextString();
                        hasName = true;
                        break;
                    case 1:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("e_mail", reader);
                        }
                        email = reader.nextString();
                        hasEmail = true;
                        break;
                    case 2:
                        phone = JsonCodec.readNullableOfString(reader);
                        break;
                    default:
                        reader.skipName();
                        reader.skipValue();
                }
            }
            reader.endObject();
            if (!hasName) {
                throw JsonValues.missingProperty("name", reader);
            }
            if (!hasEmail) {
                throw JsonValues.missingProperty("e_mail", reader);
            }
            return new Catalog.Customer(name, email, phone);
        }

        static String readNullableOfString(JsonReader reader) throws IOException {
            if (reader.peek() == JsonReader.Token.NULL) {
                reader.nextNull();
                return null;
            }
            return reader.nextString();
        }

        static List<Catalog.Line> readListOfLine(JsonReader reader) throws IOException {
            List<Catalog.Line> items = new ArrayList<>();
            reader.beginArray();
            while (reader.hasNext()) {
                items.add(JsonCodec.readLine(reader));
            }
            reader.endArray();
            return Collections.unmodifiableList(items);
        }

        static Catalog.Line readLine(JsonReader reader) throws IOException {
            String sku = null;
            boolean hasSku = false;
            int quantity = 0;
            boolean hasQuantity = false;
            BigDecimal price = null;
            boolean hasPrice = false;
            reader.beginObject();
            while (reader.hasNext()) {
                switch (reader.selectName(JsonCodec.LINE_NAMES)) {
                    case 0:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("sku", reader);
                        }
                        sku = reader.nextString();
                        hasSku = true;
                        break;
                    case 1:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("quantity", reader);
                        }
                        quantity = reader.nextInt();
                        hasQuantity = true;
                        break;
                    case 2:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("price", reader);
                        }
                        price = JsonValues.nextBigDecimal(reader);
                        hasPrice = true;
                        break;
                    default:
                        reader.skipName();
                        reader.skipValue();
                }
            }
            reader.endObject();
            if (!hasSku) {
                throw JsonValues.missingProperty("sku", reader);
            }
            if (!hasQuantity) {
                throw JsonValues.missingProperty("quantity", reader);
            }
            if (!hasPrice) {
                throw JsonValues.missingProperty("price", reader);
            }
            return new Catalog.Line(sku, quantity, price);
        }

        static Catalog.Priority readPriority(JsonReader reader) throws IOException {
            switch (reader.selectString(JsonCodec.PRIORITY_VALUES)) {
                case 0:
                    return Catalog.Priority.LOW;
                case 1:
                    return Catalog.Priority.MEDIUM;
                case 2:
                    return Catalog.Priority.HIGH;
                default:
                    throw JsonValues.unknownEnumValue(reader.nextString(), "[LOW, MEDIUM, urgent]", reader);
            }
        }

        static Optional<String> readOptionalOfString(JsonReader reader) throws IOException {
            if (reader.peek() == JsonReader.Token.NULL) {
                reader.nextNull();
                return Optional.empty();
            }
            return Optional.of(reader.nextString());
        }

        static Map<String, Integer> readMapOfInteger(JsonReader reader) throws IOException {
            Map<String, Integer> entries = new LinkedHashMap<>();
            reader.beginArray();
            while (reader.hasNext()) {
                String key = null;
                boolean hasKey = false;
                Integer value = null;
                boolean hasValue = false;
                reader.beginObject();
                while (reader.hasNext()) {
                    switch (reader.selectName(JsonCodec.KEY_VALUE_NAMES)) {
                        case 0:
                            if (reader.peek() == JsonReader.Token.NULL) {
                                throw JsonValues.unexpectedNull("key", reader);
                            }
                            key = reader.nextString();
                            hasKey = true;
                            break;
                        case 1:
                            if (reader.peek() == JsonReader.Token.NULL) {
                                throw JsonValues.unexpectedNull("value", reader);
                            }
                            value = reader.nextInt();
                            hasValue = true;
                            break;
                        default:
                            reader.skipName();
                            reader.skipValue();
                    }
                }
                reader.endObject();
                if (!hasKey) {
                    throw JsonValues.missingProperty("key", reader);
                }
                if (!hasValue) {
                    throw JsonValues.missingProperty("value", reader);
                }
                entries.put(key, value);
            }
            reader.endArray();
            return Collections.unmodifiableMap(entries);
        }

        static Set<Catalog.Priority> readSetOfPriority(JsonReader reader) throws IOException {
            Set<Catalog.Priority> items = new LinkedHashSet<>();
            reader.beginArray();
            while (reader.hasNext()) {
                items.add(JsonCodec.readPriority(reader));
            }
            reader.endArray();
            return Collections.unmodifiableSet(items);
        }

        static Catalog.Priority readPriorityAnswer(JsonReader reader) throws IOException {
            Catalog.Priority value = null;
            boolean hasValue = false;
            reader.beginObject();
            while (reader.hasNext()) {
                switch (reader.selectName(JsonCodec.VALUE_NAMES)) {
                    case 0:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("value", reader);
                        }
                        value = JsonCodec.readPriority(reader);
                        hasValue = true;
                        break;
                    default:
                        reader.skipName();
                        reader.skipValue();
                }
            }
            reader.endObject();
            if (!hasValue) {
                throw JsonValues.missingProperty("value", reader);
            }
            return value;
        }

        static List<String> readListOfStringAnswer(JsonReader reader) throws IOException {
            List<String> value = null;
            boolean hasValue = false;
            reader.beginObject();
            while (reader.hasNext()) {
                switch (reader.selectName(JsonCodec.VALUE_NAMES)) {
                    case 0:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("value", reader);
                        }
                        value = JsonCodec.readListOfString(reader);
                        hasValue = true;
                        break;
                    default:
                        reader.skipName();
                        reader.skipValue();
                }
            }
            reader.endObject();
            if (!hasValue) {
                throw JsonValues.missingProperty("value", reader);
            }
            return value;
        }

        static List<String> readListOfString(JsonReader reader) throws IOException {
            List<String> items = new ArrayList<>();
            reader.beginArray();
            while (reader.hasNext()) {
                items.add(reader.nextString());
            }
            reader.endArray();
            return Collections.unmodifiableList(items);
        }

        static Set<Catalog.Priority> readSetOfPriorityAnswer(JsonReader reader) throws IOException {
            Set<Catalog.Priority> value = null;
            boolean hasValue = false;
            reader.beginObject();
            while (reader.hasNext()) {
                switch (reader.selectName(JsonCodec.VALUE_NAMES)) {
                    case 0:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("value", reader);
                        }
                        value = JsonCodec.readSetOfPriority(reader);
                        hasValue = true;
                        break;
                    default:
                        reader.skipName();
                        reader.skipValue();
                }
            }
            reader.endObject();
            if (!hasValue) {
                throw JsonValues.missingProperty("value", reader);
            }
            return value;
        }

        static int readIntAnswer(JsonReader reader) throws IOException {
            int value = 0;
            boolean hasValue = false;
            reader.beginObject();
            while (reader.hasNext()) {
                switch (reader.selectName(JsonCodec.VALUE_NAMES)) {
                    case 0:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("value", reader);
                        }
                        value = reader.nextInt();
                        hasValue = true;
                        break;
                    default:
                        reader.skipName();
                        reader.skipValue();
                }
            }
            reader.endObject();
            if (!hasValue) {
                throw JsonValues.missingProperty("value", reader);
            }
            return value;
        }

        static Catalog.Scalars readScalars(JsonReader reader) throws IOException {
            boolean flag = false;
            boolean hasFlag = false;
            Boolean boxedFlag = null;
            boolean hasBoxedFlag = false;
            byte b = 0;
            boolean hasB = false;
            Byte boxedB = null;
            boolean hasBoxedB = false;
            short s = 0;
            boolean hasS = false;
            Short boxedS = null;
            boolean hasBoxedS = false;
            int i = 0;
            boolean hasI = false;
            Integer boxedI = null;
            boolean hasBoxedI = false;
            long l = 0L;
            boolean hasL = false;
            Long boxedL = null;
            boolean hasBoxedL = false;
            float f = 0f;
            boolean hasF = false;
            Float boxedF = null;
            boolean hasBoxedF = false;
            double d = 0d;
            boolean hasD = false;
            Double boxedD = null;
            boolean hasBoxedD = false;
            char c = '\0';
            boolean hasC = false;
            Character boxedC = null;
            boolean hasBoxedC = false;
            BigInteger big = null;
            boolean hasBig = false;
            BigDecimal decimal = null;
            boolean hasDecimal = false;
            reader.beginObject();
            while (reader.hasNext()) {
                switch (reader.selectName(JsonCodec.SCALARS_NAMES)) {
                    case 0:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("flag", reader);
                        }
                        flag = reader.nextBoolean();
                        hasFlag = true;
                        break;
                    case 1:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("boxedFlag", reader);
                        }
                        boxedFlag = reader.nextBoolean();
                        hasBoxedFlag = true;
                        break;
                    case 2:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("b", reader);
                        }
                        b = JsonValues.nextByte(reader);
                        hasB = true;
                        break;
                    case 3:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("boxedB", reader);
                        }
                        boxedB = JsonValues.nextByte(reader);
                        hasBoxedB = true;
                        break;
                    case 4:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("s", reader);
                        }
                        s = JsonValues.nextShort(reader);
                        hasS = true;
                        break;
                    case 5:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("boxedS", reader);
                        }
                        boxedS = JsonValues.nextShort(reader);
                        hasBoxedS = true;
                        break;
                    case 6:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("i", reader);
                        }
                        i = reader.nextInt();
                        hasI = true;
                        break;
                    case 7:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("boxedI", reader);
                        }
                        boxedI = reader.nextInt();
                        hasBoxedI = true;
                        break;
                    case 8:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("l", reader);
                        }
                        l = reader.nextLong();
                        hasL = true;
                        break;
                    case 9:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("boxedL", reader);
                        }
                        boxedL = reader.nextLong();
                        hasBoxedL = true;
                        break;
                    case 10:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("f", reader);
                        }
                        f = JsonValues.nextFloat(reader);
                        hasF = true;
                        break;
                    case 11:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("boxedF", reader);
                        }
                        boxedF = JsonValues.nextFloat(reader);
                        hasBoxedF = true;
                        break;
                    case 12:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("d", reader);
                        }
                        d = reader.nextDouble();
                        hasD = true;
                        break;
                    case 13:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("boxedD", reader);
                        }
                        boxedD = reader.nextDouble();
                        hasBoxedD = true;
                        break;
                    case 14:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("c", reader);
                        }
                        c = JsonValues.nextChar(reader);
                        hasC = true;
                        break;
                    case 15:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("boxedC", reader);
                        }
                        boxedC = JsonValues.nextChar(reader);
                        hasBoxedC = true;
                        break;
                    case 16:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("big", reader);
                        }
                        big = JsonValues.nextBigInteger(reader);
                        hasBig = true;
                        break;
                    case 17:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("decimal", reader);
                        }
                        decimal = JsonValues.nextBigDecimal(reader);
                        hasDecimal = true;
                        break;
                    default:
                        reader.skipName();
                        reader.skipValue();
                }
            }
            reader.endObject();
            if (!hasFlag) {
                throw JsonValues.missingProperty("flag", reader);
            }
            if (!hasBoxedFlag) {
                throw JsonValues.missingProperty("boxedFlag", reader);
            }
            if (!hasB) {
                throw JsonValues.missingProperty("b", reader);
            }
            if (!hasBoxedB) {
                throw JsonValues.missingProperty("boxedB", reader);
            }
            if (!hasS) {
                throw JsonValues.missingProperty("s", reader);
            }
            if (!hasBoxedS) {
                throw JsonValues.missingProperty("boxedS", reader);
            }
            if (!hasI) {
                throw JsonValues.missingProperty("i", reader);
            }
            if (!hasBoxedI) {
                throw JsonValues.missingProperty("boxedI", reader);
            }
            if (!hasL) {
                throw JsonValues.missingProperty("l", reader);
            }
            if (!hasBoxedL) {
                throw JsonValues.missingProperty("boxedL", reader);
            }
            if (!hasF) {
                throw JsonValues.missingProperty("f", reader);
            }
            if (!hasBoxedF) {
                throw JsonValues.missingProperty("boxedF", reader);
            }
            if (!hasD) {
                throw JsonValues.missingProperty("d", reader);
            }
            if (!hasBoxedD) {
                throw JsonValues.missingProperty("boxedD", reader);
            }
            if (!hasC) {
                throw JsonValues.missingProperty("c", reader);
            }
            if (!hasBoxedC) {
                throw JsonValues.missingProperty("boxedC", reader);
            }
            if (!hasBig) {
                throw JsonValues.missingProperty("big", reader);
            }
            if (!hasDecimal) {
                throw JsonValues.missingProperty("decimal", reader);
            }
            return new Catalog.Scalars(flag, boxedFlag, b, boxedB, s, boxedS, i, boxedI, l, boxedL, f, boxedF, d, boxedD, c, boxedC, big, decimal);
        }

        static Catalog.Times readTimes(JsonReader reader) throws IOException {
            LocalDate date = null;
            boolean hasDate = false;
            LocalDateTime dateTime = null;
            boolean hasDateTime = false;
            OffsetDateTime offsetDateTime = null;
            boolean hasOffsetDateTime = false;
            ZonedDateTime zoned = null;
            boolean hasZoned = false;
            Instant instant = null;
            boolean hasInstant = false;
            LocalTime time = null;
            boolean hasTime = false;
            OffsetTime offsetTime = null;
            boolean hasOffsetTime = false;
            Duration duration = null;
            boolean hasDuration = false;
            UUID uuid = null;
            boolean hasUuid = false;
            URI uri = null;
            boolean hasUri = false;
            reader.beginObject();
            while (reader.hasNext()) {
                switch (reader.selectName(JsonCodec.TIMES_NAMES)) {
                    case 0:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("date", reader);
                        }
                        date = JsonValues.nextLocalDate(reader);
                        hasDate = true;
                        break;
                    case 1:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("dateTime", reader);
                        }
                        dateTime = JsonValues.nextLocalDateTime(reader);
                        hasDateTime = true;
                        break;
                    case 2:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("offsetDateTime", reader);
                        }
                        offsetDateTime = JsonValues.nextOffsetDateTime(reader);
                        hasOffsetDateTime = true;
                        break;
                    case 3:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("zoned", reader);
                        }
                        zoned = JsonValues.nextZonedDateTime(reader);
                        hasZoned = true;
                        break;
                    case 4:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("instant", reader);
                        }
                        instant = JsonValues.nextInstant(reader);
                        hasInstant = true;
                        break;
                    case 5:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("time", reader);
                        }
                        time = JsonValues.nextLocalTime(reader);
                        hasTime = true;
                        break;
                    case 6:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("offsetTime", reader);
                        }
                        offsetTime = JsonValues.nextOffsetTime(reader);
                        hasOffsetTime = true;
                        break;
                    case 7:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("duration", reader);
                        }
                        duration = JsonValues.nextDuration(reader);
                        hasDuration = true;
                        break;
                    case 8:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("uuid", reader);
                        }
                        uuid = JsonValues.nextUuid(reader);
                        hasUuid = true;
                        break;
                    case 9:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("uri", reader);
                        }
                        uri = JsonValues.nextUri(reader);
                        hasUri = true;
                        break;
                    default:
                        reader.skipName();
                        reader.skipValue();
                }
            }
            reader.endObject();
            if (!hasDate) {
                throw JsonValues.missingProperty("date", reader);
            }
            if (!hasDateTime) {
                throw JsonValues.missingProperty("dateTime", reader);
            }
            if (!hasOffsetDateTime) {
                throw JsonValues.missingProperty("offsetDateTime", reader);
            }
            if (!hasZoned) {
                throw JsonValues.missingProperty("zoned", reader);
            }
            if (!hasInstant) {
                throw JsonValues.missingProperty("instant", reader);
            }
            if (!hasTime) {
                throw JsonValues.missingProperty("time", reader);
            }
            if (!hasOffsetTime) {
                throw JsonValues.missingProperty("offsetTime", reader);
            }
            if (!hasDuration) {
                throw JsonValues.missingProperty("duration", reader);
            }
            if (!hasUuid) {
                throw JsonValues.missingProperty("uuid", reader);
            }
            if (!hasUri) {
                throw JsonValues.missingProperty("uri", reader);
            }
            return new Catalog.Times(date, dateTime, offsetDateTime, zoned, instant, time, offsetTime, duration, uuid, uri);
        }

        static Catalog.Containers readContainers(JsonReader reader) throws IOException {
            int[] numbers = null;
            boolean hasNumbers = false;
            String[][] grid = null;
            boolean hasGrid = false;
            List<List<String>> nested = null;
            boolean hasNested = false;
            Map<String, List<Catalog.Line>> linesByName = null;
            boolean hasLinesByName = false;
            Optional<Catalog.Customer> maybe = Optional.empty();
            List<String> maybeList = null;
            reader.beginObject();
            while (reader.hasNext()) {
                switch (reader.selectName(JsonCodec.CONTAINERS_NAMES)) {
                    case 0:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("numbers", reader);
                        }
                        numbers = JsonCodec.readArrayOfInt(reader);
                        hasNumbers = true;
                        break;
                    case 1:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("grid", reader);
                        }
                        grid = JsonCodec.readArrayOfArrayOfString(reader);
                        hasGrid = true;
                        break;
                    case 2:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("nested", reader);
                        }
                        nested = JsonCodec.readListOfListOfString(reader);
                        hasNested = true;
                        break;
                    case 3:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("linesByName", reader);
                        }
                        linesByName = JsonCodec.readMapOfListOfLine(reader);
                        hasLinesByName = true;
                        break;
                    case 4:
                        maybe = JsonCodec.readOptionalOfCustomer(reader);
                        break;
                    case 5:
                        maybeList = JsonCodec.readNullableOfListOfString(reader);
                        break;
                    default:
                        reader.skipName();
                        reader.skipValue();
                }
            }
            reader.endObject();
            if (!hasNumbers) {
                throw JsonValues.missingProperty("numbers", reader);
            }
            if (!hasGrid) {
                throw JsonValues.missingProperty("grid", reader);
            }
            if (!hasNested) {
                throw JsonValues.missingProperty("nested", reader);
            }
            if (!hasLinesByName) {
                throw JsonValues.missingProperty("linesByName", reader);
            }
            return new Catalog.Containers(numbers, grid, nested, linesByName, maybe, maybeList);
        }

        static int[] readArrayOfInt(JsonReader reader) throws IOException {
            List<Integer> items = new ArrayList<>();
            reader.beginArray();
            while (reader.hasNext()) {
                items.add(reader.nextInt());
            }
            reader.endArray();
            int[] result = new int[items.size()];
            for (int i = 0; i < result.length; i++) {
                result[i] = items.get(i);
            }
            return result;
        }

        static String[][] readArrayOfArrayOfString(JsonReader reader) throws IOException {
            List<String[]> items = new ArrayList<>();
            reader.beginArray();
            while (reader.hasNext()) {
                items.add(JsonCodec.readArrayOfString(reader));
            }
            reader.endArray();
            return items.toArray(new String[0][]);
        }

        static String[] readArrayOfString(JsonReader reader) throws IOException {
            List<String> items = new ArrayList<>();
            reader.beginArray();
            while (reader.hasNext()) {
                items.add(reader.nextString());
            }
            reader.endArray();
            return items.toArray(new String[0]);
        }

        static List<List<String>> readListOfListOfString(JsonReader reader) throws IOException {
            List<List<String>> items = new ArrayList<>();
            reader.beginArray();
            while (reader.hasNext()) {
                items.add(JsonCodec.readListOfString(reader));
            }
            reader.endArray();
            return Collections.unmodifiableList(items);
        }

        static Map<String, List<Catalog.Line>> readMapOfListOfLine(JsonReader reader) throws
                IOException {
            Map<String, List<Catalog.Line>> entries = new LinkedHashMap<>();
            reader.beginArray();
            while (reader.hasNext()) {
                String key = null;
                boolean hasKey = false;
                List<Catalog.Line> value = null;
                boolean hasValue = false;
                reader.beginObject();
                while (reader.hasNext()) {
                    switch (reader.selectName(JsonCodec.KEY_VALUE_NAMES)) {
                        case 0:
                            if (reader.peek() == JsonReader.Token.NULL) {
                                throw JsonValues.unexpectedNull("key", reader);
                            }
                            key = reader.nextString();
                            hasKey = true;
                            break;
                        case 1:
                            if (reader.peek() == JsonReader.Token.NULL) {
                                throw JsonValues.unexpectedNull("value", reader);
                            }
                            value = JsonCodec.readListOfLine(reader);
                            hasValue = true;
                            break;
                        default:
                            reader.skipName();
                            reader.skipValue();
                    }
                }
                reader.endObject();
                if (!hasKey) {
                    throw JsonValues.missingProperty("key", reader);
                }
                if (!hasValue) {
                    throw JsonValues.missingProperty("value", reader);
                }
                entries.put(key, value);
            }
            reader.endArray();
            return Collections.unmodifiableMap(entries);
        }

        static Optional<Catalog.Customer> readOptionalOfCustomer(JsonReader reader) throws
                IOException {
            if (reader.peek() == JsonReader.Token.NULL) {
                reader.nextNull();
                return Optional.empty();
            }
            return Optional.of(JsonCodec.readCustomer(reader));
        }

        static List<String> readNullableOfListOfString(JsonReader reader) throws IOException {
            if (reader.peek() == JsonReader.Token.NULL) {
                reader.nextNull();
                return null;
            }
            return JsonCodec.readListOfString(reader);
        }

        static List<Catalog.Order> readListOfOrderAnswer(JsonReader reader) throws IOException {
            List<Catalog.Order> value = null;
            boolean hasValue = false;
            reader.beginObject();
            while (reader.hasNext()) {
                switch (reader.selectName(JsonCodec.VALUE_NAMES)) {
                    case 0:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("value", reader);
                        }
                        value = JsonCodec.readListOfOrder(reader);
                        hasValue = true;
                        break;
                    default:
                        reader.skipName();
                        reader.skipValue();
                }
            }
            reader.endObject();
            if (!hasValue) {
                throw JsonValues.missingProperty("value", reader);
            }
            return value;
        }

        static List<Catalog.Order> readListOfOrder(JsonReader reader) throws IOException {
            List<Catalog.Order> items = new ArrayList<>();
            reader.beginArray();
            while (reader.hasNext()) {
                items.add(JsonCodec.readOrder(reader));
            }
            reader.endArray();
            return Collections.unmodifiableList(items);
        }

        static Contact readContact(JsonReader reader) throws IOException {
            String fax = null;
            Integer floor = null;
            String name = null;
            boolean hasName = false;
            reader.beginObject();
            while (reader.hasNext()) {
                switch (reader.selectName(JsonCodec.CONTACT_NAMES)) {
                    case 0:
                        fax = JsonCodec.readNullableOfString(reader);
                        break;
                    case 1:
                        floor = JsonCodec.readNullableOfInteger(reader);
                        break;
                    case 2:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("full_name", reader);
                        }
                        name = reader.nextString();
                        hasName = true;
                        break;
                    default:
                        reader.skipName();
                        reader.skipValue();
                }
            }
            reader.endObject();
            if (!hasName) {
                throw JsonValues.missingProperty("full_name", reader);
            }
            return new Contact(fax, floor, name);
        }

        static Integer readNullableOfInteger(JsonReader reader) throws IOException {
            if (reader.peek() == JsonReader.Token.NULL) {
                reader.nextNull();
                return null;
            }
            return reader.nextInt();
        }
    }
}
