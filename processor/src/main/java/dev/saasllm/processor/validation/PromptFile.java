package dev.saasllm.processor.validation;

/**
 * A prompt file the processor read: its name relative to the resource root, the
 * {@code StandardLocation} it was found in, and the SHA-256 of its bytes.
 */
public record PromptFile(String name, String location, String sha256) {}
