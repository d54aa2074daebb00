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
 * @param streaming whether and how the answer is streamed
 * @param tokenParameter the {@code TokenConsumer} parameter of a {@link Streaming#CALLBACK} method, or the
 *     {@code PartialConsumer} of a {@link Streaming#PARTIAL} one; else null
 * @param job return shape, options, metadata and fingerprint
 * @param reliability retry, re-ask and timeout settings
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
        Streaming streaming,
        String tokenParameter,
        JobFeatures job,
        Reliability reliability) {

    /**
     * Copies the lists and checks that a token parameter goes with a callback stream.
     *
     * @param name the method name
     * @param parameters the parameters in order
     * @param varargs whether the last parameter is variable arity
     * @param thrown the declared exceptions
     * @param returnType the declared return type
     * @param jobType the job type after defaults
     * @param model the model after defaults, or null
     * @param system the system prompt template, or null
     * @param user the user message template
     * @param answer how the answer is read
     * @param streaming whether and how the answer is streamed
     * @param tokenParameter the stream callback parameter's name, or null
     * @param job return shape, options, metadata and fingerprint
     * @param reliability retry, re-ask and timeout settings; null for none
     * @throws IllegalArgumentException when {@code tokenParameter} and {@code streaming} disagree
     */
    public MethodModel {
        parameters = List.copyOf(parameters);
        thrown = List.copyOf(thrown);
        if (reliability == null) reliability = Reliability.NONE;
        if ((streaming == Streaming.CALLBACK || streaming == Streaming.PARTIAL) != (tokenParameter != null)) {
            throw new IllegalArgumentException("a token parameter goes with Streaming.CALLBACK or PARTIAL");
        }
    }

    /**
     * A method whose answer is not streamed.
     *
     * @param name the method name
     * @param parameters the parameters in order
     * @param varargs whether the last parameter is variable arity
     * @param thrown the declared exceptions
     * @param returnType the declared return type
     * @param jobType the job type after defaults
     * @param model the model after defaults, or null
     * @param system the system prompt template, or null
     * @param user the user message template
     * @param answer how the answer is read
     */
    public MethodModel(String name, List<ParameterModel> parameters, boolean varargs, List<TypeName> thrown, TypeName returnType,
                       String jobType, String model, Template system, Template user, Answer answer) {
        this(name, parameters, varargs, thrown, returnType, jobType, model, system, user, answer, Streaming.NONE, null);
    }

    /**
     * A method without job features (return shape, options, metadata, fingerprint).
     *
     * @param name the method name
     * @param parameters the parameters in order
     * @param varargs whether the last parameter is variable arity
     * @param thrown the declared exceptions
     * @param returnType the declared return type
     * @param jobType the job type after defaults
     * @param model the model after defaults, or null
     * @param system the system prompt template, or null
     * @param user the user message template
     * @param answer how the answer is read
     * @param streaming whether and how the answer is streamed
     * @param tokenParameter the stream callback parameter's name, or null
     */
    public MethodModel(String name, List<ParameterModel> parameters, boolean varargs, List<TypeName> thrown, TypeName returnType,
                       String jobType, String model, Template system, Template user, Answer answer, Streaming streaming,
                       String tokenParameter) {
        this(name, parameters, varargs, thrown, returnType, jobType, model, system, user, answer, streaming, tokenParameter,
                JobFeatures.NONE);
    }

    /**
     * A method with no retry, re-ask or timeout settings.
     *
     * @param name the method name
     * @param parameters the parameters in order
     * @param varargs whether the last parameter is variable arity
     * @param thrown the declared exceptions
     * @param returnType the declared return type
     * @param jobType the job type after defaults
     * @param model the model after defaults, or null
     * @param system the system prompt template, or null
     * @param user the user message template
     * @param answer how the answer is read
     * @param streaming whether and how the answer is streamed
     * @param tokenParameter the stream callback parameter's name, or null
     * @param job return shape, options, metadata and fingerprint
     */
    public MethodModel(String name, List<ParameterModel> parameters, boolean varargs, List<TypeName> thrown, TypeName returnType,
                       String jobType, String model, Template system, Template user, Answer answer, Streaming streaming,
                       String tokenParameter, JobFeatures job) {
        this(name, parameters, varargs, thrown, returnType, jobType, model, system, user, answer, streaming, tokenParameter,
                job, Reliability.NONE);
    }

    /** How a method's answer reaches the caller. */
    public enum Streaming {
        /** Returned whole when the call is done. */
        NONE,
        /** Tokens to a {@code TokenConsumer} parameter as they arrive; the whole answer returned at the end. */
        CALLBACK,
        /** Snapshots of the returned record to a {@code PartialConsumer} parameter; the record returned at the end. */
        PARTIAL,
        /** A {@code Stream<String>} of tokens. */
        STREAM,
        /** A {@code Flow.Publisher<String>} of tokens. */
        PUBLISHER
    }
}
