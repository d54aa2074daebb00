package dev.saasllm.processor.validation;

import dev.saasllm.processor.ClassNames;
import dev.saasllm.processor.Message;
import dev.saasllm.processor.model.OptionsModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Reads the call-option annotations ({@code @Temperature}, {@code @MaxTokens}, ...) and constant
 * {@code @Metadata} of an interface or method, checking each constant where it is written.
 */
final class JobAnnotations {
    static final String RESERVED_PREFIX = "saasllm_";

    private final Diagnostics diagnostics;
    private int errors;

    JobAnnotations(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Errors reported so far; compared before and after reading to know if an element had any. */
    int errors() {
        return errors;
    }

    OptionsModel options(Element element, String where) {
        Double temperature = number(element, ClassNames.TEMPERATURE, "Temperature", where, 0.0, 2.0, "0.0 to 2.0");
        Double topP = number(element, ClassNames.TOP_P, "TopP", where, 0.0, 1.0, "0.0 to 1.0");
        Double frequency = number(element, ClassNames.FREQUENCY_PENALTY, "FrequencyPenalty", where, -2.0, 2.0, "-2.0 to 2.0");
        Double presence = number(element, ClassNames.PRESENCE_PENALTY, "PresencePenalty", where, -2.0, 2.0, "-2.0 to 2.0");
        Integer maxTokens = null;
        Optional<AnnotationMirror> max = Annotations.find(element, ClassNames.MAX_TOKENS);
        if (max.isPresent()) {
            AnnotationValue value = Annotations.explicitValue(max.get(), "value").orElse(null);
            int tokens = value == null ? 0 : ((Number) value.getValue()).intValue();
            if (tokens < 1) {
                error(Message.OPTION_OUT_OF_RANGE, element, max.get(), value, "MaxTokens", tokens, where, "at least 1");
            } else {
                maxTokens = tokens;
            }
        }
        List<String> stop = stop(element, where);
        String purpose = null;
        Optional<AnnotationMirror> purposeMirror = Annotations.find(element, ClassNames.PURPOSE);
        if (purposeMirror.isPresent()) {
            purpose = Annotations.string(purposeMirror.get(), "value");
            AnnotationValue value = Annotations.explicitValue(purposeMirror.get(), "value").orElse(null);
            if (purpose.isBlank()) {
                error(Message.BLANK_PURPOSE, element, purposeMirror.get(), value, where);
                purpose = null;
            } else if (!Column.PURPOSE.fits(purpose)) {
                error(Message.VALUE_TOO_LONG, element, purposeMirror.get(), value, Column.PURPOSE.tooLong("@Purpose on " + where, purpose));
                purpose = null;
            }
        }
        return new OptionsModel(temperature, maxTokens, topP, frequency, presence, stop, purpose);
    }

    private Double number(Element element, String annotation, String simpleName, String where, double min, double max,
                          String range) {
        Optional<AnnotationMirror> mirror = Annotations.find(element, annotation);
        if (mirror.isEmpty()) return null;
        AnnotationValue value = Annotations.explicitValue(mirror.get(), "value").orElse(null);
        double number = value == null ? Double.NaN : ((Number) value.getValue()).doubleValue();
        if (!(number >= min && number <= max)) {
            error(Message.OPTION_OUT_OF_RANGE, element, mirror.get(), value, simpleName, number, where, range);
            return null;
        }
        return number;
    }

    private List<String> stop(Element element, String where) {
        Optional<AnnotationMirror> mirror = Annotations.find(element, ClassNames.STOP);
        if (mirror.isEmpty()) return null;
        AnnotationValue value = Annotations.explicitValue(mirror.get(), "value").orElse(null);
        List<String> stops = new ArrayList<>();
        if (value != null && value.getValue() instanceof List<?> list) {
            for (Object item : list) stops.add(String.valueOf(((AnnotationValue) item).getValue()));
        }
        String problem = stops.isEmpty() ? "gives no sequence"
                : stops.size() > 4 ? "gives " + stops.size() + " sequences"
                : stops.stream().anyMatch(String::isEmpty) ? "contains an empty sequence" : null;
        if (problem != null) {
            error(Message.INVALID_STOP, element, mirror.get(), value, where, problem);
            return null;
        }
        return stops;
    }

    /** Constant {@code @Metadata} of an element, in declaration order. */
    Map<String, String> metadata(Element element, String where) {
        List<AnnotationMirror> entries = new ArrayList<>();
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (Annotations.isNamed(mirror, ClassNames.METADATA)) {
                entries.add(mirror);
            } else if (Annotations.isNamed(mirror, ClassNames.METADATA_LIST)) {
                AnnotationValue value = Annotations.explicitValue(mirror, "value").orElse(null);
                if (value != null && value.getValue() instanceof List<?> list) {
                    for (Object item : list) entries.add((AnnotationMirror) ((AnnotationValue) item).getValue());
                }
            }
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        for (AnnotationMirror entry : entries) {
            String key = Annotations.string(entry, "key");
            AnnotationValue keyValue = Annotations.explicitValue(entry, "key").orElse(null);
            String problem = keyProblem(key);
            if (problem != null) {
                error(Message.INVALID_METADATA_KEY, element, entry, keyValue, key, where, problem);
            } else if (metadata.containsKey(key)) {
                error(Message.DUPLICATE_METADATA_KEY, element, entry, keyValue, key, where);
            } else {
                metadata.put(key, Annotations.string(entry, "value"));
            }
        }
        return metadata;
    }

    /** Why {@code key} cannot be a metadata key, or null. */
    static String keyProblem(String key) {
        if (key.isBlank()) return "is blank";
        if (key.startsWith(RESERVED_PREFIX)) return "is reserved";
        return null;
    }

    private void error(Message message, Element element, AnnotationMirror mirror, AnnotationValue value, Object... args) {
        errors++;
        diagnostics.report(message, element, mirror, value, args);
    }
}
