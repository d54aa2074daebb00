package dev.saasllm.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A {@code @JobFlow} default method: its calls share one job of {@code jobType}.
 *
 * @param service the interface's qualified name
 * @param method the method's name
 * @param jobType the job type to open
 * @param fingerprint a hash of the interface's prompts, options and schemas, or null
 * @param metadata constant job metadata from annotations
 */
public record FlowMethod(String service, String method, String jobType, String fingerprint, Map<String, String> metadata) {
    /**
     * Checks the names and copies {@code metadata}.
     *
     * @param service the interface's qualified name
     * @param method the method's name
     * @param jobType the job type to open
     * @param fingerprint the prompts' hash, or null
     * @param metadata constant job metadata
     */
    public FlowMethod {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(jobType, "jobType");
        metadata = metadata == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /**
     * For generated code: constant metadata as keys and values alternating, in a stable order.
     *
     * @param service the interface's qualified name
     * @param method the method's name
     * @param jobType the job type to open
     * @param fingerprint the prompts' hash, or null
     * @param metadataKeysAndValues keys and values alternating
     * @return the flow's description
     */
    public static FlowMethod of(String service, String method, String jobType, String fingerprint,
                                String... metadataKeysAndValues) {
        return new FlowMethod(service, method, jobType, fingerprint, pairs(metadataKeysAndValues));
    }

    static Map<String, String> pairs(String... keysAndValues) {
        if (keysAndValues.length % 2 != 0) throw new IllegalArgumentException("keys and values must alternate");
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) map.put(keysAndValues[i], keysAndValues[i + 1]);
        return map;
    }

    /**
     * {@code Service.method}, as used in messages and job metadata.
     *
     * @return the qualified name
     */
    public String qualifiedName() {
        return service.substring(service.lastIndexOf('.') + 1) + "." + method;
    }
}
