package dev.saasllm.processor.validation;

import com.palantir.javapoet.ClassName;
import dev.saasllm.processor.Message;
import dev.saasllm.processor.model.Template;
import java.text.DecimalFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Resolves a parsed template against a method's parameters: every name, path, loop, condition and
 * format is typed here, and each problem is reported with its fix. The result is the model the
 * writer turns into plain Java.
 */
final class TemplateResolver {
    /** The built-in formats, for "did you mean". */
    private static final List<String> BUILT_IN_FORMATS = List.of("number", "date", "json");
    /** A loop's properties, read as {item_index} etc. */
    private static final Map<String, Template.RootKind> LOOP_PROPERTIES = new LinkedHashMap<>();

    static {
        LOOP_PROPERTIES.put("_index", Template.RootKind.INDEX);
        LOOP_PROPERTIES.put("_number", Template.RootKind.NUMBER);
        LOOP_PROPERTIES.put("_first", Template.RootKind.FIRST);
        LOOP_PROPERTIES.put("_last", Template.RootKind.LAST);
    }
    /** A sample of each java.time type, to check at compile time that a date pattern can format it. */
    private static final Map<String, TemporalAccessor> TIME_SAMPLES = Map.of(
            "java.time.LocalDate", LocalDate.of(2024, 1, 31),
            "java.time.LocalTime", LocalTime.of(13, 45, 30),
            "java.time.LocalDateTime", LocalDateTime.of(2024, 1, 31, 13, 45, 30),
            "java.time.OffsetDateTime", OffsetDateTime.of(2024, 1, 31, 13, 45, 30, 0, ZoneOffset.UTC),
            "java.time.OffsetTime", OffsetTime.of(13, 45, 30, 0, ZoneOffset.UTC),
            "java.time.ZonedDateTime", ZonedDateTime.of(2024, 1, 31, 13, 45, 30, 0, ZoneOffset.UTC),
            "java.time.Instant", Instant.parse("2024-01-31T13:45:30Z"));

    /** Where a resolver's errors go: the annotation value of the template being resolved. */
    interface Errors {
        void report(Message message, Object... args);
    }

    /** A name in scope: its type and what it is. */
    private record Binding(TypeMirror type, Template.RootKind kind, boolean nullable) {
        Binding(TypeMirror type, Template.RootKind kind) {
            this(type, kind, !type.getKind().isPrimitive());
        }
    }

    private final Types types;
    private final Elements elements;
    private final TypeElement service;
    private final String label;
    private final String method;
    private final Errors errors;
    private final Set<String> used;
    private boolean ok = true;

    /**
     * @param label e.g. "@Prompt" or "@Prompt system", for messages
     * @param method the method's qualified name, for messages
     * @param used receives the parameters the template reads
     */
    TemplateResolver(Types types, Elements elements, TypeElement service, String label, String method, Errors errors, Set<String> used) {
        this.types = types;
        this.elements = elements;
        this.service = service;
        this.label = label;
        this.method = method;
        this.errors = errors;
        this.used = used;
    }

    /** The resolved template, or null after reporting its errors. */
    Template resolve(List<TemplateSyntax.Node> nodes, List<String> parameterNames, List<TypeMirror> parameterTypes) {
        Map<String, Binding> scope = new LinkedHashMap<>();
        for (int i = 0; i < parameterNames.size(); i++) {
            scope.put(parameterNames.get(i), new Binding(parameterTypes.get(i), Template.RootKind.PARAMETER));
        }
        List<Template.Part> parts = parts(nodes, scope);
        return ok ? new Template(parts) : null;
    }

    private void error(Message message, Object... args) {
        ok = false;
        errors.report(message, args);
    }

