package dev.saasllm.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.Collections;
import java.util.List;
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
 */
public record ServiceModel(ClassName interfaceName, ClassName implementationName, List<MethodModel> methods,
                           SortedSet<String> memberTypeNames) {
    public ServiceModel {
        methods = List.copyOf(methods);
        memberTypeNames = Collections.unmodifiableSortedSet(new TreeSet<>(memberTypeNames));
    }

    /** The interface's canonical name, as recorded in {@code PromptMethod.service}. */
    public String qualifiedName() {
        return interfaceName.canonicalName();
    }
}
