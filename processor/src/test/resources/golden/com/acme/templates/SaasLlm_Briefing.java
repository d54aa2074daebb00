package com.acme.templates;

import dev.saasllm.CallOptions;
import dev.saasllm.ChatMessage;
import dev.saasllm.internal.Invocation;
import dev.saasllm.internal.JobRunner;
import dev.saasllm.internal.PromptMethod;
import dev.saasllm.internal.ServiceInfo;
import dev.saasllm.internal.Templates;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    /**
     * The interface's job type, fingerprint and metadata, for {@code SaasLlmClient.openJob}.
     */
    public static final ServiceInfo SERVICE = ServiceInfo.of("com.acme.templates.Briefing", "briefing", "002d36b275573dcd");

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
                            + "## ").append(Templates.text((docIndex + 1))).append(". ").append(Templates.text(doc == null ? null : doc.title())).append("\n").append(Templates.text(doc == null ? null : doc.body())).append("\n");
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
                            + "- ").append(Templates.text(line == null ? null : line.quantity())).append(" x ").append(Templates.text(line == null || line.product() == null ? null : line.product().name())).append(" at ").append(Templates.number(line == null || line.product() == null ? null : line.product().price(), "#,##0.00"));
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
}