    private List<Template.Part> parts(List<TemplateSyntax.Node> nodes, Map<String, Binding> scope) {
        List<Template.Part> parts = new ArrayList<>();
        for (TemplateSyntax.Node node : nodes) {
            if (node instanceof TemplateSyntax.Text text) {
                parts.add(new Template.Literal(text.text()));
            } else if (node instanceof TemplateSyntax.Value value) {
                Typed typed = value(value.tag(), value.path(), scope);
                if (typed == null) continue;
                Template.Format format = format(value, typed.type());
                if (format != null) parts.add(new Template.Placeholder(typed.value(), format));
            } else if (node instanceof TemplateSyntax.For loop) {
                Template.Part part = loop(loop, scope);
                if (part != null) parts.add(part);
            } else {
                Template.Part part = condition((TemplateSyntax.If) node, scope);
                if (part != null) parts.add(part);
            }
        }
        return parts;
    }

    private Template.Part loop(TemplateSyntax.For loop, Map<String, Binding> scope) {
        Typed items = value(loop.tag(), loop.items(), scope);
        // The body is checked even when the header is wrong, with the item typed as Object.
        TypeMirror element = elements.getTypeElement("java.lang.Object").asType();
        Template.LoopKind kind = null;
        if (items != null) {
            TypeMirror type = items.type();
            if (type.getKind() == TypeKind.ARRAY) {
                kind = Template.LoopKind.ARRAY;
                element = ((ArrayType) type).getComponentType();
            } else if (isA(type, "java.util.Map")) {
                kind = Template.LoopKind.MAP;
                element = typeArgumentOfReturn(type, "java.util.Map", "entrySet"); // Map.Entry<K, V> of Set<Map.Entry<K, V>>
            } else if (isA(type, "java.lang.Iterable")) {
                kind = Template.LoopKind.ITERABLE;
                element = typeArgumentOfReturn(type, "java.lang.Iterable", "iterator");
            } else {
                error(Message.LOOP_OVER_NON_ITERABLE, loop.tag(), label, method, loop.items().source(), type, loop.items().source());
            }
        }
        String variable = loop.variable();
        String shadowed = shadowed(variable, scope);
        if (shadowed != null) {
            error(Message.LOOP_VARIABLE_SHADOWS, loop.tag(), label, method, variable, shadowed, variable, loop.items().source());
        }
        Map<String, Binding> inner = new LinkedHashMap<>(scope);
        inner.put(variable, new Binding(element, Template.RootKind.ITEM, kind != Template.LoopKind.MAP && !element.getKind().isPrimitive()));
        TypeMirror intType = types.getPrimitiveType(TypeKind.INT);
        TypeMirror booleanType = types.getPrimitiveType(TypeKind.BOOLEAN);
        LOOP_PROPERTIES.forEach((suffix, property) -> inner.put(variable + suffix,
                new Binding(property == Template.RootKind.INDEX || property == Template.RootKind.NUMBER ? intType : booleanType, property)));
        List<Template.Part> body = parts(loop.body(), inner);
        List<Template.Part> separator = parts(loop.separator(), inner);
        List<Template.Part> empty = parts(loop.empty(), scope);
        if (items == null || kind == null) return null;
        return new Template.Loop(variable, items.value(), kind, body, separator, empty);
    }

    // "a parameter", "the item of an enclosing loop" ...; null when the name is free.
    private static String shadowed(String variable, Map<String, Binding> scope) {
        List<String> names = new ArrayList<>(List.of(variable));
        LOOP_PROPERTIES.keySet().forEach(suffix -> names.add(variable + suffix));
        for (String name : names) {
            Binding binding = scope.get(name);
            if (binding == null) continue;
            String what = binding.kind() == Template.RootKind.PARAMETER ? "a parameter" : "a name of an enclosing loop";
            return name.equals(variable) ? what : "used by " + what + " (" + name + ")";
        }
        return null;
    }

