package dev.saasllm.processor.writing;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import dev.saasllm.processor.model.Template;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a template as plain Java: a string concatenation when it has no sections, else
 * {@code StringBuilder} statements with {@code for} and {@code if}. Arguments are appended as text
 * and never read as template.
 */
final class TemplateWriter {
    /** The Java names of a loop in scope. */
    private record LoopNames(String item, String iterator, String index) {}

    private final NameAllocator names;
    private final JsonTextWriter json;
    private final Map<String, LoopNames> loops = new HashMap<>();

    /**
     * @param names the method's local names, parameters already taken
     * @param json writes the codec methods of JSON placeholders
     */
    TemplateWriter(NameAllocator names, JsonTextWriter json) {
        this.names = names;
        this.json = json;
    }

    /** A concatenation of literals and values, for a template without sections. */
    CodeBlock expression(Template template) {
        List<CodeBlock> parts = new ArrayList<>();
        for (Template.Part part : template.parts()) {
            if (part instanceof Template.Literal literal) {
                parts.add(CodeBlock.of("$S", literal.text()));
            } else {
                parts.add(placeholder((Template.Placeholder) part));
            }
        }
        return parts.isEmpty() ? CodeBlock.of("$S", "") : CodeBlock.join(parts, " + ");
    }

    /** Statements that render {@code template} into a new local {@code StringBuilder}; returns its name. */
    String statements(Template template, String suggestion, CodeBlock.Builder code) {
        String builder = names.newName(suggestion);
        code.addStatement("$T $L = new $T()", StringBuilder.class, builder, StringBuilder.class);
        parts(builder, template.parts(), code);
        return builder;
    }

    private void parts(String builder, List<Template.Part> parts, CodeBlock.Builder code) {
        List<CodeBlock> appends = new ArrayList<>(); // consecutive text and values, chained in one statement
        for (Template.Part part : parts) {
            if (part instanceof Template.Literal literal) {
                appends.add(CodeBlock.of("$S", literal.text()));
            } else if (part instanceof Template.Placeholder placeholder && placeholder.format() instanceof Template.Json format) {
                flush(builder, appends, code); // written straight into the builder
                code.addStatement("$L", json.write(format.type(), CodeBlock.of("$L", builder), value(placeholder.value())));
            } else if (part instanceof Template.Placeholder placeholder && placeholder.format() instanceof Template.Text text
                    && text.appendable()) {
                // append(int) writes what Templates.text would, without boxing; behind a null path, only when it is there
                Path path = path(placeholder.value());
                if (path.nullChecks().isEmpty()) {
                    appends.add(CodeBlock.of("$L", path.expression()));
                } else {
                    flush(builder, appends, code);
                    String present = String.join(" && ", path.nullChecks().stream().map(c -> c.replace(" == null", " != null")).toList());
                    code.addStatement("if ($L) $L.append($L)", present, builder, path.expression());
                }
            } else if (part instanceof Template.Placeholder placeholder) {
                appends.add(placeholder(placeholder));
            } else {
                flush(builder, appends, code);
                if (part instanceof Template.Loop loop) {
                    loop(builder, loop, code);
                } else {
                    condition(builder, (Template.Condition) part, code);
                }
            }
        }
        flush(builder, appends, code);
    }

    private static void flush(String builder, List<CodeBlock> appends, CodeBlock.Builder code) {
        if (appends.isEmpty()) return;
        CodeBlock.Builder chain = CodeBlock.builder().add("$L", builder);
        for (CodeBlock append : appends) chain.add(".append($L)", append);
        code.addStatement("$L", chain.build());
        appends.clear();
    }

    // int docIndex = 0;
    // for (var docIterator = Templates.iterator(documents); docIterator.hasNext(); docIndex++) { var doc = docIterator.next(); ... }
    // if (docIndex == 0) { ...empty... }
    private void loop(String builder, Template.Loop loop, CodeBlock.Builder code) {
        LoopNames loopNames = new LoopNames(names.newName(loop.variable()), names.newName(loop.variable() + "Iterator"),
                names.newName(loop.variable() + "Index"));
        code.addStatement("int $L = 0", loopNames.index());
        code.beginControlFlow("for (var $L = $T.iterator($L); $L.hasNext(); $L++)", loopNames.iterator(), RuntimeTypes.TEMPLATES,
                value(loop.items()), loopNames.iterator(), loopNames.index());
        code.addStatement("var $L = $L.next()", loopNames.item(), loopNames.iterator());
        LoopNames outer = loops.put(loop.variable(), loopNames);
        parts(builder, loop.body(), code);
        if (!loop.separator().isEmpty()) {
            code.beginControlFlow("if ($L.hasNext())", loopNames.iterator());
            parts(builder, loop.separator(), code);
            code.endControlFlow();
        }
        restore(loop.variable(), outer);
        code.endControlFlow();
        if (!loop.empty().isEmpty()) {
            code.beginControlFlow("if ($L == 0)", loopNames.index());
            parts(builder, loop.empty(), code);
            code.endControlFlow();
        }
    }

