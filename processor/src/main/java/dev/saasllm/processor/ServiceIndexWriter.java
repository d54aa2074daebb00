package dev.saasllm.processor;

import dev.saasllm.model.GeneratedNames;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.StandardLocation;

/**
 * Writes {@link GeneratedNames#SERVICE_INDEX}: the interfaces generated in this compilation, one
 * binary name a line, sorted. Written once, in the last round, so that interfaces generated in
 * every round are in it; nothing is written when there are none.
 */
final class ServiceIndexWriter {
    private ServiceIndexWriter() {}

    static void write(ProcessingEnvironment env, Set<String> binaryNames) {
        if (binaryNames.isEmpty()) return;
        List<Element> origins = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String name : binaryNames) {
            text.append(name).append('\n');
            TypeElement type = env.getElementUtils().getTypeElement(name.replace('$', '.'));
            if (type != null) origins.add(type);
        }
        try (Writer out = env.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", GeneratedNames.SERVICE_INDEX,
                origins.toArray(Element[]::new)).openWriter()) {
            out.write(text.toString());
        } catch (IOException e) {
            throw new IllegalStateException("Could not write " + GeneratedNames.SERVICE_INDEX, e);
        }
    }
}