    private Template.Part condition(TemplateSyntax.If condition, Map<String, Binding> scope) {
        Typed typed = value(condition.tag(), condition.path(), scope);
        List<Template.Part> then = parts(condition.then(), scope);
        List<Template.Part> otherwise = parts(condition.otherwise(), scope);
        if (typed == null) return null;
        TypeMirror type = typed.type();
        Template.Test test;
        if (type.getKind() == TypeKind.BOOLEAN) {
            test = Template.Test.BOOLEAN;
        } else if (type.getKind().isPrimitive()) {
            error(Message.CONDITION_TYPE, condition.tag(), label, method, condition.path().source(), type);
            return null;
        } else if (isNamed(type, "java.lang.Boolean")) {
            test = Template.Test.BOXED_BOOLEAN;
        } else if (isNamed(type, "java.util.Optional")) {
            test = Template.Test.OPTIONAL;
        } else if (isA(type, "java.lang.Iterable") || isA(type, "java.util.Map") || isA(type, "java.lang.CharSequence")) {
            test = Template.Test.NON_EMPTY;
        } else if (type.getKind() == TypeKind.ARRAY) {
            test = Template.Test.NON_EMPTY_ARRAY;
        } else {
            test = Template.Test.NON_NULL;
        }
        return new Template.Condition(typed.value(), test, condition.negated(), then, otherwise);
    }

    private record Typed(Template.Value value, TypeMirror type) {}

