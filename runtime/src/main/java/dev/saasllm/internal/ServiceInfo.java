package dev.saasllm.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the client needs about an {@code @LlmJob} interface to open a job for it by hand
 * ({@code SaasLlmClient.openJob}): a constant {@code SERVICE} of the generated class.
 *
 * @param service the interface's qualified name
 * @param jobType the interface's job type
 * @param fingerprint a hash of all the interface's prompts, options and schemas
 * @param metadata constant job metadata from the interface's annotations
 */
public record ServiceInfo(String service, String jobType, String fingerprint, Map<String, String> metadata) {
    /**
     * Checks the names and copies {@code metadata}.
     *
     * @param service the interface's qualified name
     * @param jobType the interface's job type
     * @param fingerprint the prompts' hash
     * @param metadata constant job metadata, or null
     */
    public ServiceInfo {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(jobType, "jobType");
        metadata = metadata == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /**
     * For generated code: constant metadata as keys and values alternating, in a stable order.
     *
     * @param service the interface's qualified name
     * @param jobType the interface's job type
     * @param fingerprint the prompts' hash
     * @param metadataKeysAndValues keys and values alternating
     * @return the service's description
     */
    public static ServiceInfo of(String service, String jobType, String fingerprint, String... metadataKeysAndValues) {
        return new ServiceInfo(service, jobType, fingerprint, FlowMethod.pairs(metadataKeysAndValues));
    }

    /**
     * The last segment of the interface's qualified name: for a nested interface, its own name only.
     *
     * @return the simple name
     */
    public String simpleName() {
        return service.substring(service.lastIndexOf('.') + 1);
    }
}
