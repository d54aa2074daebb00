package dev.saasllm.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.saasllm.processor.LlmJobProcessor;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One negative test per catalogue message: the error, its file and line, and the error count. */
class DiagnosticsTest {

    static Compilation compile(JavaFileObject... files) {
        return Compiler.javac().withProcessors(new LlmJobProcessor()).compile(files);
    }

    static JavaFileObject bad(String name) {
        return JavaFileObjects.forResource("bad/" + name + ".java");
    }

    @Test
    void llmJobOnNonInterfaces() {
        JavaFileObject file = bad("NotInterfaces");
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("@LlmJob applies to interfaces only, but bad.NotInterfaces.AClass is a class")
                .inFile(file).onLineContaining("type = \"a_class\"");
        assertThat(c).hadErrorContaining("bad.NotInterfaces.AnEnum is an enum").inFile(file).onLineContaining("type = \"an_enum\"");
        assertThat(c).hadErrorContaining("bad.NotInterfaces.AnAnnotation is an annotation type")
                .inFile(file).onLineContaining("type = \"an_annotation\"");
        assertThat(c).hadErrorContaining("bad.NotInterfaces.ARecord is a record").inFile(file).onLineContaining("type = \"a_record\"");
        assertThat(c).hadErrorCount(4);
    }

    @Test
    void genericInterface() {
        JavaFileObject file = bad("GenericService");
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("@LlmJob interface bad.GenericService declares type parameters <T>")
                .inFile(file).onLineContaining("interface GenericService<T>");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void privateInterface() {
        JavaFileObject file = bad("PrivateService");
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("@LlmJob interface bad.PrivateService.Hidden is private")
                .inFile(file).onLineContaining("private interface Hidden");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void genericMethod() {
        JavaFileObject file = bad("GenericMethod");
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("@Prompt method GenericMethod.pick declares type parameters <T>")
                .inFile(file).onLineContaining("<T> T pick");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void abstractMethodsWithoutPromptIncludingInheritedOnes() {
        JavaFileObject file = bad("MissingPrompt");
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("Abstract method MissingPrompt.forgotten of @LlmJob interface bad.MissingPrompt has no @Prompt")
                .inFile(file).onLineContaining("String forgotten(");
        assertThat(c).hadErrorContaining("Abstract method MissingPromptBase.inherited of @LlmJob interface bad.MissingPrompt has no @Prompt")
                .inFile(file).onLineContaining("String inherited(");
        assertThat(c).hadErrorContaining("Add @Prompt(\"...\") or give it a default body.");
        assertThat(c).hadErrorCount(2);
    }

    @Test
    void promptOnDefaultOrStaticMethod() {
        JavaFileObject file = bad("PromptOnNonAbstract");
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("@Prompt on the default method PromptOnNonAbstract.withDefault has no effect")
                .inFile(file).onLineContaining("@Prompt(\"default {text}\")");
        assertThat(c).hadErrorContaining("@Prompt on the static method PromptOnNonAbstract.withStatic has no effect")
                .inFile(file).onLineContaining("@Prompt(\"static {text}\")");
        assertThat(c).hadErrorCount(2);
    }

    @Test
    void unknownPlaceholderListsParametersAndSuggests() {
        JavaFileObject file = bad("UnknownPlaceholder");
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("Placeholder {txt} in the @Prompt template of UnknownPlaceholder.summarize names no "
                        + "parameter; the parameters are [text]. Did you mean {text}?")
                .inFile(file).onLineContaining("Summarize {txt}");
        assertThat(c).hadErrorContaining("Placeholder {lang} in the @Prompt system template of UnknownPlaceholder.translate names "
                        + "no parameter; the parameters are [text, language]. Did you mean {language}?")
                .inFile(file).onLineContaining("Answer in {lang}");
        assertThat(c).hadErrorContaining("Placeholder {zzzzzzzz} in the @Prompt template of UnknownPlaceholder.far names no "
                        + "parameter; the parameters are [text].")
                .inFile(file).onLineContaining("Nothing close");
        assertThat(c).hadErrorCount(3);
    }

    @Test
    void interfaceSystemPlaceholderMustBeAParameterOfEveryMethodUsingIt() {
        JavaFileObject file = bad("InterfaceSystemPlaceholder");
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("Placeholder {customer} in the @LlmJob system template of "
                + "InterfaceSystemPlaceholder.withoutCustomer names no parameter; the parameters are [question].")
                .inFile(file).onLineContaining("String withoutCustomer(");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void badRecordPaths() {
        JavaFileObject file = bad("BadPaths");
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("record bad.BadPaths.Customer has no component 'nam'; its components are [name, email]. "
                + "Did you mean {order.customer.name}?").inFile(file).onLineContaining("{order.customer.nam}");
        assertThat(c).hadErrorContaining("Placeholder {text.length} in the @Prompt template of BadPaths.intoString reads 'length' "
                + "of java.lang.String, which is not a record").inFile(file).onLineContaining("{text.length}");
        assertThat(c).hadErrorContaining("reads 'value' of int, which is not a record")
                .inFile(file).onLineContaining("{order.total.value}");
        assertThat(c).hadErrorCount(3);
    }

    @Test
    void unusedParameter() {
        JavaFileObject file = bad("UnusedParameter");
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("Parameter language of UnusedParameter.summarize is not used by its template. "
                + "Add {language} to the @Prompt template, or mark the parameter @NotInTemplate")
                .inFile(file).onLineContaining("String language); // unused");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void malformedBraces() {
        JavaFileObject file = bad("MalformedTemplates");
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("The @Prompt template of MalformedTemplates.loneClosing is malformed: a lone '}' at index 5")
                .inFile(file).onLineContaining("Lone } brace");
        assertThat(c).hadErrorContaining("The @Prompt template of MalformedTemplates.unclosed is malformed: '{' at index 9 is never closed")
                .inFile(file).onLineContaining("Unclosed {text");
        assertThat(c).hadErrorContaining("{a b} at index 12 is not a parameter name or a dotted path")
                .inFile(file).onLineContaining("{a b}");
        assertThat(c).hadErrorContaining("{} at index 7 is not a parameter name").inFile(file).onLineContaining("Empty: {}");
        assertThat(c).hadErrorCount(4);
    }

    @Test
    void templateSectionsAndFormatsAreCheckedWithTheirFix() {
        JavaFileObject file = bad("BadSections");
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("Placeholder {line.product.nmae} in the @Prompt template of BadSections.unknownPathInLoop: "
                + "record bad.BadSections.Product has no component 'nmae'; its components are [name, price]. Did you mean {line.product.name}?")
                .inFile(file).onLineContaining("{line.product.nmae}");
        assertThat(c).hadErrorContaining("Placeholder {lien.quantity} in the @Prompt template of BadSections.unknownNameInLoop names neither "
                + "a parameter nor a loop variable; the parameters are [lines] and the loop names in scope are "
                + "[line, line_index, line_number, line_first, line_last]. Did you mean {line.quantity}?")
                .inFile(file).onLineContaining("{lien.quantity}");
        assertThat(c).hadErrorContaining("{#for c in count} in the @Prompt template of BadSections.loopOverInt loops over count of type int, "
                + "which is not an Iterable, a Map or an array. Loop over a collection, or insert the value with {count}.")
                .inFile(file).onLineContaining("{#for c in count}");
        assertThat(c).hadErrorContaining("{#if count} in the @Prompt template of BadSections.conditionOnInt tests count of type int, which is "
                + "neither boolean, Optional, a nullable reference nor a collection.")
                .inFile(file).onLineContaining("{#if count}");
        assertThat(c).hadErrorContaining("{#for lines in lines} in the @Prompt template of BadSections.loopVariableShadowsParameter names its "
                + "item 'lines', which is a parameter. Give the item another name, e.g. {#for lines_item in lines}.")
                .inFile(file).onLineContaining("{#for lines in lines}");
        assertThat(c).hadErrorContaining("names its item 'line', which is a name of an enclosing loop.")
                .inFile(file).onLineContaining("{#for line in lines}{#for line in lines}");
        assertThat(c).hadErrorContaining("The @Prompt template of BadSections.unclosedLoop is malformed: {#for line in lines} at index 0 "
                + "is never closed; add {/for}.")
                .inFile(file).onLineContaining("{#for line in lines}{line.quantity}\")");
        assertThat(c).hadErrorContaining("The @Prompt template of BadSections.misnested is malformed: {/for} at index 40 cannot close "
                + "{#if line.quantity} opened at index 20; close that with {/if} first.")
                .inFile(file).onLineContaining("x{/for}{/if}");
        assertThat(c).hadErrorContaining("{/if} at index 7 closes no section; remove it").inFile(file).onLineContaining("{lines}{/if}");
        assertThat(c).hadErrorContaining("{#sep} at index 7 is not directly inside a {#for}").inFile(file).onLineContaining("{lines}{#sep}");
        assertThat(c).hadErrorContaining("Placeholder {line_index} in the @Prompt template of BadSections.unknownFormat uses format 'nubmer', "
                + "which is neither a built-in format (number, date, json) nor a static method of bad.BadSections. Did you mean {line_index|number}?")
                .inFile(file).onLineContaining("|nubmer:0");
        assertThat(c).hadErrorContaining("Placeholder {day} in the @Prompt template of BadSections.numberOfDate writes java.time.LocalDate "
                + "with |number, which formats numbers (a primitive number or a java.lang.Number) only.")
                .inFile(file).onLineContaining("{day|number:0.00}");
        assertThat(c).hadErrorContaining("uses |number without a pattern. Give one after a colon, e.g. {price|number:#,##0.00}.")
                .inFile(file).onLineContaining("{price|number}");
        assertThat(c).hadErrorContaining("has an invalid number pattern '0.0.0'").inFile(file).onLineContaining("{price|number:0.0.0}");
        assertThat(c).hadErrorContaining("Placeholder {day} in the @Prompt template of BadSections.timeFieldsOnADate has an invalid date "
                + "pattern 'yyyy-MM-dd HH:mm': Unsupported field: HourOfDay (formatting a java.time.LocalDate).")
                .inFile(file).onLineContaining("HH:mm");
        assertThat(c).hadErrorContaining("(formatting a java.time.Instant)").inFile(file).onLineContaining("{at|date:yyyy-MM-dd}");
        assertThat(c).hadErrorContaining("Placeholder {day} in the @Prompt template of BadSections.formatterOfWrongType cannot use formatter "
                + "BadSections.money for a value of type java.time.LocalDate: a formatter is a static method of the interface taking one "
                + "parameter that accepts the value and returning String. Declare static String money(java.time.LocalDate value).")
                .inFile(file).onLineContaining("{day|money}");
        assertThat(c).hadErrorContaining("passes 'EUR' to the formatter money, which takes only the value.")
                .inFile(file).onLineContaining("{price|money:EUR}");
        assertThat(c).hadErrorContaining("Placeholder {task} in the @Prompt template of BadSections.jsonOfAnInterface cannot be written as JSON: "
                + "java.lang.Runnable at task has no JSON Schema mapping: interfaces have no fixed shape.")
                .inFile(file).onLineContaining("{task|json}");
        assertThat(c).hadErrorCount(19);
    }

    @Test
    void malformedInterfaceSystemPromptIsReportedOnce() {
        JavaFileObject file = bad("MalformedSystem");
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("The @LlmJob system template of MalformedSystem is malformed: '{' at index 8 is never closed")
                .inFile(file).onLineContaining("You are {broken");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void unsupportedReturnTypes() {
        JavaFileObject file = bad("UnsupportedReturns");
        Compilation c = compile(file);
        String supported = "is not a supported return type of @Prompt method UnsupportedReturns.";
        assertThat(c).hadErrorContaining("void " + supported + "returnsVoid. Return String (a chat answer), or for structured output "
                + "a record, an enum, a scalar").inFile(file).onLineContaining("void returnsVoid");
        assertThat(c).hadErrorContaining("java.lang.Object " + supported + "returnsObject").inFile(file).onLineContaining("returnsObject");
        assertThat(c).hadErrorContaining("java.util.Map<java.lang.String,java.lang.String> " + supported + "returnsMap")
                .inFile(file).onLineContaining("returnsMap");
        assertThat(c).hadErrorContaining("java.util.List " + supported + "returnsRawList").inFile(file).onLineContaining("returnsRawList");
        assertThat(c).hadErrorContaining("? at List[] (answer of UnsupportedReturns.returnsWildcardList) has no JSON Schema mapping: "
                + "a wildcard has no fixed shape").inFile(file).onLineContaining("returnsWildcardList");
        assertThat(c).hadErrorContaining("java.util.Optional<java.lang.String> " + supported + "returnsOptional")
                .inFile(file).onLineContaining("returnsOptional");
        assertThat(c).hadErrorContaining("java.lang.CharSequence " + supported + "returnsInterface")
                .inFile(file).onLineContaining("returnsInterface");
        assertThat(c).hadErrorCount(7);
    }

    @Test
    void unmappableComponentsRecursionAndMapKeys() {
        JavaFileObject file = bad("UnmappableComponents");
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("java.lang.Object at Resume.jobs[].payload (answer of UnmappableComponents.objectComponent) "
                + "has no JSON Schema mapping: Object says nothing about the answer's shape")
                .inFile(file).onLineContaining("Resume objectComponent");
        assertThat(c).hadErrorContaining("java.lang.StringBuilder at Builder.text (answer of UnmappableComponents.classComponent) "
                + "has no JSON Schema mapping: only records, not classes, map to JSON objects")
                .inFile(file).onLineContaining("Builder classComponent");
        assertThat(c).hadErrorContaining("java.util.Map<java.lang.Integer,java.lang.String> at Counts.byId (answer of "
                + "UnmappableComponents.intKeys) has keys of type java.lang.Integer").inFile(file).onLineContaining("Counts intKeys");
        assertThat(c).hadErrorContaining("Record bad.UnmappableComponents.Node contains itself at Node.children[] (answer of "
                + "UnmappableComponents.recursive)").inFile(file).onLineContaining("Node recursive");
        assertThat(c).hadErrorContaining("Record bad.UnmappableComponents.Loop1 contains itself at List[].next.back")
                .inFile(file).onLineContaining("indirectlyRecursive");
        assertThat(c).hadErrorContaining("bad.UnmappableComponents.Box<java.lang.String> at Box (answer of "
                + "UnmappableComponents.genericRecord) has no JSON Schema mapping: generic records are not supported")
                .inFile(file).onLineContaining("genericRecord");
        assertThat(c).hadErrorCount(6);
    }

    @Test
    void typeStillMissingAtTheEndIsReported() {
        JavaFileObject file = bad("MissingType");
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("bad.MissingType could not be generated because type NoSuchAnswer does not exist")
                .inFile(file).onLineContaining("public interface MissingType");
        assertThat(c).hadErrorContaining("cannot find symbol").inFile(file).onLineContaining("NoSuchAnswer parse");
        assertThat(c).hadErrorCount(2);
    }

    @Test
    void generatedNameAlreadyTaken() {
        JavaFileObject file = bad("Clash");
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("Cannot generate bad.SaasLlm_Clash for @LlmJob interface bad.Clash: a type of that name "
                + "already exists. Rename that type; names starting with SaasLlm_ are reserved").inFile(file)
                .onLineContaining("public interface Clash");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void exceptionsInsideTheProcessorAreReportedNotThrown() {
        JavaFileObject file = bad("UnusedParameter");
        // A broken environment stands in for a processor bug: Types fails on first use.
        Processor broken = wrapped(new LlmJobProcessor(), env -> (ProcessingEnvironment) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {ProcessingEnvironment.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getTypeUtils")) throw new IllegalStateException("simulated bug");
                    return method.invoke(env, args);
                }));
        Compilation c = Compiler.javac().withProcessors(broken).compile(file);
        assertThat(c).hadErrorContaining("The saasllm processor failed on bad.UnusedParameter; please report it with this trace:")
                .inFile(file).onLineContaining("public interface UnusedParameter");
        assertThat(c).hadErrorContaining("java.lang.IllegalStateException: simulated bug");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void onlyTheTypeWithErrorsIsSkipped() {
        JavaFileObject good = JavaFileObjects.forSourceLines("good.Fine",
                "package good;",
                "@dev.saasllm.annotations.LlmJob(model = \"m\")",
                "public interface Fine {",
                "    @dev.saasllm.annotations.Prompt(\"Say {text}\")",
                "    String say(String text);",
                "}");
        // compile-testing hides the generated files of a failed compilation, so the Filer is watched.
        Set<String> generated = new TreeSet<>();
        Compilation c = Compiler.javac().withProcessors(recordingSources(new LlmJobProcessor(), generated))
                .compile(bad("UnusedParameter"), good);
        assertThat(c).hadErrorCount(1);
        assertEquals(Set.of("good.SaasLlm_Fine"), generated);
    }

    /** {@code processor}, with the names of the source files it creates added to {@code names}. */
    static Processor recordingSources(Processor processor, Set<String> names) {
        return wrapped(processor, env -> {
            Filer filer = (Filer) Proxy.newProxyInstance(DiagnosticsTest.class.getClassLoader(), new Class<?>[] {Filer.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("createSourceFile")) names.add(args[0].toString());
                        return method.invoke(env.getFiler(), args);
                    });
            return (ProcessingEnvironment) Proxy.newProxyInstance(DiagnosticsTest.class.getClassLoader(),
                    new Class<?>[] {ProcessingEnvironment.class},
                    (proxy, method, args) -> method.getName().equals("getFiler") ? filer : method.invoke(env, args));
        });
    }

    /** {@code processor}, initialised with the environment {@code environment} makes of javac's. */
    static Processor wrapped(Processor processor, java.util.function.UnaryOperator<ProcessingEnvironment> environment) {
        return new AbstractProcessor() {
            @Override
            public synchronized void init(ProcessingEnvironment env) {
                processor.init(environment.apply(env));
            }

            @Override
            public Set<String> getSupportedAnnotationTypes() {
                return processor.getSupportedAnnotationTypes();
            }

            @Override
            public SourceVersion getSupportedSourceVersion() {
                return processor.getSupportedSourceVersion();
            }

            @Override
            public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
                return processor.process(annotations, round);
            }
        };
    }
}