    /** Resolves a path in scope; reports and returns null when a name or component is unknown. */
    private Typed value(String tag, TemplateSyntax.Path path, Map<String, Binding> scope) {
        List<String> names = path.names();
        String first = names.get(0);
        Binding binding = scope.get(first);
        if (binding == null) {
            List<String> parameters = scope.entrySet().stream().filter(e -> e.getValue().kind() == Template.RootKind.PARAMETER)
                    .map(Map.Entry::getKey).toList();
            List<String> loopNames = scope.keySet().stream().filter(n -> !parameters.contains(n)).toList();
            List<String> innermostFirst = new ArrayList<>(scope.keySet());
            java.util.Collections.reverse(innermostFirst); // on a tie, the nearest name wins
            String hint = Names.didYouMean(first, innermostFirst, "", pathAfter(names, 0));
            if (loopNames.isEmpty()) {
                error(Message.UNKNOWN_PLACEHOLDER, path.source(), label, method, parameters, hint);
            } else {
                error(Message.UNKNOWN_NAME_IN_LOOP, path.source(), label, method, parameters, loopNames, hint);
            }
            return null;
        }
        if (binding.kind() == Template.RootKind.PARAMETER) used.add(first);
        TypeMirror current = binding.type();
        List<Template.Step> steps = new ArrayList<>();
        for (int position = 1; position < names.size(); position++) {
            String component = names.get(position);
            MethodReader.checkMissing(current);
            current = concrete(current);
            TypeElement declared = current.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) current).asElement() : null;
            ExecutableElement accessor;
            if (declared != null && declared.getKind() == ElementKind.RECORD) {
                accessor = null;
                for (RecordComponentElement candidate : declared.getRecordComponents()) {
                    if (candidate.getSimpleName().contentEquals(component)) accessor = candidate.getAccessor();
                }
                if (accessor == null) {
                    List<String> components = ServiceReader.names(declared.getRecordComponents());
                    error(Message.UNKNOWN_COMPONENT, path.source(), label, method, declared.getQualifiedName(), component, components,
                            Names.didYouMean(component, components, pathBefore(names, position), pathAfter(names, position)));
                    return null;
                }
            } else if (declared != null && isA(current, "java.util.Map.Entry") && (component.equals("key") || component.equals("value"))) {
                accessor = method(elements.getTypeElement("java.util.Map.Entry"), component.equals("key") ? "getKey" : "getValue");
            } else {
                error(Message.PATH_INTO_NON_RECORD, path.source(), label, method, component, current, String.join(".", names.subList(0, position)));
                return null;
            }
            current = ((ExecutableType) types.asMemberOf((DeclaredType) current, accessor)).getReturnType();
            steps.add(new Template.Step(accessor.getSimpleName().toString(), !current.getKind().isPrimitive()));
        }
        Template.Root root = new Template.Root(binding.kind() == Template.RootKind.PARAMETER || binding.kind() == Template.RootKind.ITEM
                ? first : first.substring(0, first.lastIndexOf('_')), binding.kind(), binding.nullable());
        return new Typed(new Template.Value(root, steps), concrete(current));
    }

    private Template.Format format(TemplateSyntax.Value value, TypeMirror type) {
        String name = value.format();
        String argument = value.argument();
        String source = value.path().source();
        if (name == null) {
            boolean appendable = type.getKind().isPrimitive() && type.getKind() != TypeKind.FLOAT && type.getKind() != TypeKind.DOUBLE;
            return containsRecord(type) ? json(value, type, false) : new Template.Text(appendable);
        }
        switch (name) {
            case "json" -> {
                if (argument != null) {
                    error(Message.FORMATTER_ARGUMENT, source, label, method, argument, name, name);
                    return null;
                }
                return json(value, type, true);
            }
            case "number" -> {
                if (!isNumber(type)) {
                    error(Message.FORMAT_TYPE, source, label, method, type, "|number", "numbers (a primitive number or a java.lang.Number)");
                    return null;
                }
                if (argument == null || argument.isBlank()) {
                    error(Message.FORMAT_NEEDS_PATTERN, source, label, method, "|number", "{" + source + "|number:#,##0.00}");
                    return null;
                }
                try {
                    new DecimalFormat(argument);
                } catch (IllegalArgumentException e) {
                    error(Message.BAD_FORMAT_PATTERN, source, label, method, "number", argument, e.getMessage(), "java.text.DecimalFormat");
                    return null;
                }
                return new Template.NumberPattern(argument);
            }
            case "date" -> {
                if (!isA(type, "java.time.temporal.TemporalAccessor")) {
                    error(Message.FORMAT_TYPE, source, label, method, type, "|date", "java.time values (a java.time.temporal.TemporalAccessor)");
                    return null;
                }
                if (argument == null || argument.isBlank()) {
                    error(Message.FORMAT_NEEDS_PATTERN, source, label, method, "|date", "{" + source + "|date:yyyy-MM-dd}");
                    return null;
                }
                try {
                    DateTimeFormatter formatter = DateTimeFormatter.ofPattern(argument, Locale.ROOT);
                    TemporalAccessor sample = TIME_SAMPLES.get(qualifiedName(type));
                    if (sample != null) formatter.format(sample);
                } catch (RuntimeException e) {
                    error(Message.BAD_FORMAT_PATTERN, source, label, method, "date", argument,
                            e.getMessage() + " (formatting a " + type + ")", "java.time.format.DateTimeFormatter");
                    return null;
                }
                return new Template.DatePattern(argument);
            }
            default -> {
                return custom(value, type);
            }
        }
    }

    // The value's schema, written by generated code; when JSON is only the default, an unmappable type renders as text.
    private Template.Format json(TemplateSyntax.Value value, TypeMirror type, boolean explicit) {
        SchemaReader reader = new SchemaReader();
        try {
            return new Template.Json(reader.read(type, value.path().source()), reader.classes());
        } catch (SchemaReader.UnmappableException e) {
            if (!explicit) return new Template.Text(false);
            // The schema reader's message is worded for answers; here the value is a parameter's.
            String reason = e.message().format(e.argsFor(method)).replace(" (answer of " + method + ")", "");
            error(Message.JSON_UNMAPPABLE, value.path().source(), label, method, reason);
            return null;
        }
    }

    /** A record, or a container (collection, map, Optional, array) of records. */
    private boolean containsRecord(TypeMirror type) {
        type = concrete(type);
        if (type.getKind() == TypeKind.ARRAY) return containsRecord(((ArrayType) type).getComponentType());
        if (type.getKind() != TypeKind.DECLARED) return false;
        DeclaredType declared = (DeclaredType) type;
        if (declared.asElement().getKind() == ElementKind.RECORD) return true;
        return declared.getTypeArguments().stream().anyMatch(this::containsRecord);
    }

    // |name: a static method of the interface taking the value and returning String.
    private Template.Format custom(TemplateSyntax.Value value, TypeMirror type) {
        String name = value.format();
        String source = value.path().source();
        List<ExecutableElement> statics = ElementFilter.methodsIn(service.getEnclosedElements()).stream()
                .filter(m -> m.getModifiers().contains(Modifier.STATIC) && !m.getModifiers().contains(Modifier.PRIVATE)).toList();
        List<ExecutableElement> named = statics.stream().filter(m -> m.getSimpleName().contentEquals(name)).toList();
        if (named.isEmpty()) {
            List<String> candidates = new ArrayList<>(BUILT_IN_FORMATS);
            statics.forEach(m -> candidates.add(m.getSimpleName().toString()));
            error(Message.UNKNOWN_FORMAT, source, label, method, name, service.getQualifiedName(),
                    Names.didYouMean(name, candidates, source + "|", ""), name, type);
            return null;
        }
        if (value.argument() != null) {
            error(Message.FORMATTER_ARGUMENT, source, label, method, value.argument(), name, name);
            return null;
        }
        for (ExecutableElement candidate : named) {
            if (candidate.getParameters().size() == 1 && isNamed(candidate.getReturnType(), "java.lang.String")
                    && types.isAssignable(type, candidate.getParameters().get(0).asType())) {
                return new Template.Custom(ClassName.get(service), name);
            }
        }
        error(Message.FORMATTER_SIGNATURE, source, label, method, service.getSimpleName() + "." + name, type, name, type);
        return null;
    }

    private boolean isNumber(TypeMirror type) {
        TypeKind kind = type.getKind();
        if (kind.isPrimitive()) return kind != TypeKind.BOOLEAN && kind != TypeKind.CHAR;
        return isA(type, "java.lang.Number");
    }

    /** Whether the erasure of {@code type} is a subtype of the erasure of the named type. */
    private boolean isA(TypeMirror type, String qualifiedName) {
        if (type.getKind() != TypeKind.DECLARED) return false;
        TypeElement target = elements.getTypeElement(qualifiedName);
        return target != null && types.isSubtype(types.erasure(type), types.erasure(target.asType()));
    }

    private static boolean isNamed(TypeMirror type, String qualifiedName) {
        return qualifiedName.equals(qualifiedName(type));
    }

    private static String qualifiedName(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED ? ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString() : null;
    }

    /** The type argument of what {@code owner.method()} returns, seen from {@code type}: Iterable.iterator() gives Iterator<E>. */
    private TypeMirror typeArgumentOfReturn(TypeMirror type, String owner, String methodName) {
        ExecutableElement m = method(elements.getTypeElement(owner), methodName);
        TypeMirror returned = ((ExecutableType) types.asMemberOf((DeclaredType) type, m)).getReturnType();
        List<? extends TypeMirror> arguments = ((DeclaredType) returned).getTypeArguments();
        return arguments.isEmpty() ? elements.getTypeElement("java.lang.Object").asType() : concrete(arguments.get(0));
    }

    private static ExecutableElement method(TypeElement owner, String name) {
        return ElementFilter.methodsIn(owner.getEnclosedElements()).stream()
                .filter(m -> m.getSimpleName().contentEquals(name) && m.getParameters().isEmpty()).findFirst().orElseThrow();
    }

    /** A wildcard's or type variable's upper bound; other types as they are. */
    private TypeMirror concrete(TypeMirror type) {
        if (type instanceof WildcardType wildcard) {
            return wildcard.getExtendsBound() == null ? elements.getTypeElement("java.lang.Object").asType() : concrete(wildcard.getExtendsBound());
        }
        if (type instanceof TypeVariable variable) return concrete(variable.getUpperBound());
        return type;
    }

    /** "a.b." for the names before {@code position} of a placeholder path. */
    private static String pathBefore(List<String> names, int position) {
        return position == 0 ? "" : String.join(".", names.subList(0, position)) + ".";
    }

    /** ".c.d" for the names after {@code position} of a placeholder path. */
    private static String pathAfter(List<String> names, int position) {
        return position + 1 >= names.size() ? "" : "." + String.join(".", names.subList(position + 1, names.size()));
    }
}
