package dev.saasllm.processor;

/**
 * Names of the types the processor recognises. By name, not class literal, so the processor never
 * loads them (AutoValue's {@code ClassNames}).
 */
public final class ClassNames {
    public static final String LLM_JOB = "dev.saasllm.annotations.LlmJob";
    public static final String PROMPT = "dev.saasllm.annotations.Prompt";
    public static final String DESCRIPTION = "dev.saasllm.annotations.Description";
    public static final String NOT_IN_TEMPLATE = "dev.saasllm.annotations.NotInTemplate";
    public static final String MOSHI_JSON = "com.squareup.moshi.Json";
    /** Any annotation with this simple name marks a component nullable. */
    public static final String NULLABLE_SIMPLE_NAME = "Nullable";
    /** A parameter of this type receives the tokens of a streamed answer. */
    public static final String TOKEN_CONSUMER = "dev.saasllm.TokenConsumer";
    /** A parameter of this type receives snapshots of a streamed record. */
    public static final String PARTIAL_CONSUMER = "dev.saasllm.PartialConsumer";
    public static final String STREAM = "java.util.stream.Stream";
    public static final String FLOW_PUBLISHER = "java.util.concurrent.Flow.Publisher";
    public static final String GENERATED = "javax.annotation.processing.Generated";

    private ClassNames() {}
}
