package dev.saasllm.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.saasllm.model.GeneratedNames;
import dev.saasllm.processor.LlmJobProcessor;
import java.io.IOException;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** The index of generated services the Spring Boot starter reads: every round's, sorted, binary names. */
class ServiceIndexTest {
    private static final JavaFileObject ZEBRA = JavaFileObjects.forSourceLines("b.Zebra",
            "package b;",
            "import dev.saasllm.annotations.LlmJob;",
            "import dev.saasllm.annotations.Prompt;",
            "@LlmJob(model = \"m\")",
            "public interface Zebra {",
            "    @Prompt(\"Stripes of {text}\")",
            "    String stripes(String text);",
            "}");

    private static final JavaFileObject OUTER = JavaFileObjects.forSourceLines("a.Outer",
            "package a;",
            "import dev.saasllm.annotations.LlmJob;",
            "import dev.saasllm.annotations.Prompt;",
            "public class Outer {",
            "    @LlmJob(model = \"m\")",
            "    public interface Inner {",
            "        @Prompt(\"Summarise {text}\")",
            "        String summarise(String text);",
            "    }",
            "}");

    /** Needs later.Verdict, which RoundsTest.RecordGenerator writes in the first round. */
    private static final JavaFileObject JUDGE = JavaFileObjects.forSourceLines("later.Judge",
            "package later;",
            "import dev.saasllm.annotations.LlmJob;",
            "import dev.saasllm.annotations.Prompt;",
            "@LlmJob(model = \"m\")",
            "public interface Judge {",
            "    @Prompt(\"Judge {text}\")",
            "    Verdict judge(String text);",
            "}");

    @Test
    void listsEveryGeneratedInterfaceOfEveryRoundSortedByBinaryName() throws IOException {
        Compilation c = Compiler.javac().withProcessors(new LlmJobProcessor(), new RoundsTest.RecordGenerator())
                .withOptions("-Xlint:all,-processing,-serial").compile(ZEBRA, JUDGE, OUTER);
        assertThat(c).succeededWithoutWarnings();
        JavaFileObject index = c.generatedFile(StandardLocation.CLASS_OUTPUT, GeneratedNames.SERVICE_INDEX).orElseThrow();
        assertEquals("a.Outer$Inner\nb.Zebra\nlater.Judge\n", index.getCharContent(false).toString());
    }

    @Test
    void noIndexWithoutServices() {
        Compilation c = Compiler.javac().withProcessors(new LlmJobProcessor())
                .compile(JavaFileObjects.forSourceLines("d.Plain", "package d;", "public class Plain {}"));
        assertThat(c).succeeded();
        assertFalse(c.generatedFile(StandardLocation.CLASS_OUTPUT, GeneratedNames.SERVICE_INDEX).isPresent());
    }
}
