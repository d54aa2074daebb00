package dev.saasllm.processor.model;

import com.palantir.javapoet.ClassName;
import dev.saasllm.model.SchemaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A resolved prompt template: literal text, placeholders and sections, in order, every name typed.
 *
 * @param parts the parts, in order
 */
public record Template(List<Part> parts) {
    /**
     * Copies {@code parts}.
     *
     * @param parts the value for the {@code parts} record component
     */
    public Template {
        parts = List.copyOf(parts);
    }

    /**
     * Whether the template has a loop or a condition, so it renders with statements, not one expression.
     *
     * @return true with a loop or a condition
     */
    public boolean hasSections() {
        return parts.stream().anyMatch(p -> p instanceof Loop || p instanceof Condition);
    }

    /** A piece of a template. */
    public sealed interface Part {}

    /**
     * Text sent as is.
     *
     * @param text the text, escaped braces already resolved
     */
    public record Literal(String text) implements Part {}

    /**
     * {@code {path}} or {@code {path|format}}: a value written in a format.
     *
     * @param value the value written
     * @param format how it is written
     */
    public record Placeholder(Value value, Format format) implements Part {}

    /**
     * {@code {#for variable in items}}: body for each item, separator between items, empty when there
     * are none (a null source counts as none).
     *
     * @param variable the item's name
     * @param items the value looped over
     * @param kind what it iterates
     * @param body written for each item
     * @param separator written between items
     * @param empty written when there are none
     */
    public record Loop(String variable, Value items, LoopKind kind, List<Part> body, List<Part> separator, List<Part> empty)
            implements Part {
        /**
         * Copies the part lists.
         *
         * @param variable the value for the {@code variable} record component
         * @param items the value for the {@code items} record component
         * @param kind the value for the {@code kind} record component
         * @param body the value for the {@code body} record component
         * @param separator the value for the {@code separator} record component
         * @param empty the value for the {@code empty} record component
         */
        public Loop {
            body = List.copyOf(body);
            separator = List.copyOf(separator);
            empty = List.copyOf(empty);
        }
    }

    /** What a loop iterates: an Iterable, a Map's entries, or an array. */
    public enum LoopKind {
        /** An {@code Iterable}. */
        ITERABLE,
        /** A {@code Map}'s entries. */
        MAP,
        /** An array. */
        ARRAY
    }

    /**
     * {@code {#if value}} or {@code {#if !value}}.
     *
     * @param value the value tested
     * @param test how it is tested
     * @param negated whether the test is {@code !value}
     * @param then written when the test holds
     * @param otherwise written when it does not
     */
    public record Condition(Value value, Test test, boolean negated, List<Part> then, List<Part> otherwise) implements Part {
        /**
         * Copies the part lists.
         *
         * @param value the value for the {@code value} record component
         * @param test the value for the {@code test} record component
         * @param negated the value for the {@code negated} record component
         * @param then the value for the {@code then} record component
         * @param otherwise the value for the {@code otherwise} record component
         */
        public Condition {
            then = List.copyOf(then);
            otherwise = List.copyOf(otherwise);
        }
    }

    /** How a condition tests its value. */
    public enum Test {
        /** a {@code boolean}, or a loop's first/last. */
        BOOLEAN,
        /** a {@code Boolean}: true only when {@code TRUE}. */
        BOXED_BOOLEAN,
        /** an {@code Optional}: present. */
        OPTIONAL,
        /** a {@code Collection}, {@code Map} or {@code CharSequence}: non-null and non-empty. */
        NON_EMPTY,
        /** an array: non-null and of non-zero length. */
        NON_EMPTY_ARRAY,
        /** any other reference: non-null. */
        NON_NULL
    }

    /**
     * A value read from a root name through record components.
     *
     * @param root the parameter, loop variable or loop property the path starts at
     * @param path the record components read, in order
     */
    public record Value(Root root, List<Step> path) {
        /**
         * Copies {@code path}.
         *
         * @param root where the path starts
         * @param path the record components read, in order
         */
        public Value {
            path = List.copyOf(path);
        }
    }

    /**
     * Where a path starts.
     *
     * @param name the parameter or loop variable name
     * @param kind what the name is
     * @param reference whether the root can be null (then a path checks it)
     */
    public record Root(String name, RootKind kind, boolean reference) {}

    /** A parameter, a loop's item, or one of the loop's properties {@code _index}, {@code _number}, {@code _first}, {@code _last}. */
    public enum RootKind {
        /** A method parameter. */
        PARAMETER,
        /** A loop's item. */
        ITEM,
        /** {@code <item>_index}: the item's place, from 0. */
        INDEX,
        /** {@code <item>_number}: the item's place, from 1. */
        NUMBER,
        /** {@code <item>_first}: whether it is the first item. */
        FIRST,
        /** {@code <item>_last}: whether it is the last item. */
        LAST
    }

    /**
     * One accessor called on the value read so far.
     *
     * @param accessor the method's name: a record component's, or {@code getKey}/{@code getValue} of a
     *     map entry
     * @param reference whether it returns a reference, which can be null
     */
    public record Step(String accessor, boolean reference) {}

    /** How a placeholder writes its value. */
    public sealed interface Format {}

    /**
     * The default: {@code Templates.text}, which renders strings, numbers, collections and time sensibly.
     *
     * @param appendable a primitive other than float and double, which {@code StringBuilder.append}
     *     writes exactly as {@code Templates.text} would, without boxing
     */
    public record Text(boolean appendable) implements Format {}

    /**
     * {@code |number:pattern}: a number written with a {@code DecimalFormat}.
     *
     * @param pattern the {@code DecimalFormat} pattern, applied with root-locale symbols
     */
    public record NumberPattern(String pattern) implements Format {}

    /**
     * {@code |date:pattern}: a date or time written with a {@code DateTimeFormatter}.
     *
     * @param pattern the {@code DateTimeFormatter} pattern, applied in the root locale
     */
    public record DatePattern(String pattern) implements Format {}

    /**
     * {@code |json}, also the default for records and containers of records: written by generated
     * code from the value's schema.
     *
     * @param type the value's schema
     * @param classes the records and enums the schema names, by qualified name
     */
    public record Json(SchemaType type, Map<String, ClassName> classes) implements Format {
        /**
         * Copies {@code classes}.
         *
         * @param type the value's schema
         * @param classes the records and enums the schema names, by qualified name
         */
        public Json {
            classes = Map.copyOf(classes);
        }
    }

    /**
     * Every format of this template, sections included, in order.
     *
     * @return the formats, in order
     */
    public List<Format> formats() {
        List<Format> formats = new ArrayList<>();
        collect(parts, formats);
        return formats;
    }

    private static void collect(List<Part> parts, List<Format> formats) {
        for (Part part : parts) {
            if (part instanceof Placeholder placeholder) {
                formats.add(placeholder.format());
            } else if (part instanceof Loop loop) {
                collect(loop.body(), formats);
                collect(loop.separator(), formats);
                collect(loop.empty(), formats);
            } else if (part instanceof Condition condition) {
                collect(condition.then(), formats);
                collect(condition.otherwise(), formats);
            }
        }
    }

    /**
     * {@code |name}: the static method {@code owner.method(value)} returning the text.
     *
     * @param owner the class declaring the method
     * @param method the method's name
     */
    public record Custom(ClassName owner, String method) implements Format {}
}
