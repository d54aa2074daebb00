package com.acme.jobs;

import com.squareup.moshi.JsonReader;
import dev.saasllm.CallOptions;
import dev.saasllm.ChatMessage;
import dev.saasllm.JobResult;
import dev.saasllm.internal.AnswerReaders;
import dev.saasllm.internal.FlowMethod;
import dev.saasllm.internal.Invocation;
import dev.saasllm.internal.JobRunner;
import dev.saasllm.internal.JsonValues;
import dev.saasllm.internal.PromptMethod;
import dev.saasllm.internal.ServiceInfo;
import dev.saasllm.internal.Templates;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The generated implementation of {@link DocumentDesk}; obtain it with {@code SaasLlmClient.create}.
 */
@Generated("dev.saasllm.processor.LlmJobProcessor")
public final class SaasLlm_DocumentDesk implements DocumentDesk {
    private static final PromptMethod<String> KEY_POINTS = PromptMethod.chat("com.acme.jobs.DocumentDesk", "keyPoints", "document_desk", CallOptions.builder().model("DeskModel").temperature(0.3).maxTokens(500).purpose("key_points").build())
            .withFingerprint("83a88a3fb0d08794")
            .withMetadata("product", "desk", "tier", "gold");

    private static final PromptMethod<String> SUMMARY = PromptMethod.chat("com.acme.jobs.DocumentDesk", "summary", "document_desk", CallOptions.builder().model("DeskModel").temperature(0.2).maxTokens(800).topP(0.9).frequencyPenalty(0.5).presencePenalty(-0.5).stop("\n"
            + "\n", "END").build())
            .withFingerprint("27d8371702aade95")
            .withMetadata("product", "desk", "tier", "platinum");

    private static final PromptMethod<Verdict> REVIEW = PromptMethod.<Verdict>structured(
            "com.acme.jobs.DocumentDesk", "review", "document_desk", CallOptions.builder().model("DeskModel").temperature(0.2).maxTokens(800).build(),
            "Verdict",
            "{\"type\":\"object\",\"properties\":{\"approved\":{\"type\":\"boolean\"},\"reason\":{\"type\":\"string\"}},\"required\":[\"approved\",\"reason\"],\"additionalProperties\":false}",
            AnswerReaders.json(JsonCodec::readVerdict))
            .withFingerprint("d58cfaaed70a7140")
            .withMetadata("product", "desk", "tier", "gold");

    private static final PromptMethod<String> ANALYZE_ASYNC = PromptMethod.chat("com.acme.jobs.DocumentDesk", "analyzeAsync", "document_desk", CallOptions.builder().model("DeskModel").temperature(0.2).maxTokens(800).build())
            .withFingerprint("9a2f09b0bb1d5d3a")
            .withMetadata("product", "desk", "tier", "gold");

    private static final PromptMethod<Verdict> REVIEW_ASYNC = PromptMethod.<Verdict>structured(
            "com.acme.jobs.DocumentDesk", "reviewAsync", "document_desk", CallOptions.builder().model("DeskModel").temperature(0.2).maxTokens(800).build(),
            "Verdict",
            "{\"type\":\"object\",\"properties\":{\"approved\":{\"type\":\"boolean\"},\"reason\":{\"type\":\"string\"}},\"required\":[\"approved\",\"reason\"],\"additionalProperties\":false}",
            AnswerReaders.json(JsonCodec::readVerdict))
            .withFingerprint("d58cfaaed70a7140")
            .withMetadata("product", "desk", "tier", "gold");

    private static final PromptMethod<String> CHAT = PromptMethod.chat("com.acme.jobs.DocumentDesk", "chat", "document_desk", CallOptions.builder().model("DeskModel").temperature(0.2).maxTokens(800).build())
            .withFingerprint("903dd3008988d007")
            .withMetadata("product", "desk", "tier", "gold");

    /**
     * The interface's job type, fingerprint and metadata, for {@code SaasLlmClient.openJob}.
     */
    public static final ServiceInfo SERVICE = ServiceInfo.of("com.acme.jobs.DocumentDesk", "document_desk", "acbf409cf672a402", "product", "desk", "tier", "gold");

    private static final FlowMethod ANALYZE = FlowMethod.of("com.acme.jobs.DocumentDesk", "analyze", "document_desk", "acbf409cf672a402", "product", "desk", "tier", "gold");

