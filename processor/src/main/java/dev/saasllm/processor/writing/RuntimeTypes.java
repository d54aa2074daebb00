package dev.saasllm.processor.writing;

import com.palantir.javapoet.ClassName;

/** The runtime and library types generated code refers to, by name. */
final class RuntimeTypes {
    static final ClassName CALL_OPTIONS = ClassName.get("dev.saasllm", "CallOptions");
    static final ClassName RETRY_POLICY = ClassName.get("dev.saasllm", "RetryPolicy");
    static final ClassName DURATION = ClassName.get("java.time", "Duration");
    static final ClassName CONSTRAINT_CHECKS = ClassName.get("dev.saasllm.internal", "ConstraintChecks");
    static final ClassName CONSTRAINTS = ClassName.get("dev.saasllm.model", "SchemaType", "Constraints");
    static final ClassName CHAT_MESSAGE = ClassName.get("dev.saasllm", "ChatMessage");
    static final ClassName PROMPT_METHOD = ClassName.get("dev.saasllm.internal", "PromptMethod");
    static final ClassName JOB_RUNNER = ClassName.get("dev.saasllm.internal", "JobRunner");
    static final ClassName INVOCATION = ClassName.get("dev.saasllm.internal", "Invocation");
    static final ClassName SERVICE_INFO = ClassName.get("dev.saasllm.internal", "ServiceInfo");
    static final ClassName FLOW_METHOD = ClassName.get("dev.saasllm.internal", "FlowMethod");
    static final ClassName TEMPLATES = ClassName.get("dev.saasllm.internal", "Templates");
    static final ClassName ANSWER_READERS = ClassName.get("dev.saasllm.internal", "AnswerReaders");
    static final ClassName PARTIAL_VALUES = ClassName.get("dev.saasllm.internal", "PartialValues");
    static final ClassName JSON_VALUES = ClassName.get("dev.saasllm.internal", "JsonValues");
    static final ClassName JSON_READER = ClassName.get("com.squareup.moshi", "JsonReader");
    static final ClassName JSON_READER_OPTIONS = JSON_READER.nestedClass("Options");
    static final ClassName JSON_READER_TOKEN = JSON_READER.nestedClass("Token");
    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    static final ClassName IO_EXCEPTION = ClassName.get("java.io", "IOException");
    static final ClassName LIST = ClassName.get("java.util", "List");
    static final ClassName SET = ClassName.get("java.util", "Set");
    static final ClassName MAP = ClassName.get("java.util", "Map");
    static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
    static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
    static final ClassName LINKED_HASH_SET = ClassName.get("java.util", "LinkedHashSet");
    static final ClassName LINKED_HASH_MAP = ClassName.get("java.util", "LinkedHashMap");
    static final ClassName COLLECTIONS = ClassName.get("java.util", "Collections");
    static final ClassName OBJECTS = ClassName.get("java.util", "Objects");

    private RuntimeTypes() {}
}
