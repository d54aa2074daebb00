package dev.saasllm.processor.validation;

import com.palantir.javapoet.TypeName;
import dev.saasllm.model.JsonSchemaWriter;
import dev.saasllm.model.SchemaType;
import dev.saasllm.processor.ClassNames;
import dev.saasllm.processor.Message;
import dev.saasllm.processor.model.Answer;
import dev.saasllm.processor.model.JobFeatures;
import dev.saasllm.processor.model.OptionsModel;
import dev.saasllm.processor.model.MethodModel;
import dev.saasllm.processor.model.ParameterModel;
import dev.saasllm.processor.model.Reliability;
import dev.saasllm.processor.model.Template;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Name;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads one {@code @Prompt} method: templates, defaults and the answer's schema. */
final class MethodReader {
    private final Types types;
    private final Elements elements;
    private final Diagnostics diagnostics;
    private final TypeElement service;
    private final AnnotationMirror llmJob;
    /** The interface's job type after its default, which a method's {@code @Prompt(jobType)} overrides. */
    private final String serviceJobType;
    private final TemplateSyntax.Result serviceSystem;
    /** The interface's system prompt after reading its file, or "". */
    private final String serviceSystemText;
    private final PromptFiles files;
    private final JobAnnotations jobAnnotations;
    private final ParameterRoles parameterRoles;
    private final OptionsModel serviceOptions;
    private final Map<String, String> serviceMetadata;
    /** Errors this reader reported; compared before and after a method to know if it had any. */
    private int errors;
    private final ReliabilityReader reliabilityReader;

    MethodReader(Types types, Elements elements, PromptFiles files, Diagnostics diagnostics, TypeElement service, AnnotationMirror llmJob,
                 String serviceJobType) {
        this.types = types;
        this.elements = elements;
        this.diagnostics = diagnostics;
        this.service = service;
        this.llmJob = llmJob;
        this.serviceJobType = serviceJobType;
        this.reliabilityReader = new ReliabilityReader(diagnostics);
        this.files = files;
        String system = text(service, llmJob, "system", "systemResource", "@LlmJob", "interface " + service.getQualifiedName(), false);
        this.serviceSystemText = system == null ? "" : system;
        this.serviceSystem = serviceSystemText.isEmpty() ? null : TemplateSyntax.parse(serviceSystemText);
        if (serviceSystem != null && serviceSystem.error() != null) {
            diagnostics.report(Message.MALFORMED_TEMPLATE, service, llmJob, templateValue(llmJob, "system", "systemResource"),
                    "@LlmJob system", service.getSimpleName(), serviceSystem.error());
        }
        this.jobAnnotations = new JobAnnotations(diagnostics);
        this.parameterRoles = new ParameterRoles(diagnostics);
        String where = "interface " + service.getSimpleName();
        this.serviceOptions = jobAnnotations.options(service, where);
        this.serviceMetadata = jobAnnotations.metadata(service, where);
    }

    /** The interface's constant job metadata. */
    Map<String, String> serviceMetadata() {
        return serviceMetadata;
    }

    /** The template being resolved and where its diagnostics go. */
    private record Source(String label, TemplateSyntax.Result syntax, AnnotationMirror mirror, AnnotationValue value) {}

