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
    public record Structured<R>(String schemaName, String schemaJson, AnswerReader<R> reader) {}

    private static final ClassValue<Structured<?>> CACHE = new ClassValue<>() {
        @Override
        protected Structured<?> computeValue(Class<?> type) {
            return build(type);
        }
    };

    private StructuredTypes() {}

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
