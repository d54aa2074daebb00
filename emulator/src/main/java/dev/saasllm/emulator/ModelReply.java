package dev.saasllm.emulator;

import java.util.Objects;

/**
 * A scripted answer of the emulated model, queued with {@link SaasLlmEmulator#enqueue(ModelReply)}.
 * How it reaches the client depends on the provider's format ({@link StreamFormat}): a refusal is
 * {@code content: null} from OpenAI models and an empty text with their own finish reason from
 * Anthropic and Gemini ones; a truncated answer ends with each provider's max-tokens reason.
 */
public final class ModelReply {
    enum Kind { TEXT, TRUNCATED, REFUSAL }

    final Kind kind;
    final String text;

    private ModelReply(Kind kind, String text) {
        this.kind = kind;
        this.text = Objects.requireNonNull(text, "text");
    }

    /**
     * An answer that ends normally ({@code stop}, {@code end_turn}, {@code STOP}).
     *
     * @param content the answer's text
     * @return the reply
     */
    public static ModelReply text(String content) {
        return new ModelReply(Kind.TEXT, content);
    }

    /**
     * An answer cut off by the token limit ({@code length}, {@code max_tokens}, {@code MAX_TOKENS}).
     *
     * @param content the text up to the cut
     * @return the reply
     */
    public static ModelReply truncated(String content) {
        return new ModelReply(Kind.TRUNCATED, content);
    }

    /**
     * A refusal: OpenAI answers {@code content: null} (the text goes in {@code refusal}, which the
     * server drops; streamed, in {@code delta.refusal}); Anthropic stops with {@code refusal} and
     * Gemini with {@code SAFETY}, both with no text.
     *
     * @param explanation the refusal's text, where the provider has one
     * @return the reply
     */
    public static ModelReply refusal(String explanation) {
        return new ModelReply(Kind.REFUSAL, explanation);
    }

    @Override
    public String toString() {
        return "ModelReply." + kind.name().toLowerCase(java.util.Locale.ROOT) + "(" + text + ")";
    }
}
