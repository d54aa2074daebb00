package dev.saasllm.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * One {@code @Prompt} method.
 *
 * @param name the method name
 * @param parameters the parameters in order
 * @param varargs whether the last parameter is variable arity
 * @param thrown the declared exceptions, copied to the implementation
 * @param returnType the declared return type
 * @param jobType the job type after defaults
 * @param model the model after defaults, null when neither annotation names one
 * @param system the system prompt template, null when there is none
 * @param user the user message template
 * @param answer how the answer is read
 * @param job return shape, options, metadata and fingerprint
 */
public record MethodModel(
        String name,
        List<ParameterModel> parameters,
        boolean varargs,
        List<TypeName> thrown,
        TypeName returnType,
        String jobType,
        String model,
        Template system,
        Template user,
        Answer answer,
        JobFeatures job) {

    public MethodModel(String name, List<ParameterModel> parameters, boolean varargs, List<TypeName> thrown, TypeName returnType,
                       String jobType, String model, Template system, Template user, Answer answer) {
        this(name, parameters, varargs, thrown, returnType, jobType, model, system, user, answer, JobFeatures.NONE);
    }

    public MethodModel {
        parameters = List.copyOf(parameters);
        thrown = List.copyOf(thrown);
    }
}
