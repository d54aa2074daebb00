package dev.saasllm.e2e;

import static dev.saasllm.e2e.Traffic.completedOnce;
import static dev.saasllm.e2e.Traffic.failedOnce;
import static dev.saasllm.e2e.Traffic.map;
import static dev.saasllm.e2e.Traffic.schemaSent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.InvalidOutputException;
import dev.saasllm.SaasLlmClient;
import dev.saasllm.e2e.Shapes.Customer;
import dev.saasllm.e2e.Shapes.Line;
import dev.saasllm.e2e.Shapes.Order;
import dev.saasllm.e2e.Shapes.Priority;
import dev.saasllm.emulator.EmulatorSettings;
import dev.saasllm.emulator.JobSnapshot;
import dev.saasllm.emulator.SaasLlmEmulator;
import dev.saasllm.emulator.SaasLlmEmulatorExtension;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The same generated calls against each server variant real deployments run. */
class ServerVariantsTest {
    @RegisterExtension
    static final SaasLlmEmulatorExtension EMULATOR = new SaasLlmEmulatorExtension(b -> b.credits(Traffic.CREDITS));

    enum Variant {
        CURRENT(s -> {}),
        LOWER_CASE_STATUSES(s -> s.lowerCaseStatuses(true)),
        OPENAI_ANSWER_SHAPE(s -> s.openAiAnswerShape(true)),
        MODEL_GROUP_FIELD(s -> s.modelGroupField(true)),
        NO_CREATE_AND_CALL(s -> s.createAndCallEndpoints(false)),
        ALL_AT_ONCE(s -> s.lowerCaseStatuses(true).openAiAnswerShape(true).modelGroupField(true)
                .createAndCallEndpoints(false));

        final Consumer<EmulatorSettings> settings;

        Variant(Consumer<EmulatorSettings> settings) {
            this.settings = settings;
        }

        boolean is(Variant single) {
            return this == single || (this == ALL_AT_ONCE && single != CURRENT);
        }
    }

    @AfterEach
    void nothingLeftOpen() {
        assertEquals(0, EMULATOR.emulator().openJobs());
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void record(Variant variant, SaasLlmEmulator emulator, SaasLlmClient client) {
        emulator.configure(variant.settings);

        Order order = client.create(OrderDesk.class).read(RecordAnswersTest.ORDER_TEXT);

        assertEquals(new Customer("Ada Lovelace", "ada@example.com"), order.customer());
        assertEquals(List.of(new Line("BK-1843", 3, new BigDecimal("19.99")), new Line("BK-1843", 3, new BigDecimal("19.99"))),
                order.lines());
        assertEquals(Set.of(Priority.LOW, Priority.HIGH), order.seen());
        assertEquals(Map.of("apples", 4), order.counters());
        assertEquals("object", schemaSent(emulator, "Order").get("type"));
        JobSnapshot job = completedOnce(emulator, "order_reading");
        assertVariantIsOn(variant, emulator, job);
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void rootList(Variant variant, SaasLlmEmulator emulator, SaasLlmClient client) {
        emulator.configure(variant.settings);

        List<Line> lines = client.create(RootTypes.class).lines("value: a, b, c\nSKU: Z-9\nQuantity: 1\nPrice: 2");

        assertEquals(3, lines.size());
        assertEquals(new Line("Z-9", 1, new BigDecimal("2")), lines.get(2));
        JobSnapshot job = completedOnce(emulator, "root_types");
        assertVariantIsOn(variant, emulator, job);
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void chat(Variant variant, SaasLlmEmulator emulator) {
        try (SaasLlmClient threeSteps = Traffic.threeSteps(emulator)) {
            emulator.configure(variant.settings);

            assertEquals("Echo: Greet Grace in one line.", threeSteps.create(OrderDesk.class).greet("Grace"));

            JobSnapshot job = completedOnce(emulator, "order_reading");
            assertVariantIsOn(variant, emulator, job);
        }
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void invalidAnswerFailsTheJob(Variant variant, SaasLlmEmulator emulator, SaasLlmClient client) {
        emulator.configure(variant.settings.andThen(s -> s.invalidJsonAnswers(1)));

        assertThrows(InvalidOutputException.class, () -> client.create(OrderDesk.class).read("Name: Ada"));

        JobSnapshot job = failedOnce(emulator, "order_reading");
        assertVariantIsOn(variant, emulator, job);
    }

    /** Proves, outside our client, that the emulator really served the variant. */
    private static void assertVariantIsOn(Variant variant, SaasLlmEmulator emulator, JobSnapshot job) {
        Map<String, Object> call = Traffic.onlyLlmCall(emulator);
        assertEquals("e2e-model", call.get("model_group"), "the client sends model_group for older servers");
        assertEquals("e2e-model", call.get("model"));

        String status = (String) map(Traffic.parse(RawHttp.get(emulator, "/api/jobs/" + job.jobId()))).get("status");
        String expected = job.status().name();
        assertEquals(variant.is(Variant.LOWER_CASE_STATUSES) ? expected.toLowerCase(java.util.Locale.ROOT) : expected, status);

        String probe = (String) map(Traffic.parse(RawHttp.post(emulator, "/api/jobs/create", "{\"team_id\": \""
                + emulator.teamId() + "\", \"job_type\": \"probe\"}"))).get("job_id");
        try {
            Map<String, Object> answer = map(Traffic.parse(RawHttp.post(emulator, "/api/jobs/" + probe + "/llm-call",
                    "{\"model\": \"m\", \"model_group\": \"m\", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}")));
            assertEquals(variant.is(Variant.OPENAI_ANSWER_SHAPE) ? "chat.completion" : null, answer.get("object"));
            Object metadata = answer.get("metadata");
            boolean modelGroup = metadata instanceof Map<?, ?> m && m.containsKey("model_group");
            assertEquals(variant.is(Variant.MODEL_GROUP_FIELD) && !variant.is(Variant.OPENAI_ANSWER_SHAPE), modelGroup,
                    "answer metadata: " + metadata);
        } finally {
            RawHttp.post(emulator, "/api/jobs/" + probe + "/complete", "{\"status\": \"failed\"}");
        }
    }
}