    Optional<MethodModel> read(ExecutableElement method) {
        ExecutableType type = (ExecutableType) types.asMemberOf((DeclaredType) service.asType(), method);
        checkMissing(type);
        String name = ServiceReader.qualified(method);
        int before = errorMarker();
        if (!method.getTypeParameters().isEmpty()) {
            diagnostics.report(Message.GENERIC_METHOD, method, name, ServiceReader.typeParameters(method.getTypeParameters()));
            return Optional.empty();
        }
        AnnotationMirror prompt = Annotations.find(method, ClassNames.PROMPT).orElseThrow();
        List<? extends VariableElement> parameters = method.getParameters();
        List<TypeMirror> parameterTypes = List.copyOf(type.getParameterTypes());

        String userText = text(method, prompt, "value", "resource", "@Prompt", "method " + name, true);
        String ownSystemText = text(method, prompt, "system", "systemResource", "@Prompt", "method " + name, false);
        if (userText == null || ownSystemText == null) return Optional.empty();
        Source user = source("@Prompt", userText, prompt, "value", "resource");
        Source system = ownSystemText.isEmpty()
                ? (serviceSystem == null ? null : new Source("@LlmJob system", serviceSystem, null, null))
                : source("@Prompt system", ownSystemText, prompt, "system", "systemResource");
        List<ParameterModel> parameterModels = parameterRoles.read(parameters, parameterTypes, name);
        MethodModel.Streaming streaming = streamingReturn(type.getReturnType());
        String tokenParameter = tokenParameter(method, name, parameters, parameterTypes, streaming, type.getReturnType());
        if (tokenParameter != null && streaming == MethodModel.Streaming.NONE) {
            TypeMirror callback = parameterTypes.get(ServiceReader.names(parameters).indexOf(tokenParameter));
            streaming = isNamed(callback, ClassNames.PARTIAL_CONSUMER) ? MethodModel.Streaming.PARTIAL : MethodModel.Streaming.CALLBACK;
            if (streaming == MethodModel.Streaming.PARTIAL) checkPartial(method, name, parameters, tokenParameter, callback, type.getReturnType());
        }
        Set<String> used = new HashSet<>();
        Template userTemplate = resolve(user, method, name, parameters, parameterTypes, used);
        Template systemTemplate = system == null ? null : resolve(system, method, name, parameters, parameterTypes, used);
        if (tokenParameter != null && used.contains(tokenParameter)) {
            error(Message.TOKEN_CONSUMER_IN_TEMPLATE, method, prompt, null, tokenParameter, name,
                    streaming == MethodModel.Streaming.PARTIAL ? ClassNames.PARTIAL_CONSUMER : ClassNames.TOKEN_CONSUMER);
        }
        if (userTemplate != null && (system == null || systemTemplate != null)) {
            for (int i = 0; i < parameters.size(); i++) {
                VariableElement parameter = parameters.get(i);
                String parameterName = parameter.getSimpleName().toString();
                if (isTokenConsumer(parameterTypes.get(i))) continue; // receives tokens; never in the prompt
                if (parameterModels.get(i).role() == ParameterModel.Role.TEMPLATE && !used.contains(parameterName)
                        && Annotations.find(parameter, ClassNames.NOT_IN_TEMPLATE).isEmpty()) {
                    diagnostics.report(Message.UNUSED_PARAMETER, parameter, parameterName, name, parameterName);
                }
            }
        }
        ReturnShapes.Unwrapped shape = ReturnShapes.unwrap(type.getReturnType());
        Answer answer = null;
        if (streaming == MethodModel.Streaming.STREAM || streaming == MethodModel.Streaming.PUBLISHER) {
            answer = readStreamedText(method, type.getReturnType(), name);
        } else if (shape.answer() == null) {
            error(Message.FUTURE_WITHOUT_TYPE, method, null, null, type.getReturnType(), name);
        } else if (streaming == MethodModel.Streaming.CALLBACK && shape.shape() != JobFeatures.Shape.VALUE) {
            error(Message.TOKEN_CONSUMER_WITH_WRAPPER, method, null, null, name, tokenParameter, type.getReturnType());
        } else {
            answer = readAnswer(method, shape.answer(), name);
        }
        String where = "method " + name;
        OptionsModel options = serviceOptions.overriddenBy(jobAnnotations.options(method, where));
        Map<String, String> metadata = new LinkedHashMap<>(serviceMetadata);
        metadata.putAll(jobAnnotations.metadata(method, where));
        Optional<Reliability> reliability = reliabilityReader.read(method, service);
        String ownJobType = Annotations.string(prompt, "jobType"); // the interface's is checked on the interface
        if (!Column.JOB_TYPE.fits(ownJobType)) {
            error(Message.VALUE_TOO_LONG, method, prompt, Annotations.explicitValue(prompt, "jobType").orElseThrow(),
                    Column.JOB_TYPE.tooLong("@Prompt(jobType) on method " + name, ownJobType));
        }
        String jobType = ownJobType.isEmpty() ? serviceJobType : ownJobType;
        String ownModel = Annotations.string(prompt, "model"); // the interface's is checked on the interface
        if (!Column.MODEL_GROUP_USED.fits(ownModel)) {
            error(Message.VALUE_TOO_LONG, method, prompt, Annotations.explicitValue(prompt, "model").orElseThrow(),
                    Column.MODEL_GROUP_USED.tooLong("@Prompt(model) on method " + name, ownModel));
        }
        if (errorMarker() != before || answer == null || userTemplate == null || reliability.isEmpty()) {
            return Optional.empty();
        }
        List<TypeName> thrown = type.getThrownTypes().stream().map(TypeName::get).toList();
        String model = firstNonEmpty(ownModel, Annotations.string(llmJob, "model"), null);
        String schema = answer instanceof Answer.Structured structured
                ? JsonSchemaWriter.write(JsonSchemaWriter.rootObject(structured.type())) : "text";
        String systemText = firstNonEmpty(ownSystemText, serviceSystemText, null); // the files' text, not their names
        String fingerprint = Fingerprints.of(jobType, model, systemText, userText,
                options.canonical(), schema);
        return Optional.of(new MethodModel(method.getSimpleName().toString(), parameterModels, method.isVarArgs(), thrown,
                TypeName.get(type.getReturnType()), jobType, model, systemTemplate, userTemplate, answer, streaming, tokenParameter,
                new JobFeatures(shape.shape(), options, metadata, fingerprint), reliability.get()));
    }

