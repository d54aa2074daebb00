package dev.saasllm.internal.schema;

import dev.saasllm.internal.AnswerReader;
import dev.saasllm.internal.AnswerReaders;
import dev.saasllm.model.JsonSchemaWriter;
import dev.saasllm.internal.schema.ReflectiveJsonReader;
import dev.saasllm.internal.schema.ReflectiveSchemaReader;
import dev.saasllm.model.SchemaType;

/**
 * What {@link dev.saasllm.SaasLlmClient#structuredOutput} needs per answer type, built once by reflection:
 * the schema's name, the schema and the reader. No call reads annotations or builds a schema.
 */
public final class StructuredTypes {
    /**
     * An answer type's schema name, schema and reader.
     *
     * @param <R> the answer's type
     * @param schemaName the name sent with the schema
     * @param schemaJson the strict JSON Schema
     * @param reader reads the answer
     */
    public record Structured<R>(String schemaName, String schemaJson, AnswerReader<R> reader) {}

    private static final ClassValue<Structured<?>> CACHE = new ClassValue<>() {
        @Override
        protected Structured<?> computeValue(Class<?> type) {
            return build(type);
        }
    };

    private StructuredTypes() {}

    /**
     * What an answer type needs, built on first use and cached per class.
     *
     * @param <R> the answer's type
     * @param type the answer's class
     * @return its schema name, schema and reader
     * @throws IllegalArgumentException when {@code type} cannot be described as JSON
     */
    @SuppressWarnings("unchecked")
    public static <R> Structured<R> of(Class<R> type) {
        return (Structured<R>) CACHE.get(type);
    }

    private static <R> Structured<R> build(Class<R> type) {
        SchemaType schema = ReflectiveSchemaReader.read(type);
        AnswerReader<R> reader = AnswerReaders.json(ReflectiveJsonReader.<R>answerReader(type, schema));
        return new Structured<>(JsonSchemaWriter.schemaName(schema), JsonSchemaWriter.rootSchema(schema), reader);
    }
}
