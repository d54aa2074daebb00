package dev.saasllm.processor.validation;

import com.palantir.javapoet.TypeName;
import dev.saasllm.processor.ClassNames;
import dev.saasllm.processor.Message;
import dev.saasllm.processor.model.ParameterModel;
import dev.saasllm.processor.model.ParameterModel.Role;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Sorts a method's parameters into template inputs and the ones the template does not see: a
 * {@code CallOptions}, the conversation history ({@code List<ChatMessage>}), {@code @UserId} and
 * {@code @JobMetadata} parameters.
 */
final class ParameterRoles {
    private final Diagnostics diagnostics;
    private int errors;

    ParameterRoles(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    int errors() {
        return errors;
    }

    List<ParameterModel> read(List<? extends VariableElement> parameters, List<TypeMirror> types, String method) {
        List<ParameterModel> models = new ArrayList<>();
        Map<Role, String> seen = new EnumMap<>(Role.class);
        Map<String, String> keys = new HashMap<>();
        for (int i = 0; i < parameters.size(); i++) {
            VariableElement parameter = parameters.get(i);
            TypeMirror type = types.get(i);
            String name = parameter.getSimpleName().toString();
            Optional<AnnotationMirror> metadata = Annotations.find(parameter, ClassNames.JOB_METADATA);
            Role role;
            String key = null;
            if (Annotations.find(parameter, ClassNames.USER_ID).isPresent()) {
                role = Role.USER_ID;
                if (!isNamed(type, "java.lang.String")) error(Message.USER_ID_NOT_STRING, parameter, name, method, type);
            } else if (metadata.isPresent()) {
                role = Role.METADATA;
                key = Annotations.string(metadata.get(), "value");
                String problem = JobAnnotations.keyProblem(key);
                if (problem != null) {
                    error(Message.INVALID_METADATA_KEY, parameter, metadata.get(),
                            Annotations.explicitValue(metadata.get(), "value").orElse(null), key, "parameter " + name + " of " + method, problem);
                } else if (keys.putIfAbsent(key, name) != null) {
                    error(Message.DUPLICATE_METADATA_KEY, parameter, metadata.get(), null, key, method);
                }
                if (!isMetadataValue(type)) error(Message.METADATA_PARAMETER_TYPE, parameter, name, method, type);
            } else if (isNamed(type, ClassNames.CALL_OPTIONS)) {
                role = Role.CALL_OPTIONS;
            } else if (isHistory(type)) {
                role = Role.HISTORY;
            } else {
                role = Role.TEMPLATE;
            }
            if (role != Role.TEMPLATE && role != Role.METADATA) {
                String previous = seen.putIfAbsent(role, name);
                if (previous != null) {
                    error(Message.DUPLICATE_SPECIAL_PARAMETER, parameter, method, describe(role), previous, name);
                }
            }
            models.add(new ParameterModel(name, TypeName.get(type), role, key));
        }
        return models;
    }

    static String describe(Role role) {
        return switch (role) {
            case CALL_OPTIONS -> "CallOptions";
            case HISTORY -> "List<ChatMessage> (conversation history)";
            case USER_ID -> "@UserId";
            case METADATA -> "@JobMetadata";
            case TEMPLATE -> "template";
        };
    }

    private static boolean isHistory(TypeMirror type) {
        if (!isNamed(type, "java.util.List")) return false;
        List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
        return arguments.size() == 1 && isNamed(arguments.get(0), ClassNames.CHAT_MESSAGE);
    }

    private static boolean isMetadataValue(TypeMirror type) {
        if (type.getKind().isPrimitive()) return true;
        if (type.getKind() != TypeKind.DECLARED) return false;
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        if (element.getKind() == ElementKind.ENUM) return true;
        String name = element.getQualifiedName().toString();
        return name.equals("java.lang.String") || name.equals("java.lang.Boolean") || name.equals("java.lang.Character")
                || name.equals("java.lang.Byte") || name.equals("java.lang.Short") || name.equals("java.lang.Integer")
                || name.equals("java.lang.Long") || name.equals("java.lang.Float") || name.equals("java.lang.Double");
    }

    static boolean isNamed(TypeMirror type, String qualifiedName) {
        return type.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(qualifiedName);
    }

    private void error(Message message, javax.lang.model.element.Element element, AnnotationMirror mirror,
                       javax.lang.model.element.AnnotationValue value, Object... args) {
        errors++;
        diagnostics.report(message, element, mirror, value, args);
    }

    private void error(Message message, javax.lang.model.element.Element element, Object... args) {
        error(message, element, null, null, args);
    }
}
