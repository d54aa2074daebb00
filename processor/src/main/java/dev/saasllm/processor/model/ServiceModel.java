package dev.saasllm.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * An {@code @LlmJob} interface, ready to be written.
 *
 * @param interfaceName the interface
 * @param implementationName the generated class, named by {@code GeneratedNames}
 * @param methods the {@code @Prompt} methods in declaration order (inherited ones after)
 */
public record ServiceModel(ClassName interfaceName, ClassName implementationName, List<MethodModel> methods) {
    public ServiceModel {
        methods = List.copyOf(methods);
    }

    /** The interface's canonical name, as recorded in {@code PromptMethod.service}. */
    public String qualifiedName() {
        return interfaceName.canonicalName();
    }
}
