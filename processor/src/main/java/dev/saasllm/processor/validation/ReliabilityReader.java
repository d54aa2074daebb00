package dev.saasllm.processor.validation;

import dev.saasllm.processor.ClassNames;
import dev.saasllm.processor.Message;
import dev.saasllm.processor.model.Reliability;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Reads {@code @Retry}, {@code @Reask} and {@code @Timeout} of a method, each falling back to the
 * interface's as a whole, and checks their values.
 */
final class ReliabilityReader {
    private final Diagnostics diagnostics;
    /** An interface's annotation applies to every method but is reported once. */
    private final java.util.Set<AnnotationMirror> reported = new java.util.HashSet<>();
    private boolean failed;

    ReliabilityReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The settings, or empty after reporting a bad value. */
    Optional<Reliability> read(ExecutableElement method, TypeElement service) {
        failed = false;
        Reliability.Retry retry = annotation(method, service, ClassNames.RETRY).map(this::retry).orElse(null);
        Integer reasks = annotation(method, service, ClassNames.REASK).map(this::reasks).orElse(null);
        Long timeout = annotation(method, service, ClassNames.TIMEOUT).map(this::timeout).orElse(null);
        return failed ? Optional.empty() : Optional.of(new Reliability(retry, reasks, timeout));
    }

    private record Found(Element element, AnnotationMirror mirror) {}

    private static Optional<Found> annotation(ExecutableElement method, TypeElement service, String name) {
        Optional<AnnotationMirror> onMethod = Annotations.find(method, name);
        if (onMethod.isPresent()) return Optional.of(new Found(method, onMethod.get()));
        return Annotations.find(service, name).map(m -> new Found(service, m));
    }

    private Reliability.Retry retry(Found found) {
        long attempts = number(found, "maxAttempts");
        long initial = number(found, "initialDelayMillis");
        long max = number(found, "maxDelayMillis");
        check(found, "maxAttempts", attempts >= 1, attempts, "at least 1", "1 means a single attempt, no retry.");
        check(found, "initialDelayMillis", initial >= 0, initial, "0 or more", "");
        check(found, "maxDelayMillis", max >= 0, max, "0 or more", "");
        return new Reliability.Retry((int) attempts, initial, max);
    }

    private Integer reasks(Found found) {
        long value = number(found, "value");
        check(found, "value", value >= 0, value, "0 or more", "@Reask(0) turns re-asking off.");
        return (int) value;
    }

    private Long timeout(Found found) {
        long value = number(found, "value");
        check(found, "value", value > 0, value, "positive", "Remove @Timeout to keep the client's timeout.");
        TimeUnit unit = Annotations.valueOrDefault(found.mirror(), "unit")
                .map(v -> TimeUnit.valueOf(((VariableElement) v.getValue()).getSimpleName().toString()))
                .orElse(TimeUnit.SECONDS);
        return unit.toMillis(value);
    }

    private void check(Found found, String member, boolean ok, long value, String expected, String hint) {
        if (ok) return;
        failed = true;
        if (!reported.add(found.mirror()) && found.element() instanceof TypeElement) return;
        String annotation = "@" + found.mirror().getAnnotationType().asElement().getSimpleName() + "(" + member + ")";
        diagnostics.report(Message.INVALID_RELIABILITY_VALUE, found.element(), found.mirror(),
                Annotations.explicitValue(found.mirror(), member).orElse(null), annotation, where(found.element()), value, expected, hint);
    }

    private static String where(Element element) {
        return element instanceof ExecutableElement method ? ServiceReader.qualified(method)
                : ((TypeElement) element).getQualifiedName().toString();
    }

    private static long number(Found found, String member) {
        // A missing required member is javac's own error; any valid value keeps this reader quiet.
        return Annotations.valueOrDefault(found.mirror(), member).map(v -> ((Number) v.getValue()).longValue()).orElse(1L);
    }
}
