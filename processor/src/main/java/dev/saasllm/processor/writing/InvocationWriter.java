package dev.saasllm.processor.writing;

import com.palantir.javapoet.CodeBlock;
import dev.saasllm.processor.model.ParameterModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code Invocation} every generated call hands the runner: the messages, and the values of the
 * method's {@code CallOptions}, {@code @UserId} and {@code @JobMetadata} parameters.
 */
final class InvocationWriter {
    private InvocationWriter() {}

    /** {@code Invocation.of(messages)} when no parameter adds to it, else {@code new Invocation(...)}. */
    static CodeBlock invocation(CodeBlock messages, List<ParameterModel> parameters) {
        String options = null;
        String userId = null;
        List<CodeBlock> metadata = new ArrayList<>();
        for (ParameterModel parameter : parameters) {
            switch (parameter.role()) {
                case CALL_OPTIONS -> options = parameter.name();
                case USER_ID -> userId = parameter.name();
                case METADATA -> metadata.add(CodeBlock.of("$S, $L", parameter.metadataKey(), parameter.name()));
                case TEMPLATE, HISTORY -> { }
            }
        }
        if (options == null && userId == null && metadata.isEmpty()) {
            return CodeBlock.of("$T.of($L)", RuntimeTypes.INVOCATION, messages);
        }
        // After messages written over several lines, the other arguments start a line of their own.
        String separator = messages.toString().contains("\n") ? ",\n" : ", ";
        return CodeBlock.of("new $T($L$L$L, $L, $L)", RuntimeTypes.INVOCATION, messages, separator,
                options == null ? "null" : options, userId == null ? "null" : userId,
                metadata.isEmpty() ? CodeBlock.of("null")
                        : CodeBlock.of("$T.metadata($L)", RuntimeTypes.INVOCATION, CodeBlock.join(metadata, ", ")));
    }
}
