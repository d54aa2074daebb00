/**
 * What the processor and the runtime share, so that both give the same answer: the schema model
 * ({@link dev.saasllm.model.SchemaType}) both of their readers build, the JSON Schema written from
 * it, the rules of the constraint annotations, the scalar types, and the name of the class
 * generated for an interface; also the {@linkplain dev.saasllm.model.PromptFileIndex index of prompt
 * files} that the processor writes and the Maven plugin reads. Plain Java with no dependencies. <strong>Not public API</strong>: it
 * changes in step with the processor and the runtime of the same version.
 */
package dev.saasllm.model;
