package dev.saasllm.internal;

/**
 * Turns the content of an LLM answer into a method's return value. Generated code supplies one
 * per method; it throws {@code dev.saasllm.InvalidOutputException} when the content does not fit.
 *
 * @param <T> the method's return type
 */
@FunctionalInterface
public interface AnswerReader<T> {
    /** The answer as text, unchanged: what a {@code String} method returns. */
    AnswerReader<String> TEXT = content -> content;

    /**
     * Reads an answer's content.
     *
     * @param content the model's answer, as received
     * @return the value
     */
    T read(String content);
}
