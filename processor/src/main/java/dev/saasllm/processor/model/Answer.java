package dev.saasllm.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.saasllm.model.SchemaType;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** How a method's answer is obtained: as chat text, or as structured output parsed into a type. */
public sealed interface Answer {

    /** A {@code String} method: a chat call whose answer is the text. */
    record Text() implements Answer {}

    /**
     * A structured-output call.
     *
     * @param type the schema of the return type (not yet wrapped)
     * @param javaType the return type, boxed
     * @param description the method's {@code @Description}, the root schema's description; or null
     * @param classes the records and enums reached, by canonical name, so writers can name them
     */
    record Structured(SchemaType type, TypeName javaType, String description, Map<String, ClassName> classes)
            implements Answer {
        /**
         * Sorts {@code classes} by name.
         *
         * @param type the schema of the return type
         * @param javaType the return type, boxed
         * @param description the method's {@code @Description}, or null
         * @param classes the records and enums reached, by canonical name
         */
        public Structured {
            classes = Collections.unmodifiableMap(new TreeMap<>(classes));
        }
    }
}
