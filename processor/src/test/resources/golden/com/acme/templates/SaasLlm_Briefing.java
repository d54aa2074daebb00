package com.acme.templates;

import dev.saasllm.CallOptions;
import dev.saasllm.ChatMessage;
import dev.saasllm.internal.Invocation;
import dev.saasllm.internal.JobRunner;
import dev.saasllm.internal.JsonText;
import dev.saasllm.internal.PromptMethod;
import dev.saasllm.internal.ServiceInfo;
import dev.saasllm.internal.Templates;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The generated implementation of {@link Briefing}; obtain it with {@code SaasLlmClient.create}.
 */
@Generated("dev.saasllm.processor.LlmJobProcessor")
public final class SaasLlm_Briefing implements Briefing {
    private static final PromptMethod<String> SUMMARIZE = PromptMethod.chat("com.acme.templates.Briefing", "summarize", "briefing", CallOptions.NONE)
            .withFingerprint("eb506cdd46c9f7b8");

    private static final PromptMethod<String> DESCRIBE = PromptMethod.chat("com.acme.templates.Briefing", "describe", "briefing", CallOptions.NONE)
            .withFingerprint("d9da7510ec440fb2");

    private static final PromptMethod<String> TAGS = PromptMethod.chat("com.acme.templates.Briefing", "tags", "briefing", CallOptions.NONE)
            .withFingerprint("c9128ca52586ae90");

    private static final PromptMethod<String> SCORES = PromptMethod.chat("com.acme.templates.Briefing", "scores", "briefing", CallOptions.NONE)
            .withFingerprint("1ae28052fbceebda");

    private static final PromptMethod<String> DEFAULTS = PromptMethod.chat("com.acme.templates.Briefing", "defaults", "briefing", CallOptions.NONE)
            .withFingerprint("d75d0d5ec8203fc7");

    private static final PromptMethod<String> AS_JSON = PromptMethod.chat("com.acme.templates.Briefing", "asJson", "briefing", CallOptions.NONE)
            .withFingerprint("8c741b8b8e660e2c");

    private static final PromptMethod<String> RECORDS_IN_A_LOOP = PromptMethod.chat("com.acme.templates.Briefing", "recordsInALoop", "briefing", CallOptions.NONE)
            .withFingerprint("4b9d5f03d72ba6ac");

    private static final PromptMethod<String> NESTED = PromptMethod.chat("com.acme.templates.Briefing", "nested", "briefing", CallOptions.NONE)
            .withFingerprint("738f470ede1e6015");

    /**
     * The interface's job type, fingerprint and metadata, for {@code SaasLlmClient.openJob}.
     */
    public static final ServiceInfo SERVICE = ServiceInfo.of("com.acme.templates.Briefing", "briefing", "d86f2e0f9b0bd499");

    private final JobRunner runner;

