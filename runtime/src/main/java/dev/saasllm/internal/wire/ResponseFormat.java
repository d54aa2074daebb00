package dev.saasllm.internal.wire;

import java.util.Objects;

/** A strict JSON Schema {@code response_format}: the schema's name and its JSON, written raw. */
public record ResponseFormat(String name, String schemaJson) {
    /**
     * Checks that both parts are given.
     *
     * @param name the schema's name; not null
     * @param schemaJson the schema as JSON; not null
     */
    public ResponseFormat {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schemaJson, "schemaJson");
    }
}
