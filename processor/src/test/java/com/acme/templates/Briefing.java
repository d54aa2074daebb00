package com.acme.templates;

import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every template form: loops, separators, empty branches, conditions, paths in loops and formats. */
@LlmJob(type = "briefing")
public interface Briefing {
    record Product(String name, BigDecimal price) {}

    record Line(Product product, int quantity, boolean gift) {}

    record Order(String id, List<Line> lines, Optional<String> note, LocalDate placed) {}

    record Document(String title, String body) {}

    @Prompt("Summarize these documents:\n{#for doc in documents}\n## {doc_number}. {doc.title}\n{doc.body}\n{#else}\n(no documents)\n{/for}")
    String summarize(List<Document> documents);

    @Prompt("Order {order.id} placed {order.placed|date:d MMM yyyy}:"
            + "{#for line in order.lines}\n- {line.quantity} x {line.product.name} at {line.product.price|number:#,##0.00}"
            + "{#if line.gift} (gift){/if}{/for}"
            + "{#if order.note}\nNote: {order.note}{#else}\nNo note.{/if}")
    String describe(Order order);

    @Prompt("Tags: {#for tag in tags}{tag}{#sep}, {/for}.{#if !tags} none{/if}")
    String tags(String[] tags);

    @Prompt("Scores:{#for score in scores}\n{score.key}={score.value|number:0.0}{#if score_last} (last){/if}{/for}")
    String scores(Map<String, Double> scores);

    @Prompt("{#if urgent}URGENT: {/if}{#if customer}Customer: {customer|shout}{#else}Anonymous{/if} wrote {ratio} and {items}")
    String defaults(boolean urgent, String customer, double ratio, List<Integer> items);

    @Prompt("Order as JSON: {order|json}\nFirst document: {first}\nTags: {tags|json}")
    String asJson(Order order, Document first, List<String> tags);

    @Prompt("{#for doc in documents}\n{doc}{/for}")
    String recordsInALoop(List<Document> documents);

    @Prompt("{#for order in orders}{order.id}:{#for line in order.lines}{line_number}/{order_number}={line.quantity}"
            + "{#if line_last}!{/if}{#sep},{/for}{#sep}; {/for}|{#for n in counts}{n_index}:{n}{#if !n_last} {/if}{/for}")
    String nested(List<Order> orders, int[] counts);

    static String shout(String text) {
        return text.toUpperCase(java.util.Locale.ROOT);
    }
}