    /**
     * Called by the client with the runner that opens, calls and completes jobs.
     */
    public SaasLlm_Briefing(JobRunner runner) {
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    @Override
    public String summarize(List<Briefing.Document> documents) {
        StringBuilder userPrompt = new StringBuilder();
        userPrompt.append("Summarize these documents:\n");
        int docIndex = 0;
        for (var docIterator = Templates.iterator(documents); docIterator.hasNext(); docIndex++) {
            var doc = docIterator.next();
            userPrompt.append("\n"
                            + "## ").append((docIndex + 1)).append(". ").append(Templates.text(doc == null ? null : doc.title())).append("\n").append(Templates.text(doc == null ? null : doc.body())).append("\n");
        }
        if (docIndex == 0) {
            userPrompt.append("\n"
                            + "(no documents)\n");
        }
        return this.runner.run(SUMMARIZE, Invocation.of(List.of(
                ChatMessage.user(userPrompt.toString()))));
    }

    @Override
    public String describe(Briefing.Order order) {
        StringBuilder userPrompt = new StringBuilder();
        userPrompt.append("Order ").append(Templates.text(order == null ? null : order.id())).append(" placed ").append(Templates.date(order == null ? null : order.placed(), "d MMM yyyy")).append(":");
        int lineIndex = 0;
        for (var lineIterator = Templates.iterator(order == null ? null : order.lines()); lineIterator.hasNext(); lineIndex++) {
            var line = lineIterator.next();
            userPrompt.append("\n"
                            + "- ");
            if (line != null) userPrompt.append(line.quantity());
            userPrompt.append(" x ").append(Templates.text(line == null || line.product() == null ? null : line.product().name())).append(" at ").append(Templates.number(line == null || line.product() == null ? null : line.product().price(), "#,##0.00"));
            if (Boolean.TRUE.equals(line == null ? null : line.gift())) {
                userPrompt.append(" (gift)");
            }
        }
        if (Templates.present(order == null ? null : order.note())) {
            userPrompt.append("\n"
                            + "Note: ").append(Templates.text(order == null ? null : order.note()));
        } else {
            userPrompt.append("\n"
                            + "No note.");
        }
        return this.runner.run(DESCRIBE, Invocation.of(List.of(
                ChatMessage.user(userPrompt.toString()))));
    }

    @Override
    public String tags(String[] tags) {
        StringBuilder userPrompt = new StringBuilder();
        userPrompt.append("Tags: ");
        int tagIndex = 0;
        for (var tagIterator = Templates.iterator(tags); tagIterator.hasNext(); tagIndex++) {
            var tag = tagIterator.next();
            userPrompt.append(Templates.text(tag));
            if (tagIterator.hasNext()) {
                userPrompt.append(", ");
            }
        }
        userPrompt.append(".");
        if (!Templates.nonEmpty(tags)) {
            userPrompt.append(" none");
        }
        return this.runner.run(TAGS, Invocation.of(List.of(
                ChatMessage.user(userPrompt.toString()))));
    }

    @Override
    public String scores(Map<String, Double> scores) {
        StringBuilder userPrompt = new StringBuilder();
        userPrompt.append("Scores:");
        int scoreIndex = 0;
        for (var scoreIterator = Templates.iterator(scores); scoreIterator.hasNext(); scoreIndex++) {
            var score = scoreIterator.next();
            userPrompt.append("\n").append(Templates.text(score.getKey())).append("=").append(Templates.number(score.getValue(), "0.0"));
            if (!scoreIterator.hasNext()) {
                userPrompt.append(" (last)");
            }
        }
        return this.runner.run(SCORES, Invocation.of(List.of(
                ChatMessage.user(userPrompt.toString()))));
    }

    @Override
    public String defaults(boolean urgent, String customer, double ratio, List<Integer> items) {
        StringBuilder userPrompt = new StringBuilder();
        if (urgent) {
            userPrompt.append("URGENT: ");
        }
        if (Templates.nonEmpty(customer)) {
            userPrompt.append("Customer: ").append(Templates.format(customer, Briefing::shout));
        } else {
            userPrompt.append("Anonymous");
        }
        userPrompt.append(" wrote ").append(Templates.text(ratio)).append(" and ").append(Templates.text(items));
        return this.runner.run(DEFAULTS, Invocation.of(List.of(
                ChatMessage.user(userPrompt.toString()))));
    }

    @Override
    public String asJson(Briefing.Order order, Briefing.Document first, List<String> tags) {
        return this.runner.run(AS_JSON, Invocation.of(List.of(
                ChatMessage.user("Order as JSON: " + JsonCodec.writeOrder(new StringBuilder(), order).toString() + "\n"
                        + "First document: " + JsonCodec.writeDocument(new StringBuilder(), first).toString() + "\n"
                        + "Tags: " + JsonCodec.writeListOfString(new StringBuilder(), tags).toString()))));
    }

    @Override
    public String recordsInALoop(List<Briefing.Document> documents) {
        StringBuilder userPrompt = new StringBuilder();
        int docIndex = 0;
        for (var docIterator = Templates.iterator(documents); docIterator.hasNext(); docIndex++) {
            var doc = docIterator.next();
            userPrompt.append("\n");
            JsonCodec.writeDocument(userPrompt, doc);
        }
        return this.runner.run(RECORDS_IN_A_LOOP, Invocation.of(List.of(
                ChatMessage.user(userPrompt.toString()))));
    }

    @Override
    public String nested(List<Briefing.Order> orders, int[] counts) {
        StringBuilder userPrompt = new StringBuilder();
        int orderIndex = 0;
        for (var orderIterator = Templates.iterator(orders); orderIterator.hasNext(); orderIndex++) {
            var order = orderIterator.next();
            userPrompt.append(Templates.text(order == null ? null : order.id())).append(":");
            int lineIndex = 0;
            for (var lineIterator = Templates.iterator(order == null ? null : order.lines()); lineIterator.hasNext(); lineIndex++) {
                var line = lineIterator.next();
                userPrompt.append((lineIndex + 1)).append("/").append((orderIndex + 1)).append("=");
                if (line != null) userPrompt.append(line.quantity());
                if (!lineIterator.hasNext()) {
                    userPrompt.append("!");
                }
                if (lineIterator.hasNext()) {
                    userPrompt.append(",");
                }
            }
            if (orderIterator.hasNext()) {
                userPrompt.append("; ");
            }
        }
        userPrompt.append("|");
        int nIndex = 0;
        for (var nIterator = Templates.iterator(counts); nIterator.hasNext(); nIndex++) {
            var n = nIterator.next();
            userPrompt.append(nIndex).append(":").append(n);
            if (nIterator.hasNext()) {
                userPrompt.append(" ");
            }
        }
        return this.runner.run(NESTED, Invocation.of(List.of(
                ChatMessage.user(userPrompt.toString()))));
    }

    /**
     * Writes template values as JSON, without reflection.
     */
    private static final class JsonCodec {
        private JsonCodec() {
        }

        static StringBuilder writeOrder(StringBuilder out, Briefing.Order value) {
            if (value == null) {
                return out.append("null");
            }
            out.append("{\"id\":");
            JsonText.scalar(out, value.id());
            out.append(",\"lines\":");
            JsonCodec.writeListOfLine(out, value.lines());
            out.append(",\"note\":");
            JsonCodec.writeOptionalOfString(out, value.note());
            out.append(",\"placed\":");
            JsonText.scalar(out, value.placed());
            out.append("}");
            return out;
        }

        static StringBuilder writeListOfLine(StringBuilder out,
                Iterable<? extends Briefing.Line> value) {
            if (value == null) {
                return out.append("null");
            }
            out.append('[');
            boolean first = true;
            for (var item : value) {
                if (!first) out.append(',');
                first = false;
                JsonCodec.writeLine(out, item);
            }
            out.append(']');
            return out;
        }

        static StringBuilder writeLine(StringBuilder out, Briefing.Line value) {
            if (value == null) {
                return out.append("null");
            }
            out.append("{\"product\":");
            JsonCodec.writeProduct(out, value.product());
            out.append(",\"quantity\":");
            JsonText.scalar(out, value.quantity());
            out.append(",\"gift\":");
            JsonText.scalar(out, value.gift());
            out.append("}");
            return out;
        }

        static StringBuilder writeProduct(StringBuilder out, Briefing.Product value) {
            if (value == null) {
                return out.append("null");
            }
            out.append("{\"name\":");
            JsonText.scalar(out, value.name());
            out.append(",\"price\":");
            JsonText.scalar(out, value.price());
            out.append("}");
            return out;
        }

        static StringBuilder writeOptionalOfString(StringBuilder out,
                Optional<? extends String> value) {
            if (value == null) {
                return out.append("null");
            }
            if (value.isPresent()) {
                JsonText.scalar(out, value.get());
            } else {
                out.append("null");
            }
            return out;
        }

        static StringBuilder writeDocument(StringBuilder out, Briefing.Document value) {
            if (value == null) {
                return out.append("null");
            }
            out.append("{\"title\":");
            JsonText.scalar(out, value.title());
            out.append(",\"body\":");
            JsonText.scalar(out, value.body());
            out.append("}");
            return out;
        }

        static StringBuilder writeListOfString(StringBuilder out,
                Iterable<? extends String> value) {
            if (value == null) {
                return out.append("null");
            }
            out.append('[');
            boolean first = true;
            for (var item : value) {
                if (!first) out.append(',');
                first = false;
                JsonText.scalar(out, item);
            }
            out.append(']');
            return out;
        }
    }
}
