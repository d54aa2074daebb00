package dev.saasllm.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.saasllm.processor.diagnostics.DiagnosticsTest.compile;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The strict-schema limits. Inputs this large are written by the test rather than kept as files;
 * each test also checks that a schema just inside the limit compiles.
 */
class SchemaLimitsTest {

    private static JavaFileObject service(String name, String records, String returnType) {
        return JavaFileObjects.forSourceString("limits." + name, "package limits;\n"
                + "import dev.saasllm.annotations.*;\n"
                + "import java.util.List;\n"
                + "@LlmJob(model = \"m\")\n"
                + "public interface " + name + " {\n"
                + records
                + "    @Prompt(\"Answer {text}\")\n"
                + "    " + returnType + " answer(String text); // the method\n"
                + "}\n");
    }

    // R1(R2 next) ... R<levels>(String leaf): <levels> nested objects.
    private static String chain(int levels) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < levels; i++) out.append("    record R").append(i).append("(R").append(i + 1).append(" next) {}\n");
        return out.append("    record R").append(levels).append("(String leaf) {}\n").toString();
    }

    private static String record(String name, int components, String type, String prefix) {
        return IntStream.range(0, components).mapToObj(i -> type + " " + prefix + i)
                .collect(Collectors.joining(", ", "    record " + name + "(", ") {}\n"));
    }

    private static String enumOf(String name, int values, int length) {
        return IntStream.range(0, values).mapToObj(i -> "V" + "x".repeat(Math.max(0, length - 1 - String.valueOf(i).length())) + i)
                .collect(Collectors.joining(", ", "    enum " + name + " {", "}\n"));
    }

    @Test
    void nestingDepth() {
        JavaFileObject tooDeep = service("TooDeep", chain(11), "R1");
        Compilation c = compile(tooDeep);
        assertThat(c).hadErrorContaining("The answer schema of TooDeep.answer nests objects 11 levels deep at "
                + "R1.next.next.next.next.next.next.next.next.next.next; strict structured output allows at most 10")
                .inFile(tooDeep).onLineContaining("// the method");
        assertThat(c).hadErrorCount(1);
        assertThat(compile(service("DeepEnough", chain(10), "R1"))).succeeded();
    }

    @Test
    void wrappedRootCountsAsALevel() {
        Compilation c = compile(service("WrappedTooDeep", chain(10), "List<R1>"));
        assertThat(c).hadErrorContaining("nests objects 11 levels deep at List.value[].next.next");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void totalProperties() {
        // 100 components of a 50-component record: 100 + 100 * 50 = 5100 properties.
        JavaFileObject file = service("TooManyProperties", record("Small", 50, "int", "p") + record("Big", 100, "Small", "s"), "Big");
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("The answer schema of TooManyProperties.answer has 5100 properties in total; strict "
                + "structured output allows at most 5000").inFile(file).onLineContaining("// the method");
        assertThat(c).hadErrorCount(1);
        assertThat(compile(service("EnoughProperties", record("Small", 49, "int", "p") + record("Big", 100, "Small", "s"), "Big")))
                .succeeded();
    }

    @Test
    void totalEnumValues() {
        JavaFileObject file = service("TooManyEnumValues", enumOf("E", 251, 3) + record("Holder", 4, "E", "e"), "Holder");
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("has 1004 enum values in total; strict structured output allows at most 1000")
                .inFile(file).onLineContaining("// the method");
        assertThat(c).hadErrorCount(1);
        assertThat(compile(service("EnoughEnumValues", enumOf("E", 250, 3) + record("Holder", 4, "E", "e"), "Holder"))).succeeded();
    }

    @Test
    void characterSizeOfALargeEnum() {
        JavaFileObject file = service("LongEnum", enumOf("Big", 251, 60), "Big");
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("Enum limits.LongEnum.Big in the answer schema of LongEnum.answer has 251 values of 15060 "
                + "characters in total; strict structured output allows at most 15000 characters for an enum of more than 250 values")
                .inFile(file).onLineContaining("// the method");
        assertThat(c).hadErrorCount(1);
        // the same characters in 250 values are allowed
        assertThat(compile(service("LongButFewEnum", enumOf("Big", 250, 61), "Big"))).succeeded();
    }

    @Test
    void totalCharacters() {
        String longName = "p".repeat(130);
        JavaFileObject file = service("TooLarge", record("Wide", 100, "int", longName) + record("Top", 10, "Wide", "w"), "Top");
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("The answer schema of TooLarge.answer has 131920 characters of property names and enum "
                + "values; strict structured output allows at most 120000").inFile(file).onLineContaining("// the method");
        assertThat(c).hadErrorCount(1);
    }
}
