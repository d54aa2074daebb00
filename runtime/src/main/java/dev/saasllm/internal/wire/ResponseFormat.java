package dev.saasllm.internal.wire;

import java.util.Objects;

/**
 * A strict JSON Schema {@code response_format}.
 *
 * @param name the schema's name; not null
 * @param schemaJson the schema as JSON, written raw; not null
 */
public record ResponseFormat(String name, String schemaJson) {
    /**
     * Checks that both parts are given.
     *
     * @param name the value for the {@code name} record component
     * @param schemaJson the value for the {@code schemaJson} record component
     * @throws NullPointerException when either is null
     */
    public ResponseFormat {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schemaJson, "schemaJson");
    }
}
