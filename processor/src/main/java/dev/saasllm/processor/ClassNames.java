package dev.saasllm.processor;

/**
 * Names of the types the processor recognises. By name, not class literal, so the processor never
 * loads them (AutoValue's {@code ClassNames}).
 */
public final class ClassNames {
    /** {@code @LlmJob} */
    public static final String LLM_JOB = "dev.saasllm.annotations.LlmJob";
    /** {@code @Prompt} */
    public static final String PROMPT = "dev.saasllm.annotations.Prompt";
    /** {@code @Description} */
    public static final String DESCRIPTION = "dev.saasllm.annotations.Description";
    /** {@code @NotInTemplate} */
    public static final String NOT_IN_TEMPLATE = "dev.saasllm.annotations.NotInTemplate";
    /** {@code @Retry} */
    public static final String RETRY = "dev.saasllm.annotations.Retry";
    /** {@code @Reask} */
    public static final String REASK = "dev.saasllm.annotations.Reask";
    /** {@code @Timeout} */
    public static final String TIMEOUT = "dev.saasllm.annotations.Timeout";
    /** {@code @Minimum} */
    public static final String MINIMUM = "dev.saasllm.annotations.Minimum";
    /** {@code @Maximum} */
    public static final String MAXIMUM = "dev.saasllm.annotations.Maximum";
    /** {@code @Length} */
    public static final String LENGTH = "dev.saasllm.annotations.Length";
    /** {@code @Items} */
    public static final String ITEMS = "dev.saasllm.annotations.Items";
    /** {@code @Matches} */
    public static final String MATCHES = "dev.saasllm.annotations.Matches";
    /** {@code @NonBlank} */
    public static final String NON_BLANK = "dev.saasllm.annotations.NonBlank";
    /** {@code @Fallback} */
    public static final String FALLBACK = "dev.saasllm.annotations.Fallback";
    /** {@code @JobFlow} */
    public static final String JOB_FLOW = "dev.saasllm.annotations.JobFlow";
    /** {@code @JobMetadata} */
    public static final String JOB_METADATA = "dev.saasllm.annotations.JobMetadata";
    /** {@code @UserId} */
    public static final String USER_ID = "dev.saasllm.annotations.UserId";
    /** {@code @Metadata} */
    public static final String METADATA = "dev.saasllm.annotations.Metadata";
    /** {@code @Metadata.List} */
    public static final String METADATA_LIST = "dev.saasllm.annotations.Metadata.List";
    /** {@code @Temperature} */
    public static final String TEMPERATURE = "dev.saasllm.annotations.Temperature";
    /** {@code @MaxTokens} */
    public static final String MAX_TOKENS = "dev.saasllm.annotations.MaxTokens";
    /** {@code @TopP} */
    public static final String TOP_P = "dev.saasllm.annotations.TopP";
    /** {@code @FrequencyPenalty} */
    public static final String FREQUENCY_PENALTY = "dev.saasllm.annotations.FrequencyPenalty";
    /** {@code @PresencePenalty} */
    public static final String PRESENCE_PENALTY = "dev.saasllm.annotations.PresencePenalty";
    /** {@code @Stop} */
    public static final String STOP = "dev.saasllm.annotations.Stop";
    /** {@code @Purpose} */
    public static final String PURPOSE = "dev.saasllm.annotations.Purpose";
    /** {@code dev.saasllm.CallOptions} */
    public static final String CALL_OPTIONS = "dev.saasllm.CallOptions";
    /** {@code dev.saasllm.ChatMessage} */
    public static final String CHAT_MESSAGE = "dev.saasllm.ChatMessage";
    /** {@code dev.saasllm.JobResult} */
    public static final String JOB_RESULT = "dev.saasllm.JobResult";
    /** {@code java.util.concurrent.CompletableFuture} */
    public static final String COMPLETABLE_FUTURE = "java.util.concurrent.CompletableFuture";
    /** {@code com.squareup.moshi.Json} */
    public static final String MOSHI_JSON = "com.squareup.moshi.Json";
    /** Any annotation with this simple name marks a component nullable. */
    public static final String NULLABLE_SIMPLE_NAME = "Nullable";
    /** A parameter of this type receives the tokens of a streamed answer. */
    public static final String TOKEN_CONSUMER = "dev.saasllm.TokenConsumer";
    /** A parameter of this type receives snapshots of a streamed record. */
    public static final String PARTIAL_CONSUMER = "dev.saasllm.PartialConsumer";
    /** {@code java.util.stream.Stream} */
    public static final String STREAM = "java.util.stream.Stream";
    /** {@code java.util.concurrent.Flow.Publisher} */
    public static final String FLOW_PUBLISHER = "java.util.concurrent.Flow.Publisher";
    /** {@code javax.annotation.processing.Generated} */
    public static final String GENERATED = "javax.annotation.processing.Generated";

    private ClassNames() {}
}