    private static final FlowMethod ANALYZE_TWICE = FlowMethod.of("com.acme.jobs.DocumentDesk", "analyzeTwice", "double_analysis", "acbf409cf672a402", "product", "desk", "tier", "gold", "flow", "twice");

    private static final FlowMethod WARM_UP = FlowMethod.of("com.acme.jobs.DocumentDesk", "warmUp", "document_desk", "acbf409cf672a402", "product", "desk", "tier", "gold");

    private final JobRunner runner;

    /**
     * Called by the client with the runner that opens, calls and completes jobs.
     */
    public SaasLlm_DocumentDesk(JobRunner runner) {
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    @Override
    public String keyPoints(String document) {
        return this.runner.run(KEY_POINTS, Invocation.of(List.of(
                ChatMessage.system("Extract key points as bullet points"),
                ChatMessage.user("Extract key points from:\n"
                        + "\n" + Templates.text(document)))));
    }

    @Override
    public JobResult<String> summary(String document) {
        return this.runner.runForResult(SUMMARY, Invocation.of(List.of(
                ChatMessage.user("Summarize in 2-3 sentences:\n"
                        + "\n" + Templates.text(document)))));
    }

    @Override
    public Verdict review(String document, String user, DocumentDesk.Priority priority, int attempt,
            CallOptions options) {
        return this.runner.run(REVIEW, new Invocation(List.of(
                ChatMessage.user("Approve this document?\n"
                        + "\n" + Templates.text(document))),
                options, user, Invocation.metadata("priority", priority, "attempt", attempt)));
    }

    @Override
    public CompletableFuture<String> analyzeAsync(String document) {
        return this.runner.runAsync(ANALYZE_ASYNC, Invocation.of(List.of(
                ChatMessage.user("Analyze: " + Templates.text(document)))));
    }

    @Override
    public CompletableFuture<JobResult<Verdict>> reviewAsync(String document) {
        return this.runner.runForResultAsync(REVIEW_ASYNC, Invocation.of(List.of(
                ChatMessage.user("Approve this document?\n"
                        + "\n" + Templates.text(document)))));
    }

    @Override
    public String chat(List<ChatMessage> history, String message) {
        return this.runner.run(CHAT, Invocation.of(Invocation.withHistory(history, List.of(
                ChatMessage.system("You are a helpful assistant."),
                ChatMessage.user(Templates.text(message))))));
    }

    @Override
    public String analyze(String document) {
        return this.runner.flow(ANALYZE, Invocation.of(List.of()), bound -> new SaasLlm_DocumentDesk(bound).inJob$analyze(document));
    }

    private String inJob$analyze(String document) {
        return DocumentDesk.super.analyze(document);
    }

    @Override
    public List<String> analyzeTwice(String document, String user) {
        return this.runner.flow(ANALYZE_TWICE, new Invocation(List.of(), null, user, null), bound -> new SaasLlm_DocumentDesk(bound).inJob$analyzeTwice(document, user));
    }

    private List<String> inJob$analyzeTwice(String document, String user) {
        return DocumentDesk.super.analyzeTwice(document, user);
    }

    @Override
    public void warmUp(String... documents) {
        this.runner.flow(WARM_UP, Invocation.of(List.of()), bound -> {
                    new SaasLlm_DocumentDesk(bound).inJob$warmUp(documents);
                    return null;
                });
    }

    private void inJob$warmUp(String... documents) {
        DocumentDesk.super.warmUp(documents);
    }

    /**
     * Reads answers without reflection.
     */
    private static final class JsonCodec {
        static final JsonReader.Options VERDICT_NAMES = JsonReader.Options.of("approved", "reason");

        private JsonCodec() {
        }

        static Verdict readVerdict(JsonReader reader) throws IOException {
            boolean approved = false;
            boolean hasApproved = false;
            String reason = null;
            boolean hasReason = false;
            reader.beginObject();
            while (reader.hasNext()) {
                switch (reader.selectName(JsonCodec.VERDICT_NAMES)) {
                    case 0:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("approved", reader);
                        }
                        approved = reader.nextBoolean();
                        hasApproved = true;
                        break;
                    case 1:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("reason", reader);
                        }
                        reason = reader.nextString();
                        hasReason = true;
                        break;
                    default:
                        reader.skipName();
                        reader.skipValue();
                }
            }
            reader.endObject();
            if (!hasApproved) {
                throw JsonValues.missingProperty("approved", reader);
            }
            if (!hasReason) {
                throw JsonValues.missingProperty("reason", reader);
            }
            return new Verdict(approved, reason);
        }
    }
}