    /** STREAM or PUBLISHER for those return types (whatever their element type), else NONE. */
    private static MethodModel.Streaming streamingReturn(TypeMirror returnType) {
        if (returnType.getKind() != TypeKind.DECLARED) return MethodModel.Streaming.NONE;
        Name name = ((TypeElement) ((DeclaredType) returnType).asElement()).getQualifiedName();
        if (name.contentEquals(ClassNames.STREAM)) return MethodModel.Streaming.STREAM;
        if (name.contentEquals(ClassNames.FLOW_PUBLISHER)) return MethodModel.Streaming.PUBLISHER;
        return MethodModel.Streaming.NONE;
    }

    /** The one TokenConsumer parameter, or null; reports a second one and one beside a streaming return. */
    private String tokenParameter(ExecutableElement method, String name, List<? extends VariableElement> parameters,
                                  List<TypeMirror> parameterTypes, MethodModel.Streaming streaming, TypeMirror returnType) {
        String found = null;
        for (int i = 0; i < parameters.size(); i++) {
            if (!isTokenConsumer(parameterTypes.get(i))) continue;
            String parameterName = parameters.get(i).getSimpleName().toString();
            if (found != null) {
                error(Message.TOKEN_CONSUMER_TWICE, parameters.get(i), null, null, name, found, parameterName);
                continue;
            }
            found = parameterName;
            if (streaming != MethodModel.Streaming.NONE) {
                String kind = isNamed(parameterTypes.get(i), ClassNames.PARTIAL_CONSUMER) ? ClassNames.PARTIAL_CONSUMER : ClassNames.TOKEN_CONSUMER;
                error(Message.TOKEN_CONSUMER_WITH_STREAM, parameters.get(i), null, null, name, kind, parameterName, returnType);
            }
        }
        return found;
    }

    /** A parameter that receives the stream: a TokenConsumer or a PartialConsumer. */
    private static boolean isTokenConsumer(TypeMirror type) {
        return isNamed(type, ClassNames.TOKEN_CONSUMER) || isNamed(type, ClassNames.PARTIAL_CONSUMER);
    }

    private static boolean isNamed(TypeMirror type, String qualifiedName) {
        return type.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(qualifiedName);
    }

    /** A PartialConsumer takes snapshots of the returned record, so it must name exactly that record. */
    private void checkPartial(ExecutableElement method, String name, List<? extends VariableElement> parameters,
                              String parameter, TypeMirror callback, TypeMirror returnType) {
        List<? extends TypeMirror> arguments = ((DeclaredType) callback).getTypeArguments();
        boolean record = returnType.getKind() == TypeKind.DECLARED
                && ((DeclaredType) returnType).asElement().getKind() == ElementKind.RECORD
                && ((DeclaredType) returnType).getTypeArguments().isEmpty();
        if (!record || arguments.size() != 1 || !types.isSameType(arguments.get(0), returnType)) {
            VariableElement element = parameters.get(ServiceReader.names(parameters).indexOf(parameter));
            error(Message.PARTIAL_CONSUMER_TYPE, element, null, null, name, callback, returnType);
        }
    }

