package dev.saasllm.internal;

import dev.saasllm.CallOptions;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything about one {@code @Prompt} method that is fixed at compile time, held in a constant of
 * the generated class so that no call re-reads annotations or rebuilds a schema.
 *
 * @param service the interface's qualified name
 * @param method the method's name
 * @param jobType the job type to open
 * @param options call options (the model included) from the annotations
 * @param schemaName the name sent in {@code response_format.json_schema.name}; null for a chat call
 * @param schemaJson the strict JSON Schema of the answer; null for a chat call
 * @param reader turns the answer's content into the return value
 * @param fingerprint a hash of the templates, options and schema computed at compile time, sent
 *     as job metadata {@code saasllm_fingerprint}; null when unknown
 * @param metadata constant job metadata from annotations, in a stable order
 * @param <T> the method's return type
 */
public record PromptMethod<T>(
        String service,
        String method,
        String jobType,
        CallOptions options,
        String schemaName,
        String schemaJson,
        AnswerReader<T> reader,
        String fingerprint,
        Map<String, String> metadata) {

    /**
     * A method without fingerprint or metadata.
     *
     * @param service the interface's qualified name
     * @param method the method's name
     * @param jobType the job type to open
     * @param options call options from the annotations
     * @param schemaName the schema's name; null for a chat call
     * @param schemaJson the answer's schema; null for a chat call
     * @param reader turns the answer's content into the return value
     */
    public PromptMethod(String service, String method, String jobType, CallOptions options, String schemaName,
                        String schemaJson, AnswerReader<T> reader) {
        this(service, method, jobType, options, schemaName, schemaJson, reader, null, Map.of());
    }

    /**
     * Checks the parts and copies {@code metadata}.
     *
     * @param service the interface's qualified name
     * @param method the method's name
     * @param jobType the job type to open
     * @param options call options from the annotations
     * @param schemaName the schema's name; null for a chat call
     * @param schemaJson the answer's schema; null for a chat call
     * @param reader turns the answer's content into the return value
     * @param fingerprint the prompt's hash, or null
     * @param metadata constant job metadata, or null
     */
    public PromptMethod {
        metadata = metadata == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(jobType, "jobType");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(reader, "reader");
        if ((schemaName == null) != (schemaJson == null)) {
            throw new IllegalArgumentException("schemaName and schemaJson go together");
        }
    }

    /**
     * A chat call whose answer is the text itself.
     *
     * @param service the interface's qualified name
     * @param method the method's name
     * @param jobType the job type to open
     * @param options call options from the annotations
     * @return the method
     */
    public static PromptMethod<String> chat(String service, String method, String jobType, CallOptions options) {
        return new PromptMethod<>(service, method, jobType, options, null, null, AnswerReader.TEXT);
    }

    /**
     * A structured-output call with a strict JSON Schema.
     *
     * @param <T> the answer's type
     * @param service the interface's qualified name
     * @param method the method's name
     * @param jobType the job type to open
     * @param options call options from the annotations
     * @param schemaName the schema's name
     * @param schemaJson the answer's schema
     * @param reader turns the answer's content into the return value
     * @return the method
     */
    public static <T> PromptMethod<T> structured(String service, String method, String jobType, CallOptions options,
                                                 String schemaName, String schemaJson, AnswerReader<T> reader) {
        return new PromptMethod<>(service, method, jobType, options,
                Objects.requireNonNull(schemaName, "schemaName"), Objects.requireNonNull(schemaJson, "schemaJson"), reader);
    }

    /**
     * This method with the compile-time fingerprint of its prompt.
     *
     * @param fingerprint the prompt's hash
     * @return a copy with the fingerprint
     */
    public PromptMethod<T> withFingerprint(String fingerprint) {
        return new PromptMethod<>(service, method, jobType, options, schemaName, schemaJson, reader, fingerprint, metadata);
    }

    /**
     * This method with constant job metadata: keys and values alternating, in a stable order.
     *
     * @param keysAndValues keys and values alternating
     * @return a copy with the metadata
     */
    public PromptMethod<T> withMetadata(String... keysAndValues) {
        Map<String, String> metadata = FlowMethod.pairs(keysAndValues);
        return new PromptMethod<>(service, method, jobType, options, schemaName, schemaJson, reader, fingerprint, metadata);
    }

    /**
     * Whether the call asks for structured output.
     *
     * @return true when a schema is set
     */
    public boolean structured() {
        return schemaJson != null;
    }

    /**
     * {@code Service.method}, as used in messages and job metadata.
     *
     * @return the qualified name
     */
    public String qualifiedName() {
        int dot = service.lastIndexOf('.');
        return service.substring(dot + 1) + "." + method;
    }
}
