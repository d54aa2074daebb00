package dev.saasllm.processor.validation;

import com.palantir.javapoet.TypeName;
import dev.saasllm.processor.ClassNames;
import dev.saasllm.processor.Message;
import dev.saasllm.processor.model.FlowModel;
import dev.saasllm.processor.model.ParameterModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads a {@code @JobFlow} default method: its body runs in one job. */
final class FlowReader {
    private static final List<String> OPTION_ANNOTATIONS = List.of(ClassNames.TEMPERATURE, ClassNames.MAX_TOKENS,
            ClassNames.TOP_P, ClassNames.FREQUENCY_PENALTY, ClassNames.PRESENCE_PENALTY, ClassNames.STOP, ClassNames.PURPOSE,
            ClassNames.RETRY, ClassNames.REASK, ClassNames.TIMEOUT);

    private final Elements elements;
    private final Types types;
    private final Diagnostics diagnostics;
    private final TypeElement service;
    private final String serviceJobType;
    private final Map<String, String> serviceMetadata;
    private final JobAnnotations jobAnnotations;
    private final ParameterRoles parameterRoles;

    FlowReader(Elements elements, Types types, Diagnostics diagnostics, TypeElement service, String serviceJobType,
               Map<String, String> serviceMetadata) {
        this.elements = elements;
        this.types = types;
        this.diagnostics = diagnostics;
        this.service = service;
        this.serviceJobType = serviceJobType;
        this.serviceMetadata = serviceMetadata;
        this.jobAnnotations = new JobAnnotations(diagnostics);
        this.parameterRoles = new ParameterRoles(diagnostics);
    }

    Optional<FlowModel> read(ExecutableElement method, AnnotationMirror jobFlow) {
        String name = ServiceReader.qualified(method);
        if (!method.getTypeParameters().isEmpty()) {
            diagnostics.report(Message.JOB_FLOW_GENERIC, method, name, ServiceReader.typeParameters(method.getTypeParameters()));
            return Optional.empty();
        }
        ExecutableType type = (ExecutableType) types.asMemberOf((DeclaredType) service.asType(), method);
        boolean ok = true;
        TypeMirror runtimeException = elements.getTypeElement("java.lang.RuntimeException").asType();
        TypeMirror error = elements.getTypeElement("java.lang.Error").asType();
        List<String> checked = type.getThrownTypes().stream()
                .filter(t -> !types.isSubtype(t, runtimeException) && !types.isSubtype(t, error))
                .map(TypeMirror::toString).collect(Collectors.toList());
        if (!checked.isEmpty()) {
            diagnostics.report(Message.JOB_FLOW_CHECKED_EXCEPTIONS, method, name, checked);
            ok = false;
        }
        if (ParameterRoles.isNamed(type.getReturnType(), ClassNames.COMPLETABLE_FUTURE)) {
            diagnostics.report(Message.JOB_FLOW_ASYNC, method, name, type.getReturnType());
            ok = false;
        }
        if (ParameterRoles.isNamed(type.getReturnType(), ClassNames.STREAM)
                || ParameterRoles.isNamed(type.getReturnType(), ClassNames.FLOW_PUBLISHER)) {
            diagnostics.report(Message.JOB_FLOW_LAZY, method, name, type.getReturnType());
            ok = false;
        }
        for (String option : OPTION_ANNOTATIONS) {
            Optional<AnnotationMirror> mirror = Annotations.find(method, option);
            if (mirror.isPresent()) {
                diagnostics.report(Message.OPTION_ON_FLOW, method, mirror.get(), null,
                        option.substring(option.lastIndexOf('.') + 1), name);
                ok = false;
            }
        }
        int before = parameterRoles.errors() + jobAnnotations.errors();
        List<ParameterModel> parameters = parameterRoles.read(method.getParameters(), List.copyOf(type.getParameterTypes()), name);
        for (int i = 0; i < parameters.size(); i++) {
            ParameterModel parameter = parameters.get(i);
            if (parameter.role() == ParameterModel.Role.CALL_OPTIONS || parameter.role() == ParameterModel.Role.HISTORY) {
                diagnostics.report(Message.JOB_FLOW_PARAMETER, method.getParameters().get(i), name,
                        ParameterRoles.describe(parameter.role()), parameter.name());
                ok = false;
            }
        }
        Map<String, String> metadata = new LinkedHashMap<>(serviceMetadata);
        metadata.putAll(jobAnnotations.metadata(method, "method " + name));
        String jobType = Annotations.string(jobFlow, "jobType");
        if (!Column.JOB_TYPE.fits(jobType)) {
            diagnostics.report(Message.VALUE_TOO_LONG, method, jobFlow, Annotations.explicitValue(jobFlow, "jobType").orElseThrow(),
                    Column.JOB_TYPE.tooLong("@JobFlow(jobType) on method " + name, jobType));
            ok = false;
        }
        if (!ok || parameterRoles.errors() + jobAnnotations.errors() != before) return Optional.empty();
        return Optional.of(new FlowModel(method.getSimpleName().toString(), parameters, method.isVarArgs(),
                TypeName.get(type.getReturnType()), jobType.isEmpty() ? serviceJobType : jobType, metadata));
    }
}
