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
    public static final String RETRY = "dev.saasllm.annotations.Retry";
    public static final String REASK = "dev.saasllm.annotations.Reask";
    public static final String TIMEOUT = "dev.saasllm.annotations.Timeout";
    public static final String MINIMUM = "dev.saasllm.annotations.Minimum";
    public static final String MAXIMUM = "dev.saasllm.annotations.Maximum";
    public static final String LENGTH = "dev.saasllm.annotations.Length";
    public static final String ITEMS = "dev.saasllm.annotations.Items";
    public static final String MATCHES = "dev.saasllm.annotations.Matches";
    public static final String NON_BLANK = "dev.saasllm.annotations.NonBlank";
    public static final String FALLBACK = "dev.saasllm.annotations.Fallback";
    public static final String JOB_FLOW = "dev.saasllm.annotations.JobFlow";
    public static final String JOB_METADATA = "dev.saasllm.annotations.JobMetadata";
    public static final String USER_ID = "dev.saasllm.annotations.UserId";
    public static final String METADATA = "dev.saasllm.annotations.Metadata";
    public static final String METADATA_LIST = "dev.saasllm.annotations.Metadata.List";
    public static final String TEMPERATURE = "dev.saasllm.annotations.Temperature";
    public static final String MAX_TOKENS = "dev.saasllm.annotations.MaxTokens";
    public static final String TOP_P = "dev.saasllm.annotations.TopP";
    public static final String FREQUENCY_PENALTY = "dev.saasllm.annotations.FrequencyPenalty";
    public static final String PRESENCE_PENALTY = "dev.saasllm.annotations.PresencePenalty";
    public static final String STOP = "dev.saasllm.annotations.Stop";
    public static final String PURPOSE = "dev.saasllm.annotations.Purpose";
    public static final String CALL_OPTIONS = "dev.saasllm.CallOptions";
    public static final String CHAT_MESSAGE = "dev.saasllm.ChatMessage";
    public static final String JOB_RESULT = "dev.saasllm.JobResult";
    public static final String COMPLETABLE_FUTURE = "java.util.concurrent.CompletableFuture";
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
