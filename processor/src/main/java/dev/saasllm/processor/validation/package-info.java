/**
 * Reads {@code Element}s into the model: templates, defaults, the answer's schema (by the mapping
 * rules the runtime's reflective reader follows too) and the strict-schema limits, reporting every
 * problem on the exact element.
 */
package dev.saasllm.processor.validation;
