package com.acme.nested;

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
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The generated implementation of {@link Outer.SpamFilter}; obtain it with {@code SaasLlmClient.create}.
 */
@Generated("dev.saasllm.processor.LlmJobProcessor")
public final class SaasLlm_Outer_SpamFilter implements Outer.SpamFilter {
    private static final PromptMethod<Outer.Verdict> CHECK = PromptMethod.<Outer.Verdict>structured(
            "com.acme.nested.Outer.SpamFilter", "check", "spam_filter", CallOptions.builder().model("Filter").build(),
            "Verdict",
            "{\"type\":\"object\",\"properties\":{\"spam\":{\"type\":\"boolean\"},\"confidence\":{\"type\":\"number\"}},\"required\":[\"spam\",\"confidence\"],\"additionalProperties\":false}",
            AnswerReaders.json(JsonCodec::readVerdict))
            .withFingerprint("1f2e1750654ff495");

    /**
     * The interface's job type, fingerprint and metadata, for {@code SaasLlmClient.openJob}.
     */
    public static final ServiceInfo SERVICE = ServiceInfo.of("com.acme.nested.Outer.SpamFilter", "spam_filter", "c97c3f2e0eb38da9");

    private final JobRunner runner;

    /**
     * Called by the client with the runner that opens, calls and completes jobs.
     */
    public SaasLlm_Outer_SpamFilter(JobRunner runner) {
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    @Override
    public Outer.Verdict check(String message) {
        return this.runner.run(CHECK, Invocation.of(List.of(
                ChatMessage.user("Is this spam? " + Templates.text(message)))));
    }

    /**
     * Reads answers without reflection.
     */
    private static final class JsonCodec {
        static final JsonReader.Options VERDICT_NAMES = JsonReader.Options.of("spam", "confidence");

        private JsonCodec() {
        }

        static Outer.Verdict readVerdict(JsonReader reader) throws IOException {
            boolean spam = false;
            boolean hasSpam = false;
            double confidence = 0d;
            boolean hasConfidence = false;
            reader.beginObject();
            while (reader.hasNext()) {
                switch (reader.selectName(JsonCodec.VERDICT_NAMES)) {
                    case 0:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("spam", reader);
                        }
                        spam = reader.nextBoolean();
                        hasSpam = true;
                        break;
                    case 1:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("confidence", reader);
                        }
                        confidence = reader.nextDouble();
                        hasConfidence = true;
                        break;
                    default:
                        reader.skipName();
                        reader.skipValue();
                }
            }
            reader.endObject();
            if (!hasSpam) {
                throw JsonValues.missingProperty("spam", reader);
            }
            if (!hasConfidence) {
                throw JsonValues.missingProperty("confidence", reader);
            }
            return new Outer.Verdict(spam, confidence);
        }
    }
}
