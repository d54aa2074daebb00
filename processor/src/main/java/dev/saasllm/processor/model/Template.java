package dev.saasllm.processor.model;

import java.util.List;

/** A parsed prompt template: literal text and placeholders, in order. */
public record Template(List<Part> parts) {
    public Template {
        parts = List.copyOf(parts);
    }

    /** A piece of a template. */
    public sealed interface Part {}

    /** Text sent as is (escaped braces already resolved). */
    public record Literal(String text) implements Part {}

    /**
     * {@code {parameter}} or {@code {parameter.component.component}}.
     *
     * @param parameter the parameter name
     * @param parameterIsReference whether the parameter can be null (then a path checks it)
     * @param path the record components read, in order
     */
    public record Placeholder(String parameter, boolean parameterIsReference, List<Step> path) implements Part {
        public Placeholder {
            path = List.copyOf(path);
        }
    }

    /** One record component read: its accessor name and whether its value can be null. */
    public record Step(String accessor, boolean reference) {}
}
