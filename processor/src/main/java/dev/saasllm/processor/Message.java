package dev.saasllm.processor;

import javax.tools.Diagnostic;

/** Every diagnostic the processor prints: the problem first, then the fix. */
public enum Message {
    /** {@code @LlmJob} on a class, enum, record or annotation. */
    NOT_AN_INTERFACE(Diagnostic.Kind.ERROR,
            "@LlmJob applies to interfaces only, but %s is %s. Declare it as an interface; the processor implements its @Prompt methods."),
    /** An {@code @LlmJob} interface with type parameters. */
    GENERIC_INTERFACE(Diagnostic.Kind.ERROR,
            "@LlmJob interface %s declares type parameters %s, which the generated implementation cannot fill in. Remove them, or extend it with a non-generic @LlmJob interface."),
    /** A private {@code @LlmJob} interface. */
    PRIVATE_INTERFACE(Diagnostic.Kind.ERROR,
            "@LlmJob interface %s is private, so the generated class cannot implement it. Make it package-private or public."),
    /** A {@code @Prompt} method with type parameters. */
    GENERIC_METHOD(Diagnostic.Kind.ERROR,
            "@Prompt method %s declares type parameters %s; the answer's schema is fixed at compile time. Use concrete types."),
    /** An abstract method without {@code @Prompt}. */
    MISSING_PROMPT(Diagnostic.Kind.ERROR,
            "Abstract method %s of @LlmJob interface %s has no @Prompt, so the processor cannot implement it. Add @Prompt(\"...\") or give it a default body."),
    /** {@code @Prompt} on a default or static method. */
    PROMPT_ON_NON_ABSTRACT(Diagnostic.Kind.ERROR,
            "@Prompt on the %s method %s has no effect: only abstract methods are implemented. Remove @Prompt or make the method abstract."),
    /** A placeholder that names no parameter. */
    UNKNOWN_PLACEHOLDER(Diagnostic.Kind.ERROR,
            "Placeholder {%s} in the %s template of %s names no parameter; the parameters are %s.%s"),
    /** A placeholder path that reads a component of a non-record. */
    PATH_INTO_NON_RECORD(Diagnostic.Kind.ERROR,
            "Placeholder {%s} in the %s template of %s reads '%s' of %s, which is not a record. Only record components (and key/value of a map entry in a loop) can follow a dot; use {%s} and let the value render itself."),
    /** A placeholder in a loop that names neither a parameter nor a loop variable. */
    UNKNOWN_NAME_IN_LOOP(Diagnostic.Kind.ERROR,
            "Placeholder {%s} in the %s template of %s names neither a parameter nor a loop variable; the parameters are %s and the loop names in scope are %s.%s"),
    /** A {@code #for} over a value that is not an {@code Iterable}, a {@code Map} or an array. */
    LOOP_OVER_NON_ITERABLE(Diagnostic.Kind.ERROR,
            "%s in the %s template of %s loops over %s of type %s, which is not an Iterable, a Map or an array. Loop over a collection, or insert the value with {%s}."),
    /** A loop variable named like a parameter or an outer loop variable. */
    LOOP_VARIABLE_SHADOWS(Diagnostic.Kind.ERROR,
            "%s in the %s template of %s names its item '%s', which is %s. Give the item another name, e.g. {#for %s_item in %s}."),
    /** An {@code #if} on a value that cannot be tested. */
    CONDITION_TYPE(Diagnostic.Kind.ERROR,
            "%s in the %s template of %s tests %s of type %s, which is neither boolean, Optional, a nullable reference nor a collection. Test a boolean instead, e.g. a record component or a parameter computed by the caller."),
    /** A placeholder format that is neither built in nor a static method of the interface. */
    UNKNOWN_FORMAT(Diagnostic.Kind.ERROR,
            "Placeholder {%s} in the %s template of %s uses format '%s', which is neither a built-in format (number, date, json) nor a static method of %s.%s Use {name|number:0.00} or {name|date:yyyy-MM-dd}, or declare static String %s(%s value) in the interface."),
    /** A built-in format applied to a type it does not format. */
    FORMAT_TYPE(Diagnostic.Kind.ERROR,
            "Placeholder {%s} in the %s template of %s writes %s with %s, which formats %s only. Remove the format, or choose one that fits the type."),
    /** A {@code number} or {@code date} format without its pattern. */
    FORMAT_NEEDS_PATTERN(Diagnostic.Kind.ERROR,
            "Placeholder {%s} in the %s template of %s uses %s without a pattern. Give one after a colon, e.g. %s."),
    /** A {@code number} or {@code date} pattern that does not parse. */
    BAD_FORMAT_PATTERN(Diagnostic.Kind.ERROR,
            "Placeholder {%s} in the %s template of %s has an invalid %s pattern '%s': %s. Fix the pattern (see %s)."),
    /** A {@code |json} placeholder whose value cannot be written as JSON. */
    JSON_UNMAPPABLE(Diagnostic.Kind.ERROR,
            "Placeholder {%s} in the %s template of %s cannot be written as JSON: %s Remove |json, or write the value with a formatter."),
    /** A pattern passed to an interface's formatter method. */
    FORMATTER_ARGUMENT(Diagnostic.Kind.ERROR,
            "Placeholder {%s} in the %s template of %s passes '%s' to the formatter %s, which takes only the value. Write {name|%s} and put the choice in the method."),
    /** A formatter method whose signature does not fit the value. */
    FORMATTER_SIGNATURE(Diagnostic.Kind.ERROR,
            "Placeholder {%s} in the %s template of %s cannot use formatter %s for a value of type %s: a formatter is a static method of the interface taking one parameter that accepts the value and returning String. Declare static String %s(%s value)."),
    /** A placeholder path naming a component the record does not have. */
    UNKNOWN_COMPONENT(Diagnostic.Kind.ERROR,
            "Placeholder {%s} in the %s template of %s: record %s has no component '%s'; its components are %s.%s"),
    /** A parameter the template does not use, without {@code @NotInTemplate}. */
    UNUSED_PARAMETER(Diagnostic.Kind.ERROR,
            "Parameter %s of %s is not used by its template. Add {%s} to the @Prompt template, or mark the parameter @NotInTemplate if it is deliberately left out of the prompt."),
    /** A template or system prompt resource that is not on the resource path. */
    TEMPLATE_FILE_MISSING(Diagnostic.Kind.ERROR,
            "%s(%s = \"%s\") on %s names a file that is on neither the source path, the class output nor the class path. Put it at src/main/resources/%s (names are relative to the resource root), or fix the name."),
    /** A template given both inline and as a resource. */
    TEMPLATE_AND_RESOURCE(Diagnostic.Kind.ERROR,
            "%s on %s gives both %s and %s; a template is either inline or in a file. Remove one."),
    /** A {@code @Prompt} with neither an inline template nor a resource. */
    TEMPLATE_MISSING(Diagnostic.Kind.ERROR,
            "%s on %s has no template. Write it inline, @Prompt(\"...\"), or in a file, @Prompt(resource = \"prompts/name.txt\")."),
    /** A template whose placeholders or sections do not parse. */
    MALFORMED_TEMPLATE(Diagnostic.Kind.ERROR,
            "The %s template of %s is malformed: %s. Placeholders are {name}, {name.component} or {name|format}; sections are {#for item in items}...{#sep}...{#else}...{/for} and {#if name}...{#else}...{/if}; write {{ and }} for literal braces."),
    /** A return type the processor cannot implement. */
    UNSUPPORTED_RETURN_TYPE(Diagnostic.Kind.ERROR,
            "%s is not a supported return type of @Prompt method %s. Return String (a chat answer), or for structured output a record, an enum, a scalar (String, boolean, a number, java.time, UUID, URI) or a List/Set/array of those."),
    /** An answer type with no JSON Schema mapping. */
    UNSUPPORTED_TYPE(Diagnostic.Kind.ERROR,
            "%s at %s (answer of %s) has no JSON Schema mapping: %s. Use a record, an enum, String, a primitive or its box, BigDecimal/BigInteger, java.time, UUID, URI, Optional, List/Set/Collection/array or Map<String, V>."),
    /** A record that contains itself. */
    RECURSIVE_RECORD(Diagnostic.Kind.ERROR,
            "Record %s contains itself at %s (answer of %s); strict JSON Schemas are written inline and cannot recurse. Break the cycle, e.g. with a list of ids."),
    /** A map in an answer whose keys are not strings. */
    MAP_KEY_NOT_STRING(Diagnostic.Kind.ERROR,
            "%s at %s (answer of %s) has keys of type %s; a map is answered as a list of {key, value} entries with string keys. Use Map<String, V>, or a List of a record."),
    /** An answer schema nested deeper than strict structured output allows. */
    SCHEMA_TOO_DEEP(Diagnostic.Kind.ERROR,
            "The answer schema of %s nests objects %d levels deep at %s; strict structured output allows at most %d. Flatten the records."),
    /** An answer schema with more properties than strict structured output allows. */
    SCHEMA_TOO_MANY_PROPERTIES(Diagnostic.Kind.ERROR,
            "The answer schema of %s has %d properties in total; strict structured output allows at most %d. Split the method or simplify the records."),
    /** An answer schema with more enum values than strict structured output allows. */
    SCHEMA_TOO_MANY_ENUM_VALUES(Diagnostic.Kind.ERROR,
            "The answer schema of %s has %d enum values in total; strict structured output allows at most %d. Use fewer or smaller enums, or a String."),
    /** A large enum whose values are longer in total than strict structured output allows. */
    SCHEMA_ENUM_TOO_LONG(Diagnostic.Kind.ERROR,
            "Enum %s in the answer schema of %s has %d values of %d characters in total; strict structured output allows at most %d characters for an enum of more than %d values. Shorten the values or use a String."),
    /** An answer schema whose names and values are longer in total than strict structured output allows. */
    SCHEMA_TOO_LARGE(Diagnostic.Kind.ERROR,
            "The answer schema of %s has %d characters of property names and enum values; strict structured output allows at most %d. Simplify the records or enums."),
    /** A type already holds the name of the class to generate. */
    GENERATED_NAME_TAKEN(Diagnostic.Kind.ERROR,
            "Cannot generate %s for @LlmJob interface %s: a type of that name already exists. Rename that type; names starting with %s are reserved for generated implementations."),
    /** A type that still does not exist in the last round. */
    MISSING_TYPE(Diagnostic.Kind.ERROR,
            "%s could not be generated because type %s does not exist (it was not generated by any processor either). Check the imports and the annotation processor path."),
    /** An enum with more than one {@code @Fallback} constant. */
    FALLBACK_TWICE(Diagnostic.Kind.ERROR,
            "Enum %s at %s (answer of %s) marks more than one constant @Fallback %s; unknown values can be read as one constant only. Keep @Fallback on one."),
    /** A constraint annotation on a component it cannot apply to. */
    MISPLACED_CONSTRAINT(Diagnostic.Kind.ERROR,
            "%s at %s (answer of %s) has a constraint that cannot apply: %s."),
    /** A {@code @Retry}, {@code @Reask} or {@code @Timeout} value out of range. */
    INVALID_RELIABILITY_VALUE(Diagnostic.Kind.ERROR,
            "%s on %s is %s, but must be %s. %s"),
    /** A sampling option outside the range the providers accept. */
    OPTION_OUT_OF_RANGE(Diagnostic.Kind.ERROR,
            "@%s(%s) on %s is outside the range the providers accept (%s). Use a value in that range, or remove the annotation for the server's default."),
    /** A {@code @Stop} list the providers reject. */
    INVALID_STOP(Diagnostic.Kind.ERROR,
            "@Stop on %s %s; the providers accept one to four non-empty stop sequences. Fix the list, or remove @Stop."),
    /** A blank {@code @Purpose}. */
    BLANK_PURPOSE(Diagnostic.Kind.ERROR,
            "@Purpose on %s is blank. Give a label such as @Purpose(\"parse\"), or remove it."),
    /** A constant longer than the server's column holds. */
    VALUE_TOO_LONG(Diagnostic.Kind.ERROR,
            "%s is %d characters long, but the server's %s column holds at most %d, so %s. Shorten it to %d characters or fewer."),
    /** A default job type (the interface's name) longer than the server's column holds. */
    DEFAULT_JOB_TYPE_TOO_LONG(Diagnostic.Kind.ERROR,
            "The job type of @LlmJob interface %s defaults to its simple name in snake case, '%s', which is %d characters long, but the server's %s column holds at most %d, so %s. Set a shorter one with @LlmJob(type = \"...\")."),
    /** A blank or reserved job metadata key. */
    INVALID_METADATA_KEY(Diagnostic.Kind.ERROR,
            "Job metadata key '%s' on %s %s. Use a non-blank key that does not start with saasllm_ (reserved for saasllm_method and saasllm_fingerprint)."),
    /** A job metadata key given twice. */
    DUPLICATE_METADATA_KEY(Diagnostic.Kind.ERROR,
            "Job metadata key '%s' is given twice on %s. Give each key once."),
    /** A {@code @JobMetadata} parameter of a type metadata cannot hold. */
    METADATA_PARAMETER_TYPE(Diagnostic.Kind.ERROR,
            "@JobMetadata parameter %s of %s has type %s; job metadata values are String, a primitive, a box or an enum. Pass one of those, e.g. an id instead of the object."),
    /** A {@code @UserId} parameter that is not a {@code String}. */
    USER_ID_NOT_STRING(Diagnostic.Kind.ERROR,
            "@UserId parameter %s of %s has type %s; the job's user_id is a String. Declare it as String."),
    /** Two parameters of a kind a call takes once (options, user id, history). */
    DUPLICATE_SPECIAL_PARAMETER(Diagnostic.Kind.ERROR,
            "%s has more than one %s parameter (%s and %s); the call takes one. Merge them into one parameter."),
    /** A {@code CompletableFuture} or {@code JobResult} return type without a usable type argument. */
    FUTURE_WITHOUT_TYPE(Diagnostic.Kind.ERROR,
            "%s of @Prompt method %s has no usable type argument. Return CompletableFuture<T> or JobResult<T> with a concrete T, e.g. CompletableFuture<String> or CompletableFuture<JobResult<Resume>>."),
    /** A stream callback on a method returning a future or a {@code JobResult}. */
    TOKEN_CONSUMER_WITH_WRAPPER(Diagnostic.Kind.ERROR,
            "@Prompt method %s takes a dev.saasllm.TokenConsumer (%s) and returns %s; a streamed call returns the whole answer itself. Return String or a record with the TokenConsumer, or drop the parameter."),
    /** {@code @JobFlow} on a method without a default body. */
    JOB_FLOW_NOT_DEFAULT(Diagnostic.Kind.ERROR,
            "@JobFlow on the %s method %s has no body to run in a job. A flow is a default method whose body calls @Prompt methods; give it a default body."),
    /** A {@code @JobFlow} method that declares checked exceptions. */
    JOB_FLOW_CHECKED_EXCEPTIONS(Diagnostic.Kind.ERROR,
            "@JobFlow method %s declares checked exceptions %s, which the job cannot pass through. Throw unchecked exceptions, or handle them inside the flow."),
    /** A {@code @JobFlow} method returning a future. */
    JOB_FLOW_ASYNC(Diagnostic.Kind.ERROR,
            "@JobFlow method %s returns %s, but a flow completes its job when its body returns. Return the value itself and call the flow from your own executor, or use JobScope for asynchronous calls."),
    /** A {@code @JobFlow} method returning a lazily read stream or publisher. */
    JOB_FLOW_LAZY(Diagnostic.Kind.ERROR,
            "@JobFlow method %s returns %s, which is read after the flow returns, but a flow completes its job when its body returns. Read the tokens inside the flow and return the text (e.g. String or List<String>), or use JobScope and complete it after reading the stream."),
    /** A {@code @JobFlow} method with type parameters. */
    JOB_FLOW_GENERIC(Diagnostic.Kind.ERROR,
            "@JobFlow method %s declares type parameters %s, which the generated implementation does not redeclare. Use concrete types."),
    /** A call option annotation on a {@code @JobFlow} method. */
    OPTION_ON_FLOW(Diagnostic.Kind.ERROR,
            "@%s on @JobFlow method %s has no effect: options apply to calls, and a flow makes its calls through @Prompt methods. Put it on those methods or on the interface."),
    /** A {@code @JobFlow} parameter only a {@code @Prompt} method can use. */
    JOB_FLOW_PARAMETER(Diagnostic.Kind.ERROR,
            "@JobFlow method %s takes %s %s, which only a @Prompt method can use. Pass it on to the @Prompt methods the flow calls instead."),
    /** A {@code Stream} or {@code Flow.Publisher} of something other than {@code String}. */
    STREAM_OF_NON_STRING(Diagnostic.Kind.ERROR,
            "%s is not a supported return type of @Prompt method %s: a streamed answer arrives as text tokens, so the element type must be String. Return Stream<String> or Flow.Publisher<String>; for a streamed record, take a dev.saasllm.TokenConsumer parameter and return the record."),
    /** More than one stream callback parameter. */
    TOKEN_CONSUMER_TWICE(Diagnostic.Kind.ERROR,
            "@Prompt method %s takes more than one stream callback (%s and %s); one dev.saasllm.TokenConsumer or dev.saasllm.PartialConsumer receives the stream. Remove all but one."),
    /** A stream callback on a method that already returns a stream. */
    TOKEN_CONSUMER_WITH_STREAM(Diagnostic.Kind.ERROR,
            "@Prompt method %s takes a %s (%s) and returns %s, which already streams the tokens. Return the whole answer (String or a record) with the callback, or drop the parameter."),
    /** A placeholder naming the stream callback parameter. */
    TOKEN_CONSUMER_IN_TEMPLATE(Diagnostic.Kind.ERROR,
            "Placeholder {%s} in a template of %s names the %s that receives the stream; it has no text to put in the prompt. Remove the placeholder."),
    /** A {@code PartialConsumer} whose type is not the returned record. */
    PARTIAL_CONSUMER_TYPE(Diagnostic.Kind.ERROR,
            "@Prompt method %s takes %s but returns %s; snapshots are of the returned record. Return a record and take a dev.saasllm.PartialConsumer of exactly that record."),
    /** An exception inside the processor, reported with its trace instead of escaping into javac. */
    PROCESSOR_FAILED(Diagnostic.Kind.ERROR,
            "The saasllm processor failed on %s; please report it with this trace:%n%s");

    private final Diagnostic.Kind kind;
    private final String format;

    Message(Diagnostic.Kind kind, String format) {
        this.kind = kind;
        this.format = format;
    }

    /** {@return whether the message is an error or a warning} */
    public Diagnostic.Kind kind() {
        return kind;
    }

    /**
     * The message with its arguments filled in.
     *
     * @param args the format's arguments, in order
     * @return the text to print
     */
    public String format(Object... args) {
        return String.format(java.util.Locale.ROOT, format, args);
    }
}
