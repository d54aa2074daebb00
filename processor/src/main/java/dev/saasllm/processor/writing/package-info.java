/** JavaPoet writers of the generated implementation and its JSON adapters; they see only the model. */
package dev.saasllm.processor.writing;
