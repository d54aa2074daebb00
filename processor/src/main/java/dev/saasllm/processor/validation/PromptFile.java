package dev.saasllm.processor.validation;

/**
 * A prompt file the processor read.
 *
 * @param name its path relative to the resource root
 * @param location the name of the {@code StandardLocation} it was found in
 * @param sha256 the SHA-256 of its bytes, in hex
 */
public record PromptFile(String name, String location, String sha256) {}
