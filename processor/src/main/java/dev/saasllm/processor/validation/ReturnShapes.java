package dev.saasllm.processor.validation;

import dev.saasllm.processor.ClassNames;
import dev.saasllm.processor.model.JobFeatures.Shape;
import java.util.List;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Unwraps {@code CompletableFuture<T>}, {@code JobResult<T>} and
 * {@code CompletableFuture<JobResult<T>>} to the answer type {@code T}.
 */
final class ReturnShapes {
    private ReturnShapes() {}

    /** @param answer the answer type, or null when a wrapper has no usable type argument */
    record Unwrapped(Shape shape, TypeMirror answer) {}

    static Unwrapped unwrap(TypeMirror type) {
        if (ParameterRoles.isNamed(type, ClassNames.COMPLETABLE_FUTURE)) {
            TypeMirror inner = argument(type);
            if (inner != null && ParameterRoles.isNamed(inner, ClassNames.JOB_RESULT)) {
                return new Unwrapped(Shape.FUTURE_RESULT, argument(inner));
            }
            return new Unwrapped(Shape.FUTURE, inner);
        }
        if (ParameterRoles.isNamed(type, ClassNames.JOB_RESULT)) {
            return new Unwrapped(Shape.RESULT, argument(type));
        }
        return new Unwrapped(Shape.VALUE, type);
    }

    private static TypeMirror argument(TypeMirror type) {
        List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
        if (arguments.size() != 1 || arguments.get(0).getKind() != TypeKind.DECLARED && arguments.get(0).getKind() != TypeKind.ARRAY) {
            return null;
        }
        return arguments.get(0);
    }
}
