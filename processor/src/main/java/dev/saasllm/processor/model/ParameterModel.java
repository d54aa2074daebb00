package dev.saasllm.processor.model;

import com.palantir.javapoet.TypeName;

/**
 * A method parameter and what it is for.
 *
 * @param name the parameter's name
 * @param type its type
 * @param role a template input, or one of the parameters the template does not see
 * @param metadataKey the job metadata key of a {@link Role#METADATA} parameter, else null
 */
public record ParameterModel(String name, TypeName type, Role role, String metadataKey) {
    /** What a parameter is for. */
    public enum Role {
        /** Inserted by the template's placeholders. */
        TEMPLATE,
        /** A {@code CallOptions} for this call. */
        CALL_OPTIONS,
        /** A {@code List<ChatMessage>}: the conversation so far, sent before the templated message. */
        HISTORY,
        /** {@code @JobMetadata}: job metadata. */
        METADATA,
        /** {@code @UserId}: the job's user id. */
        USER_ID
    }

    /**
     * A template input.
     *
     * @param name the parameter's name
     * @param type its type
     */
    public ParameterModel(String name, TypeName type) {
        this(name, type, Role.TEMPLATE, null);
    }
}
