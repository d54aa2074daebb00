/** The annotation processor that compiles {@code @LlmJob} interfaces into typed job clients. */
package dev.saasllm.processor;
