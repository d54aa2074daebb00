package dev.saasllm.processor.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.acme.templates.Briefing;
import com.acme.templates.Briefing.Document;
import com.acme.templates.Briefing.Line;
import com.acme.templates.Briefing.Order;
import com.acme.templates.Briefing.Product;
import com.acme.templates.SaasLlm_Briefing;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the generated loops, conditions and formats of {@link Briefing} send. */
class TemplatesGeneratedTest {
    private final FakeJobRunner runner = new FakeJobRunner();
    private final Briefing briefing = new SaasLlm_Briefing(runner);

    @BeforeEach
    void answer() {
        runner.answering("ok");
    }

    private String sent() {
        return runner.messages.get(runner.messages.size() - 1).content();
    }

    @Test
    void loopWritesEachItemWithItsNumberAndPathsIntoIt() {
        briefing.summarize(List.of(new Document("Q1", "Revenue up."), new Document("Q2 {x}", "Costs {y} down.")));
        assertEquals("Summarize these documents:\n\n## 1. Q1\nRevenue up.\n\n## 2. Q2 {x}\nCosts {y} down.\n", sent());
    }

    @Test
    void emptyOrNullCollectionTakesTheElseBranchAndNullItemsRenderAsNothing() {
        briefing.summarize(List.of());
        assertEquals("Summarize these documents:\n\n(no documents)\n", sent());
        briefing.summarize(null);
        assertEquals("Summarize these documents:\n\n(no documents)\n", sent());
        briefing.summarize(Arrays.asList((Document) null));
        assertEquals("Summarize these documents:\n\n## 1. \n\n", sent());
    }

    @Test
    void nestedPathsConditionsOnBooleansAndOptionalsAndFormats() {
        Order order = new Order("A-7", List.of(new Line(new Product("Tea", new BigDecimal("1234.5")), 2, false),
                new Line(new Product("Mug", new BigDecimal("8")), 1, true)), Optional.of("Leave at door"), LocalDate.of(2024, 3, 5));
        briefing.describe(order);
        assertEquals("Order A-7 placed 5 Mar 2024:\n- 2 x Tea at 1,234.50\n- 1 x Mug at 8.00 (gift)\nNote: Leave at door", sent());
        briefing.describe(new Order("B", List.of(), Optional.empty(), null));
        assertEquals("Order B placed :\nNo note.", sent());
        briefing.describe(null);
        assertEquals("Order  placed :\nNo note.", sent());
    }

    @Test
    void separatorGoesBetweenItemsAndNegatedConditionOnAnArray() {
        briefing.tags(new String[] {"a", "b", "c"});
        assertEquals("Tags: a, b, c.", sent());
        briefing.tags(new String[0]);
        assertEquals("Tags: . none", sent());
    }

    @Test
    void mapLoopReadsKeyAndValueAndKnowsTheLastEntry() {
        Map<String, Double> scores = new LinkedHashMap<>();
        scores.put("clarity", 0.8);
        scores.put("tone", 0.25);
        briefing.scores(scores);
        assertEquals("Scores:\nclarity=0.8\ntone=0.3 (last)", sent());
    }

    @Test
    void defaultsAndACustomFormatter() {
        briefing.defaults(true, "ada", 0.1 + 0.2, List.of(1, 2));
        assertEquals("URGENT: Customer: ADA wrote 0.3 and 1, 2", sent());
        briefing.defaults(false, null, 1e10, null);
        assertEquals("Anonymous wrote 10000000000 and ", sent());
        briefing.defaults(false, "", 2.0, List.of());
        assertEquals("Anonymous wrote 2 and ", sent());
    }

    @Test
    void recordsAndCollectionsAsJsonWithEscaping() {
        Order order = new Order("A\"7", List.of(new Line(new Product("Tea\n", new BigDecimal("1.50")), 2, true)), Optional.empty(),
                LocalDate.of(2024, 3, 5));
        briefing.asJson(order, new Document("T", null), List.of("a", "b\\"));
        assertEquals("Order as JSON: {\"id\":\"A\\\"7\",\"lines\":[{\"product\":{\"name\":\"Tea\\n\",\"price\":1.50},"
                + "\"quantity\":2,\"gift\":true}],\"note\":null,\"placed\":\"2024-03-05\"}\n"
                + "First document: {\"title\":\"T\",\"body\":null}\nTags: [\"a\",\"b\\\\\"]", sent());
        briefing.asJson(null, null, null);
        assertEquals("Order as JSON: null\nFirst document: null\nTags: null", sent());
    }

    @Test
    void recordsInALoopAreJsonByDefault() {
        briefing.recordsInALoop(List.of(new Document("a", "b"), new Document("c", "d")));
        assertEquals("\n{\"title\":\"a\",\"body\":\"b\"}\n{\"title\":\"c\",\"body\":\"d\"}", sent());
    }

    @Test
    void nestedLoopsSeeTheOuterItemAndPrimitiveArraysLoop() {
        Line tea = new Line(new Product("Tea", BigDecimal.ONE), 2, false);
        Line mug = new Line(new Product("Mug", BigDecimal.TEN), 1, false);
        briefing.nested(List.of(new Order("A", List.of(tea, mug), Optional.empty(), null), new Order("B", List.of(mug), Optional.empty(), null)),
                new int[] {7, 8});
        assertEquals("A:1/1=2,2/1=1!; B:1/2=1!|0:7 1:8", sent());
    }
}
