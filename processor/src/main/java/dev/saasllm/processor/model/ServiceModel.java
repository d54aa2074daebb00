package dev.saasllm.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An {@code @LlmJob} interface, ready to be written.
 *
 * @param interfaceName the interface
 * @param implementationName the generated class, named by {@code GeneratedNames}
 * @param methods the {@code @Prompt} methods in declaration order (inherited ones after)
 * @param memberTypeNames simple names of the member types the implementation inherits, which
 *     shadow imports of the same simple name inside it
 * @param jobType the interface's job type
 * @param fingerprint a hash over all its methods' fingerprints
 * @param metadata the interface's constant job metadata
 * @param flows the {@code @JobFlow} methods in declaration order
 */
public record ServiceModel(ClassName interfaceName, ClassName implementationName, List<MethodModel> methods,
                           SortedSet<String> memberTypeNames, String jobType, String fingerprint,
                           Map<String, String> metadata, List<FlowModel> flows) {
    /**
     * An interface with no job type, fingerprint, metadata or flows.
     *
     * @param interfaceName the interface
     * @param implementationName the generated class
     * @param methods the {@code @Prompt} methods
     * @param memberTypeNames simple names of the member types the implementation inherits
     */
    public ServiceModel(ClassName interfaceName, ClassName implementationName, List<MethodModel> methods,
                        SortedSet<String> memberTypeNames) {
        this(interfaceName, implementationName, methods, memberTypeNames, "", null, Map.of(), List.of());
    }

    /**
     * Copies the collections.
     *
     * @param interfaceName the interface
     * @param implementationName the generated class
     * @param methods the {@code @Prompt} methods
     * @param memberTypeNames simple names of the member types the implementation inherits
     * @param jobType the interface's job type
     * @param fingerprint a hash over all its methods' fingerprints, or null
     * @param metadata the interface's constant job metadata
     * @param flows the {@code @JobFlow} methods
     */
    public ServiceModel {
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        flows = List.copyOf(flows);
        methods = List.copyOf(methods);
        memberTypeNames = Collections.unmodifiableSortedSet(new TreeSet<>(memberTypeNames));
    }

    /**
     * The interface's canonical name, as recorded in {@code PromptMethod.service}.
     *
     * @return the canonical name
     */
    public String qualifiedName() {
        return interfaceName.canonicalName();
    }
}
