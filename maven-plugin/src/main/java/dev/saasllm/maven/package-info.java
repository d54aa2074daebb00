/**
 * The {@code saasllm:prompts} goal: incremental builds that recompile an {@code @LlmJob} interface
 * when one of its prompt files changed. {@link dev.saasllm.maven.PromptsMojo} is the goal; the rest
 * is package-private.
 */
package dev.saasllm.maven;
