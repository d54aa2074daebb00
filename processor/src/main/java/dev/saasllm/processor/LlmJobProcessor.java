package dev.saasllm.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.saasllm.processor.model.ServiceModel;
import dev.saasllm.model.PromptFileIndex;
import dev.saasllm.processor.validation.Diagnostics;
import dev.saasllm.processor.validation.PromptFile;
import dev.saasllm.processor.validation.SchemaReader;
import dev.saasllm.processor.validation.ServiceReader;
import dev.saasllm.processor.writing.ImplementationWriter;
import dev.saasllm.model.GeneratedNames;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Generates {@code SaasLlm_<Interface>} for every {@code @LlmJob} interface: reads it into a model
 * (reporting problems on the exact element), then writes the model with JavaPoet. A type with
 * errors is skipped; a type that needs a type not generated yet is retried in the next round.
 */
@AutoService(Processor.class)
public final class LlmJobProcessor extends AbstractProcessor {
    /** Interfaces waiting for a missing type, by qualified name, with the type they wait for. */
    private final Map<String, String> deferred = new LinkedHashMap<>();
    /** Binary names of the interfaces generated so far, for the index written in the last round. */
    private final Set<String> generated = new TreeSet<>();
    /** The prompt files read for those interfaces, for the index that tells a build when one changed. */
    private final List<PromptFileIndex.Entry> promptFiles = new ArrayList<>();

    /** Called by javac, which finds the processor through {@code ServiceLoader}. */
    public LlmJobProcessor() {}

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(ClassNames.LLM_JOB);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Element current = null;
        try {
            List<TypeElement> types = new ArrayList<>();
            for (String name : deferred.keySet()) {
                TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
                if (type != null) types.add(type);
            }
            deferred.clear();
            TypeElement annotation = processingEnv.getElementUtils().getTypeElement(ClassNames.LLM_JOB);
            if (annotation != null) {
                for (Element element : round.getElementsAnnotatedWith(annotation)) {
                    if (element instanceof TypeElement type && !types.contains(type)) types.add(type);
                }
            }
            for (TypeElement type : types) {
                current = type;
                processType(type);
            }
            current = null;
            if (round.processingOver()) {
                reportStillMissing();
                IndexWriter.services(processingEnv, generated);
                IndexWriter.promptFiles(processingEnv, promptFiles);
            }
        } catch (RuntimeException | Error e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            String where = current == null ? "this round" : current.toString();
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    Message.PROCESSOR_FAILED.format(where, trace), current);
        }
        return false;
    }

    private void processType(TypeElement type) {
        Diagnostics diagnostics = new Diagnostics(processingEnv.getMessager());
        ServiceReader reader = new ServiceReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils(), processingEnv.getFiler(), diagnostics);
        Optional<ServiceModel> model;
        try {
            model = reader.read(type);
        } catch (SchemaReader.MissingTypeException e) {
            diagnostics.discard();
            deferred.put(type.getQualifiedName().toString(), e.typeName());
            return;
        }
        diagnostics.flush();
        if (model.isPresent() && write(model.get(), type)) {
            String binaryName = processingEnv.getElementUtils().getBinaryName(type).toString();
            generated.add(binaryName);
            String classFile = classFileOfSource(type);
            for (PromptFile file : reader.promptFiles()) {
                promptFiles.add(new PromptFileIndex.Entry(file.name(), file.location(), file.sha256(), binaryName, classFile));
            }
        }
    }

    /** The class file of the type's top-level type: build tools map a source file to it to tell if it is stale. */
    private String classFileOfSource(TypeElement type) {
        TypeElement top = type;
        while (top.getEnclosingElement() instanceof TypeElement enclosing) top = enclosing;
        return processingEnv.getElementUtils().getBinaryName(top).toString().replace('.', '/') + ".class";
    }

    private boolean write(ServiceModel model, TypeElement origin) {
        boolean generatedAvailable = processingEnv.getElementUtils().getTypeElement(ClassNames.GENERATED) != null;
        TypeSpec spec = new ImplementationWriter(LlmJobProcessor.class.getCanonicalName(), generatedAvailable)
                .write(model).toBuilder().addOriginatingElement(origin).build();
        JavaFile file = JavaFile.builder(model.implementationName().packageName(), spec)
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
        try {
            file.writeTo(processingEnv.getFiler());
            return true;
        } catch (FilerException e) {
            processingEnv.getMessager().printMessage(Message.GENERATED_NAME_TAKEN.kind(), Message.GENERATED_NAME_TAKEN.format(
                    model.implementationName(), origin.getQualifiedName(), GeneratedNames.PREFIX), origin);
            return false;
        } catch (IOException e) {
            throw new IllegalStateException("Could not write " + model.implementationName(), e);
        }
    }

    private void reportStillMissing() {
        for (Map.Entry<String, String> entry : deferred.entrySet()) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(entry.getKey());
            processingEnv.getMessager().printMessage(Message.MISSING_TYPE.kind(),
                    Message.MISSING_TYPE.format(entry.getKey(), entry.getValue()), type);
        }
        deferred.clear();
    }
}
