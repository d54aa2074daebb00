/** The immutable model of an {@code @LlmJob} interface that the writers turn into code. */
package dev.saasllm.processor.model;
