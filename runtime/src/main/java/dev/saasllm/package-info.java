/**
 * The saasllm client. {@link dev.saasllm.SaasLlmClient} is the entry point: it creates the
 * implementations of {@code @LlmJob} interfaces generated at compile time, and offers the job API's
 * calls directly. Failures are {@link dev.saasllm.SaasLlmException}s, one subclass per kind.
 * Everything in {@code dev.saasllm.internal} is for generated code and is not public API.
 */
package dev.saasllm;
