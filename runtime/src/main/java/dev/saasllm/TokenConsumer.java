package dev.saasllm;

/**
 * Receives the tokens of a streamed answer as they arrive, on the thread that reads the stream.
 * As a parameter of a {@code @Prompt} method it marks the method as streamed: the method still
 * returns the whole answer ({@code String}, or a record parsed when the stream ends). An exception
 * thrown here ends the stream, fails the job and is rethrown by the method.
 */
@FunctionalInterface
public interface TokenConsumer {
    /**
     * Takes the next token.
     *
     * @param token the new text; never empty
     */
    void accept(String token);
}
