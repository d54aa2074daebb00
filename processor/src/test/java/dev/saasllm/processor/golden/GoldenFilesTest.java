package dev.saasllm.processor.golden;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.saasllm.processor.LlmJobProcessor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The generated source of representative interfaces, byte for byte. The inputs are the interfaces
 * under src/test/java (also compiled and run by the behaviour tests). Set SAASLLM_UPDATE_GOLDEN=1 to
 * rewrite the golden files after a deliberate change, then review the diff.
 */
class GoldenFilesTest {
    private static final Path SOURCES = Path.of("src/test/java");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    static Compilation compile(String... sources) {
        List<JavaFileObject> files = java.util.Arrays.stream(sources).map(GoldenFilesTest::source).toList();
        // The project's lint options; the test classes (where these interfaces were already compiled) stay off the path.
        return Compiler.javac().withProcessors(new LlmJobProcessor()).withOptions("-Xlint:all,-processing,-serial")
                .withClasspath(classpathWithoutTestClasses()).compile(files);
    }

    static List<java.io.File> classpathWithoutTestClasses() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(java.io.File::new)
                .filter(f -> !f.getPath().replace('\\', '/').endsWith("target/test-classes"))
                .toList();
    }

    private static JavaFileObject source(String path) {
        try {
            return JavaFileObjects.forSourceLines(path.replace('/', '.').replaceAll("\\.java$", ""),
                    Files.readAllLines(SOURCES.resolve(path), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "com.acme.resume.SaasLlm_ResumeParser, com/acme/resume/ResumeParser.java com/acme/resume/Resume.java",
        "com.acme.kitchen.SaasLlm_KitchenSink, com/acme/kitchen/KitchenSink.java com/acme/kitchen/Catalog.java com/acme/kitchen/Contact.java com/acme/kitchen/decl/Nullable.java",
        "com.acme.nested.SaasLlm_Outer_SpamFilter, com/acme/nested/Outer.java",
        "com.acme.jobs.SaasLlm_DocumentDesk, com/acme/jobs/DocumentDesk.java com/acme/jobs/Verdict.java",
        "com.acme.stream.SaasLlm_Assistant, com/acme/stream/Assistant.java",
        "com.acme.templates.SaasLlm_Briefing, com/acme/templates/Briefing.java",
    })
    void generatedSourceMatchesGoldenFile(String generated, String inputs) throws IOException {
        Compilation compilation = compile(inputs.split(" "));
        assertThat(compilation).succeededWithoutWarnings();
        String actual = compilation.generatedSourceFile(generated).orElseThrow().getCharContent(false).toString();
        Path golden = GOLDEN.resolve(generated.replace('.', '/') + ".java");
        if ("1".equals(System.getenv("SAASLLM_UPDATE_GOLDEN"))) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(golden), "missing " + golden + "; run with SAASLLM_UPDATE_GOLDEN=1");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
                "generated source changed; if deliberate, run with SAASLLM_UPDATE_GOLDEN=1 and review the diff");
    }

    @Test
    void outputIsDeterministic() throws IOException {
        String first = compile("com/acme/kitchen/KitchenSink.java", "com/acme/kitchen/Catalog.java", "com/acme/kitchen/Contact.java", "com/acme/kitchen/decl/Nullable.java")
                .generatedSourceFile("com.acme.kitchen.SaasLlm_KitchenSink").orElseThrow().getCharContent(false).toString();
        String second = compile("com/acme/kitchen/decl/Nullable.java", "com/acme/kitchen/Contact.java", "com/acme/kitchen/Catalog.java", "com/acme/kitchen/KitchenSink.java")
                .generatedSourceFile("com.acme.kitchen.SaasLlm_KitchenSink").orElseThrow().getCharContent(false).toString();
        assertEquals(first, second);
        assertTrue(first.contains("@Generated(\"dev.saasllm.processor.LlmJobProcessor\")\npublic final class"), "no date in @Generated");
    }
}
