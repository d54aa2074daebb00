package dev.saasllm.processor.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a {@code @Prompt} method adds to its job beyond the call: the shape of its return type, its
 * call options, constant metadata and fingerprint.
 *
 * @param shape how the answer is returned
 * @param options options from annotations, the interface's under the method's
 * @param metadata constant job metadata, the interface's under the method's, in a stable order
 * @param fingerprint a hash of the templates, model, options and schema
 */
public record JobFeatures(Shape shape, OptionsModel options, Map<String, String> metadata, String fingerprint) {
    /** A plain {@code T} answer with no options, metadata or fingerprint. */
    public static final JobFeatures NONE = new JobFeatures(Shape.VALUE, OptionsModel.NONE, Map.of(), null);

    /** How a method returns its answer {@code T}. */
    public enum Shape {
        /** {@code T} */
        VALUE,
        /** {@code JobResult<T>} */
        RESULT,
        /** {@code CompletableFuture<T>} */
        FUTURE,
        /** {@code CompletableFuture<JobResult<T>>} */
        FUTURE_RESULT
    }

    /**
     * Copies {@code metadata}, keeping its order.
     *
     * @param shape how the answer is returned
     * @param options options from annotations
     * @param metadata constant job metadata
     * @param fingerprint a hash of the templates, model, options and schema, or null
     */
    public JobFeatures {
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }
}
