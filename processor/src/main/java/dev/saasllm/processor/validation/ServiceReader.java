package dev.saasllm.processor.validation;

import com.palantir.javapoet.ClassName;
import dev.saasllm.model.GeneratedNames;
import dev.saasllm.processor.ClassNames;
import dev.saasllm.processor.Message;
import dev.saasllm.processor.model.FlowModel;
import dev.saasllm.processor.model.MethodModel;
import dev.saasllm.processor.model.ServiceModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads an {@code @LlmJob} element into a {@link ServiceModel}, reporting every problem found on
 * the exact element. Returns empty when the type has errors; throws
 * {@link SchemaReader.MissingTypeException} when a type it needs does not exist yet.
 */
public final class ServiceReader {
    private static final Set<String> OBJECT_METHODS = Set.of("toString()", "hashCode()", "equals(java.lang.Object)");

    private final Elements elements;
    private final PromptFiles files;
    private final Types types;
    private final Diagnostics diagnostics;

    /**
     * A reader for one round.
     *
     * @param elements the round's element utilities
     * @param types the round's type utilities
     * @param filer reads template files
     * @param diagnostics collects the problems found
     */
    public ServiceReader(Elements elements, Types types, javax.annotation.processing.Filer filer, Diagnostics diagnostics) {
        this.elements = elements;
        this.files = new PromptFiles(filer);
        this.types = types;
        this.diagnostics = diagnostics;
    }

    /**
     * The prompt files read so far.
     *
     * @return the files, sorted by name; after {@link #read}, every file the interface names
     */
    public Collection<PromptFile> promptFiles() {
        return files.found();
    }

    /**
     * Reads an {@code @LlmJob} interface.
     *
     * @param type the annotated type
     * @return the model, or empty when the type has errors
     */
    public Optional<ServiceModel> read(TypeElement type) {
        AnnotationMirror llmJob = Annotations.find(type, ClassNames.LLM_JOB).orElseThrow();
        if (type.getKind() != ElementKind.INTERFACE) {
            diagnostics.report(Message.NOT_AN_INTERFACE, type, llmJob, null, type.getQualifiedName(), describe(type.getKind()));
            return Optional.empty();
        }
        if (!type.getTypeParameters().isEmpty()) {
            diagnostics.report(Message.GENERIC_INTERFACE, type, type.getQualifiedName(), typeParameters(type.getTypeParameters()));
            return Optional.empty();
        }
        if (isPrivate(type)) {
            diagnostics.report(Message.PRIVATE_INTERFACE, type, type.getQualifiedName());
            return Optional.empty();
        }
        String jobType = jobType(type, llmJob);
        checkModel(type, llmJob);
        MethodReader methods = new MethodReader(types, elements, files, diagnostics, type, llmJob, jobType);
        FlowReader flowReader = new FlowReader(elements, types, diagnostics, type, jobType, methods.serviceMetadata());
        List<MethodModel> models = new ArrayList<>();
        List<FlowModel> flows = new ArrayList<>();
        for (ExecutableElement method : methodsInOrder(type)) {
            boolean hasPrompt = Annotations.find(method, ClassNames.PROMPT).isPresent();
            Optional<AnnotationMirror> jobFlow = Annotations.find(method, ClassNames.JOB_FLOW);
            if (jobFlow.isPresent() && !method.getModifiers().contains(Modifier.DEFAULT)) {
                String kind = method.getModifiers().contains(Modifier.STATIC) ? "static"
                        : method.getModifiers().contains(Modifier.ABSTRACT) ? "abstract" : "private";
                diagnostics.report(Message.JOB_FLOW_NOT_DEFAULT, method, jobFlow.get(), null, kind, qualified(method));
                continue;
            }
            if (jobFlow.isPresent() && !hasPrompt) {
                flowReader.read(method, jobFlow.get()).ifPresent(flows::add);
                continue;
            }
            if (!method.getModifiers().contains(Modifier.ABSTRACT)) {
                if (hasPrompt) {
                    String kind = method.getModifiers().contains(Modifier.STATIC) ? "static"
                            : method.getModifiers().contains(Modifier.DEFAULT) ? "default" : "private";
                    diagnostics.report(Message.PROMPT_ON_NON_ABSTRACT, method,
                            Annotations.find(method, ClassNames.PROMPT).orElseThrow(), null, kind, qualified(method));
                }
                continue;
            }
            if (OBJECT_METHODS.contains(signature(method))) {
                continue; // implemented by java.lang.Object
            }
            if (!hasPrompt) {
                diagnostics.report(Message.MISSING_PROMPT, method, qualified(method), type.getQualifiedName());
                continue;
            }
            methods.read(method).ifPresent(models::add);
        }
        if (diagnostics.hasErrors()) {
            return Optional.empty();
        }
        String packageName = elements.getPackageOf(type).getQualifiedName().toString();
        ClassName interfaceName = ClassName.get(type);
        String implementation = GeneratedNames.implementationName(packageName, String.join(".", interfaceName.simpleNames()));
        String simple = implementation.substring(implementation.lastIndexOf('.') + 1);
        SortedSet<String> memberTypes = new TreeSet<>();
        collectMemberTypes(type, memberTypes);
        List<String> parts = new ArrayList<>();
        parts.add(jobType);
        models.forEach(m -> parts.add(m.name() + "=" + m.job().fingerprint()));
        flows.forEach(f -> parts.add("flow " + f.name()));
        String fingerprint = Fingerprints.of(parts.toArray(new String[0]));
        return Optional.of(new ServiceModel(interfaceName, ClassName.get(packageName, simple), models, memberTypes,
                jobType, fingerprint, methods.serviceMetadata(), flows));
    }