    private void restore(String variable, LoopNames outer) {
        if (outer == null) loops.remove(variable);
        else loops.put(variable, outer);
    }

    private void condition(String builder, Template.Condition condition, CodeBlock.Builder code) {
        code.beginControlFlow("if ($L)", test(condition));
        parts(builder, condition.then(), code);
        if (!condition.otherwise().isEmpty()) {
            code.nextControlFlow("else");
            parts(builder, condition.otherwise(), code);
        }
        code.endControlFlow();
    }

    private CodeBlock test(Template.Condition condition) {
        Template.Value value = condition.value();
        CodeBlock expression = value(value);
        boolean nullChecked = hasNullChecks(value);
        CodeBlock call = switch (condition.test()) {
            case BOOLEAN -> nullChecked ? CodeBlock.of("$T.TRUE.equals($L)", Boolean.class, expression) : null;
            case BOXED_BOOLEAN -> CodeBlock.of("$T.TRUE.equals($L)", Boolean.class, expression);
            case OPTIONAL -> CodeBlock.of("$T.present($L)", RuntimeTypes.TEMPLATES, expression);
            case NON_EMPTY, NON_EMPTY_ARRAY -> CodeBlock.of("$T.nonEmpty($L)", RuntimeTypes.TEMPLATES, expression);
            case NON_NULL -> null;
        };
        if (call != null) return condition.negated() ? CodeBlock.of("!$L", call) : call;
        if (condition.test() == Template.Test.NON_NULL) {
            CodeBlock operand = nullChecked ? CodeBlock.of("($L)", expression) : expression;
            return CodeBlock.of(condition.negated() ? "$L == null" : "$L != null", operand);
        }
        if (!condition.negated()) return expression;
        if (value.root().kind() == Template.RootKind.LAST) return CodeBlock.of("$L.hasNext()", loops.get(value.root().name()).iterator());
        return CodeBlock.of("!$L", expression); // a name, a call chain or a parenthesized test
    }

    private CodeBlock placeholder(Template.Placeholder placeholder) {
        CodeBlock value = value(placeholder.value());
        Template.Format format = placeholder.format();
        if (format instanceof Template.NumberPattern number) {
            return CodeBlock.of("$T.number($L, $S)", RuntimeTypes.TEMPLATES, value, number.pattern());
        }
        if (format instanceof Template.DatePattern date) {
            return CodeBlock.of("$T.date($L, $S)", RuntimeTypes.TEMPLATES, value, date.pattern());
        }
        if (format instanceof Template.Json jsonFormat) {
            return CodeBlock.of("$L.toString()", json.write(jsonFormat.type(), CodeBlock.of("new $T()", StringBuilder.class), value));
        }
        if (format instanceof Template.Custom custom) {
            if (!placeholder.value().root().reference() && !hasNullChecks(placeholder.value()) && isPrimitive(placeholder.value())) {
                return CodeBlock.of("$T.text($T.$L($L))", RuntimeTypes.TEMPLATES, custom.owner(), custom.method(), value);
            }
            // A null value is written as nothing without calling the formatter.
            return CodeBlock.of("$T.format($L, $T::$L)", RuntimeTypes.TEMPLATES, value, custom.owner(), custom.method());
        }
        return CodeBlock.of("$T.text($L)", RuntimeTypes.TEMPLATES, value);
    }

    private static boolean isPrimitive(Template.Value value) {
        return value.path().isEmpty() ? !value.root().reference() : !value.path().get(value.path().size() - 1).reference();
    }

    private static boolean hasNullChecks(Template.Value value) {
        boolean reference = value.root().reference();
        for (Template.Step step : value.path()) {
            if (reference) return true;
            reference = step.reference();
        }
        return false;
    }

    // {a.b.c}: a == null || a.b() == null ? null : a.b().c()
    private CodeBlock value(Template.Value value) {
        Path path = path(value);
        if (path.nullChecks().isEmpty()) return CodeBlock.of("$L", path.expression());
        return CodeBlock.of("$L ? null : $L", String.join(" || ", path.nullChecks()), path.expression());
    }

    /** A value's accessor chain and the null checks that must all fail before it runs. */
    private record Path(String expression, List<String> nullChecks) {}

    private Path path(Template.Value value) {
        Template.Root root = value.root();
        LoopNames loop = loops.get(root.name());
        String current = switch (root.kind()) {
            case PARAMETER -> root.name();
            case ITEM -> loop.item();
            case INDEX -> loop.index();
            case NUMBER -> "(" + loop.index() + " + 1)";
            case FIRST -> "(" + loop.index() + " == 0)";
            case LAST -> "!" + loop.iterator() + ".hasNext()";
        };
        List<String> nullChecks = new ArrayList<>();
        boolean reference = root.reference();
        for (Template.Step step : value.path()) {
            if (reference) nullChecks.add(current + " == null");
            current = current + "." + step.accessor() + "()";
            reference = step.reference();
        }
        return new Path(current, nullChecks);
    }
}
