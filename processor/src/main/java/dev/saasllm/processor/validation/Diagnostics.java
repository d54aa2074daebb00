package dev.saasllm.processor.validation;

import dev.saasllm.processor.Message;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Collects catalogue messages for the type being read and prints them when it is done, so that a
 * type deferred to a later round (a missing type) does not print the same errors twice.
 */
public final class Diagnostics {
    private record Pending(Message message, Element element, AnnotationMirror mirror, AnnotationValue value, Object[] args) {}

    private final Messager messager;
    private final List<Pending> pending = new ArrayList<>();

    /**
     * Diagnostics printed through {@code messager}.
     *
     * @param messager the processing environment's messager
     */
    public Diagnostics(Messager messager) {
        this.messager = messager;
    }

    /**
     * Reports on {@code element}.
     *
     * @param message the catalogue entry
     * @param element where the problem is
     * @param args the message's arguments
     */
    public void report(Message message, Element element, Object... args) {
        report(message, element, null, null, args);
    }

    /**
     * Reports on {@code value} of {@code mirror} on {@code element} when given, else on the element.
     *
     * @param message the catalogue entry
     * @param element where the problem is
     * @param mirror the annotation, or null
     * @param value the annotation value, or null
     * @param args the message's arguments
     */
    public void report(Message message, Element element, AnnotationMirror mirror, AnnotationValue value, Object... args) {
        pending.add(new Pending(message, element, mirror, value, args));
    }

    /**
     * Whether an error is waiting to be printed.
     *
     * @return true when an error is pending
     */
    public boolean hasErrors() {
        return pending.stream().anyMatch(p -> p.message().kind() == Diagnostic.Kind.ERROR);
    }

    /** Prints what was reported, in order. */
    public void flush() {
        for (Pending p : pending) {
            messager.printMessage(p.message().kind(), p.message().format(p.args()), p.element(), p.mirror(), p.value());
        }
        pending.clear();
    }

    /** Forgets what was reported: the type is read again in a later round. */
    public void discard() {
        pending.clear();
    }
}
