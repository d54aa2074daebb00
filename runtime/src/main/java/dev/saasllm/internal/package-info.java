/**
 * Support that generated code calls. <strong>Not public API</strong>: it changes without notice,
 * in step with the processor of the same version.
 */
package dev.saasllm.internal;