    /** {@code @LlmJob(type)}, else the simple name in snake case; either must fit the server's column. */
    private String jobType(TypeElement type, AnnotationMirror llmJob) {
        String written = Annotations.string(llmJob, "type");
        String jobType = written.isEmpty() ? Names.snakeCase(type.getSimpleName().toString()) : written;
        if (Column.JOB_TYPE.fits(jobType)) return jobType;
        if (written.isEmpty()) {
            diagnostics.report(Message.DEFAULT_JOB_TYPE_TOO_LONG, type, llmJob, null,
                    Column.JOB_TYPE.defaultTooLong(type.getQualifiedName().toString(), jobType));
        } else {
            diagnostics.report(Message.VALUE_TOO_LONG, type, llmJob, Annotations.explicitValue(llmJob, "type").orElseThrow(),
                    Column.JOB_TYPE.tooLong("@LlmJob(type) on interface " + type.getSimpleName(), jobType));
        }
        return jobType;
    }

    /** {@code @LlmJob(model)} must fit the server's column; checked once, here, though methods may override it. */
    private void checkModel(TypeElement type, AnnotationMirror llmJob) {
        String model = Annotations.string(llmJob, "model");
        if (Column.MODEL_GROUP_USED.fits(model)) return;
        diagnostics.report(Message.VALUE_TOO_LONG, type, llmJob, Annotations.explicitValue(llmJob, "model").orElseThrow(),
                Column.MODEL_GROUP_USED.tooLong("@LlmJob(model) on interface " + type.getSimpleName(), model));
    }

    private static void collectMemberTypes(TypeElement type, SortedSet<String> names) {
        ElementFilter.typesIn(type.getEnclosedElements()).forEach(member -> names.add(member.getSimpleName().toString()));
        for (TypeMirror parent : type.getInterfaces()) {
            if (parent instanceof DeclaredType declared) collectMemberTypes((TypeElement) declared.asElement(), names);
        }
    }

    // Declaration order: the interface's own methods, then each superinterface's, depth first.
    private List<ExecutableElement> methodsInOrder(TypeElement type) {
        Map<Element, Integer> order = new HashMap<>();
        index(type, order);
        return ElementFilter.methodsIn(elements.getAllMembers(type)).stream()
                .filter(m -> m.getEnclosingElement().getKind().isInterface())
                .sorted(Comparator.comparingInt(m -> order.getOrDefault(m, Integer.MAX_VALUE)))
                .collect(Collectors.toList());
    }

    private void index(TypeElement type, Map<Element, Integer> order) {
        for (Element enclosed : type.getEnclosedElements()) {
            order.putIfAbsent(enclosed, order.size());
        }
        for (TypeMirror parent : type.getInterfaces()) {
            if (parent instanceof DeclaredType declared) {
                index((TypeElement) declared.asElement(), order);
            }
        }
    }

    private static String signature(ExecutableElement method) {
        return method.getSimpleName() + method.getParameters().stream()
                .map(p -> p.asType().toString()).collect(Collectors.joining(",", "(", ")"));
    }

    static String qualified(ExecutableElement method) {
        return ((TypeElement) method.getEnclosingElement()).getSimpleName() + "." + method.getSimpleName();
    }

    private static boolean isPrivate(Element element) {
        for (Element e = element; e != null && e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
            if (e.getModifiers().contains(Modifier.PRIVATE)) return true;
        }
        return false;
    }

    private static String describe(ElementKind kind) {
        switch (kind) {
            case ENUM: return "an enum";
            case ANNOTATION_TYPE: return "an annotation type";
            case RECORD: return "a record";
            default: return "a class";
        }
    }

    static String typeParameters(List<? extends Element> parameters) {
        return names(parameters).stream().collect(Collectors.joining(", ", "<", ">"));
    }

    static List<String> names(List<? extends Element> elements) {
        return elements.stream().map(e -> e.getSimpleName().toString()).collect(Collectors.toList());
    }
}
