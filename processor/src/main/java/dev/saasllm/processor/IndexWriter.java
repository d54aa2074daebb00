package dev.saasllm.processor;

import dev.saasllm.model.GeneratedNames;
import dev.saasllm.model.PromptFileIndex;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.StandardLocation;

/**
 * Writes the class-output indexes of a compilation: {@link GeneratedNames#SERVICE_INDEX} and
 * {@link PromptFileIndex#RESOURCE}. Each is written once, in the last round, so that interfaces
 * generated in every round are in it; sorted lines; nothing is written when there are none.
 */
final class IndexWriter {
    private IndexWriter() {}

    /** The interfaces generated, one binary name a line. */
    static void services(ProcessingEnvironment env, Collection<String> binaryNames) {
        write(env, GeneratedNames.SERVICE_INDEX, binaryNames, binaryNames);
    }

    /** The prompt files read for the interfaces generated, one {@link PromptFileIndex.Entry} a line. */
    static void promptFiles(ProcessingEnvironment env, Collection<PromptFileIndex.Entry> entries) {
        write(env, PromptFileIndex.RESOURCE, entries.stream().map(PromptFileIndex.Entry::line).sorted().toList(),
                entries.stream().map(PromptFileIndex.Entry::service).distinct().toList());
    }

    private static void write(ProcessingEnvironment env, String resource, Collection<String> lines, Collection<String> originBinaryNames) {
        if (lines.isEmpty()) return;
        List<Element> origins = new ArrayList<>();
        for (String name : originBinaryNames) {
            TypeElement type = env.getElementUtils().getTypeElement(name.replace('$', '.'));
            if (type != null) origins.add(type);
        }
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line).append('\n'));
        try (Writer out = env.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", resource,
                origins.toArray(Element[]::new)).openWriter()) {
            out.write(text.toString());
        } catch (IOException e) {
            throw new IllegalStateException("Could not write " + resource, e);
        }
    }
}
