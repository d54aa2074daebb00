package dev.saasllm;

import java.util.Objects;

/** A strict JSON Schema {@code response_format}: the schema's name and its JSON, written raw. */
record ResponseFormat(String name, String schemaJson) {
    ResponseFormat {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schemaJson, "schemaJson");
    }
}