    /** Stream<String> and Flow.Publisher<String> carry text tokens; any other element type is an error. */
    private Answer readStreamedText(ExecutableElement method, TypeMirror returnType, String name) {
        List<? extends TypeMirror> arguments = ((DeclaredType) returnType).getTypeArguments();
        if (arguments.size() == 1 && arguments.get(0).getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) arguments.get(0)).asElement()).getQualifiedName().contentEquals("java.lang.String")) {
            return new Answer.Text();
        }
        error(Message.STREAM_OF_NON_STRING, method, null, null, returnType, name);
        return null;
    }

    private int errorMarker() {
        return errors + jobAnnotations.errors() + parameterRoles.errors();
    }

    private void error(Message message, Element element, AnnotationMirror mirror, AnnotationValue value, Object... args) {
        errors++;
        diagnostics.report(message, element, mirror, value, args);
    }

    private Source source(String label, String text, AnnotationMirror mirror, String member, String resourceMember) {
        return new Source(label, TemplateSyntax.parse(text), mirror, templateValue(mirror, member, resourceMember));
    }

    /** Where a template's diagnostics go: the file name when it came from a file, else the inline text. */
    private static AnnotationValue templateValue(AnnotationMirror mirror, String member, String resourceMember) {
        return Annotations.explicitValue(mirror, resourceMember).or(() -> Annotations.explicitValue(mirror, member)).orElse(null);
    }

    /**
     * A template's text: inline in {@code member}, or read from the file {@code resourceMember}
     * names; "" when neither is written (unless {@code required}). Null after reporting a problem.
     */
    private String text(Element element, AnnotationMirror mirror, String member, String resourceMember, String annotation,
                        String where, boolean required) {
        String inline = Annotations.string(mirror, member);
        String resource = Annotations.string(mirror, resourceMember);
        Optional<AnnotationValue> resourceValue = Annotations.explicitValue(mirror, resourceMember);
        if (!resource.isEmpty() && !inline.isEmpty()) {
            error(Message.TEMPLATE_AND_RESOURCE, element, mirror, resourceValue.orElse(null), annotation, where, member, resourceMember);
            return null;
        }
        if (resource.isEmpty()) {
            if (required && Annotations.explicitValue(mirror, member).isEmpty()) {
                error(Message.TEMPLATE_MISSING, element, mirror, null, annotation, where);
                return null;
            }
            return inline;
        }
        Optional<String> text = files.read(resource);
        if (text.isEmpty()) {
            error(Message.TEMPLATE_FILE_MISSING, element, mirror, resourceValue.orElse(null), annotation, resourceMember, resource, where,
                    resource.startsWith("/") ? resource.substring(1) : resource);
            return null;
        }
        return text.get();
    }

    private Template resolve(Source source, ExecutableElement method, String name, List<? extends VariableElement> parameters,
                             List<TypeMirror> parameterTypes, Set<String> used) {
        if (source.syntax().error() != null) {
            if (source.mirror() != null) { // the @LlmJob system template is reported once, on the interface
                error(Message.MALFORMED_TEMPLATE, method, source.mirror(), source.value(), source.label(), name, source.syntax().error());
            } else {
                errors++;
            }
            return null;
        }
        TemplateResolver resolver = new TemplateResolver(types, elements, service, source.label(), name,
                (message, args) -> error(message, method, source.mirror(), source.value(), args), used);
        return resolver.resolve(source.syntax().nodes(), ServiceReader.names(parameters), parameterTypes);
    }

    private Answer readAnswer(ExecutableElement method, TypeMirror returnType, String name) {
        if (returnType.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) returnType).asElement()).getQualifiedName().contentEquals("java.lang.String")) {
            return new Answer.Text();
        }
        String root = rootName(returnType);
        SchemaReader reader = new SchemaReader();
        SchemaType schema;
        try {
            schema = reader.read(returnType, root);
        } catch (SchemaReader.UnmappableException e) {
            Object[] args = e.argsFor(name);
            boolean record = returnType.getKind() == TypeKind.DECLARED
                    && ((DeclaredType) returnType).asElement().getKind() == ElementKind.RECORD;
            if (e.message() == Message.UNSUPPORTED_TYPE && root.equals(args[1]) && !record) {
                error(Message.UNSUPPORTED_RETURN_TYPE, method, null, null, returnType, name);
            } else {
                error(e.message(), method, null, null, args);
            }
            return null;
        }
        if (schema instanceof SchemaType.Nullable || schema instanceof SchemaType.MapEntries) {
            error(Message.UNSUPPORTED_RETURN_TYPE, method, null, null, returnType, name);
            return null;
        }
        String description = Annotations.stringValue(method, ClassNames.DESCRIPTION);
        SchemaType.Object rootObject = JsonSchemaWriter.rootObject(schema);
        for (SchemaLimits.Violation violation : SchemaLimits.check(rootObject, root)) {
            error(violation.message(), method, null, null, violation.argsFor(name));
        }
        return new Answer.Structured(schema, TypeName.get(returnType).box(), description, reader.classes());
    }

    private static String rootName(TypeMirror type) {
        if (type.getKind() == TypeKind.DECLARED) {
            return ((DeclaredType) type).asElement().getSimpleName().toString();
        }
        return type.toString();
    }

    private static void checkMissing(ExecutableType type) {
        checkMissing(type.getReturnType());
        type.getParameterTypes().forEach(MethodReader::checkMissing);
        type.getThrownTypes().forEach(MethodReader::checkMissing);
    }

    static void checkMissing(TypeMirror type) {
        if (type.getKind() == TypeKind.ERROR) {
            throw new SchemaReader.MissingTypeException(type.toString());
        }
        if (type instanceof DeclaredType declared) {
            declared.getTypeArguments().forEach(MethodReader::checkMissing);
        } else if (type instanceof ArrayType array) {
            checkMissing(array.getComponentType());
        }
    }

    private static String firstNonEmpty(String a, String b, String fallback) {
        if (!a.isEmpty()) return a;
        if (!b.isEmpty()) return b;
        return fallback;
    }
}
