package dev.saasllm.processor.validation;

import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/** Reads annotations by qualified name, so the processor never loads our annotation classes. */
final class Annotations {
    private Annotations() {}

    static Optional<AnnotationMirror> find(Element element, String qualifiedName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (isNamed(mirror, qualifiedName)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    static boolean isNamed(AnnotationMirror mirror, String qualifiedName) {
        return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(qualifiedName);
    }

    static boolean hasSimpleName(AnnotationMirror mirror, String simpleName) {
        return mirror.getAnnotationType().asElement().getSimpleName().contentEquals(simpleName);
    }

    /** The explicitly written value of {@code name}, if any. */
    static Optional<AnnotationValue> explicitValue(AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(name)) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /** The written value of {@code name}, else the member's default; empty when neither exists. */
    static Optional<AnnotationValue> valueOrDefault(AnnotationMirror mirror, String name) {
        Optional<AnnotationValue> explicit = explicitValue(mirror, name);
        if (explicit.isPresent()) return explicit;
        for (Element e : mirror.getAnnotationType().asElement().getEnclosedElements()) {
            if (e instanceof ExecutableElement m && m.getSimpleName().contentEquals(name)) {
                return Optional.ofNullable(m.getDefaultValue());
            }
        }
        return Optional.empty();
    }

    /** A string member, or "" when it is not written (all our members default to ""). */
    static String string(AnnotationMirror mirror, String name) {
        return explicitValue(mirror, name).map(v -> String.valueOf(v.getValue())).orElse("");
    }

    /** The value of a {@code String value()} annotation such as {@code @Description}, or null. */
    static String stringValue(Element element, String qualifiedName) {
        return find(element, qualifiedName).map(m -> string(m, "value")).orElse(null);
    }

    static boolean hasSimpleNameOn(TypeMirror type, String simpleName) {
        for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
            if (hasSimpleName(mirror, simpleName)) return true;
        }
        return false;
    }

    static boolean hasSimpleNameOn(Element element, String simpleName) {
        if (element == null) return false;
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (hasSimpleName(mirror, simpleName)) return true;
        }
        return false;
    }
}
