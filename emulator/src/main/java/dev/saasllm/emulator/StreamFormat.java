package dev.saasllm.emulator;

import java.util.Locale;

/**
 * Whose wire format a model's answers take. The server forwards each provider's own stream: OpenAI
 * chunks, Anthropic events or Gemini objects; non-streamed answers differ in finish reasons and in
 * whether {@code content} can be null.
 */
public enum StreamFormat {
    /** Chosen by model name as the server's provider detection does: {@code claude} → Anthropic, {@code gemini} → Gemini, else OpenAI. */
    AUTO,
    /** OpenAI's {@code chat.completion.chunk} objects, ending with {@code data: [DONE]}. */
    OPENAI,
    /** Anthropic's Messages events ({@code message_start} ... {@code message_stop}), no {@code [DONE]}. */
    ANTHROPIC,
    /** Gemini's {@code GenerateContentResponse} objects, no {@code [DONE]}. */
    GEMINI;

    private static final String[] OPENAI_MARKERS =
            {"gpt-", "text-davinci", "text-curie", "text-babbage", "text-ada", "o1-", "o3-"};

    /**
     * The standalone jar's name for it: {@code auto}, {@code openai}, ...
     *
     * @return the lower-case name
     */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The format of a name, in any case.
     *
     * @param name {@code auto}, {@code openai}, {@code anthropic} or {@code gemini}
     * @return the format
     * @throws IllegalArgumentException for an unknown name
     */
    public static StreamFormat named(String name) {
        for (StreamFormat f : values()) {
            if (f.wireName().equals(name.toLowerCase(Locale.ROOT))) return f;
        }
        throw new IllegalArgumentException("Unknown stream format '" + name + "'; expected auto, openai, anthropic or gemini");
    }

    /** This format, or for {@link #AUTO} the provider the server would detect from {@code model}. */
    StreamFormat resolve(String model) {
        if (this != AUTO) return this;
        String lower = model.toLowerCase(Locale.ROOT);
        for (String marker : OPENAI_MARKERS) {
            if (lower.contains(marker)) return OPENAI;
        }
        if (lower.contains("claude")) return ANTHROPIC;
        if (lower.contains("gemini")) return GEMINI;
        return OPENAI; // Fireworks and unknown models speak OpenAI's format.
    }
}
