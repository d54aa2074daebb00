package dev.saasllm.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code @JobFlow} default method: the implementation runs its body in one job.
 *
 * @param name the method name
 * @param parameters its parameters ({@code @UserId} and {@code @JobMetadata} ones set up the job)
 * @param varargs whether the last parameter is variable arity
 * @param returnType the declared return type, possibly {@code void}
 * @param jobType the job type after defaults
 * @param metadata constant job metadata, the interface's under the method's
 */
public record FlowModel(String name, List<ParameterModel> parameters, boolean varargs, TypeName returnType,
                        String jobType, Map<String, String> metadata) {
    /**
     * Copies the parameters and metadata.
     *
     * @param name the method name
     * @param parameters its parameters
     * @param varargs whether the last parameter is variable arity
     * @param returnType the declared return type
     * @param jobType the job type after defaults
     * @param metadata constant job metadata
     */
    public FlowModel {
        parameters = List.copyOf(parameters);
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }
}
