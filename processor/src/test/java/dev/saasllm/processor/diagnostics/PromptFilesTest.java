package dev.saasllm.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.saasllm.model.PromptFileIndex;
import dev.saasllm.processor.LlmJobProcessor;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates in files: read through the Filer (here from the class path), checked, and fingerprinted by their text. */
class PromptFilesTest {
    private static final JavaFileObject SERVICE = JavaFileObjects.forSourceString("files.Filed", """
            package files;

            import dev.saasllm.annotations.LlmJob;
            import dev.saasllm.annotations.Prompt;

            @LlmJob
            public interface Filed {
                @Prompt(resource = "prompts/filed.txt")
                String ask(String question);
            }
            """);

    @TempDir
    Path resources;

    private Compilation compile(JavaFileObject... files) {
        List<File> classpath = new ArrayList<>();
        classpath.add(resources.toFile());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) classpath.add(new File(entry));
        return Compiler.javac().withProcessors(new LlmJobProcessor()).withClasspath(classpath).compile(files);
    }

    private void write(String name, String text) throws IOException {
        Path file = resources.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String generated(Compilation compilation) throws IOException {
        return compilation.generatedSourceFile("files.SaasLlm_Filed").orElseThrow().getCharContent(false).toString();
    }

    private static String fingerprint(String source) {
        Matcher m = Pattern.compile("withFingerprint\\(\"([0-9a-f]+)\"\\)").matcher(source);
        assertTrue(m.find(), source);
        return m.group(1);
    }

    @Test
    void theFilesTextIsCompiledInAndItsFingerprintFollowsTheText() throws IOException {
        write("prompts/filed.txt", "Answer: {question}");
        Compilation first = compile(SERVICE);
        assertThat(first).succeededWithoutWarnings();
        assertTrue(generated(first).contains("ChatMessage.user(\"Answer: \" + Templates.text(question))"), generated(first));

        write("prompts/filed.txt", "Answer briefly: {question}");
        Compilation second = compile(SERVICE);
        assertThat(second).succeededWithoutWarnings();
        assertNotEquals(fingerprint(generated(first)), fingerprint(generated(second)));
    }

    @Test
    void theIndexListsEachFileReadWithItsHashAndTheInterfacesThatUsedIt() throws IOException {
        write("prompts/filed.txt", "Answer: {question}\r\n");
        write("prompts/system.txt", "Be brief.");
        JavaFileObject nested = JavaFileObjects.forSourceString("files.Outer", """
                package files;

                import dev.saasllm.annotations.LlmJob;
                import dev.saasllm.annotations.Prompt;

                public class Outer {
                    @LlmJob(systemResource = "/prompts/system.txt")
                    public interface Inner {
                        @Prompt(resource = "prompts/filed.txt")
                        String ask(String question);
                    }
                }
                """);
        Compilation c = compile(SERVICE, nested);
        assertThat(c).succeededWithoutWarnings();
        String filed = PromptFileIndex.sha256("Answer: {question}\r\n".getBytes(StandardCharsets.UTF_8));
        String system = PromptFileIndex.sha256("Be brief.".getBytes(StandardCharsets.UTF_8));
        assertEquals("prompts/filed.txt\tCLASS_PATH\t" + filed + "\tfiles.Filed\tfiles/Filed.class\n"
                        + "prompts/filed.txt\tCLASS_PATH\t" + filed + "\tfiles.Outer$Inner\tfiles/Outer.class\n"
                        + "prompts/system.txt\tCLASS_PATH\t" + system + "\tfiles.Outer$Inner\tfiles/Outer.class\n",
                c.generatedFile(StandardLocation.CLASS_OUTPUT, PromptFileIndex.RESOURCE).orElseThrow().getCharContent(false).toString());
    }

    @Test
    void noIndexWithoutPromptFiles() {
        Compilation c = compile(JavaFileObjects.forSourceString("files.Inline", """
                package files;

                import dev.saasllm.annotations.LlmJob;
                import dev.saasllm.annotations.Prompt;

                @LlmJob
                public interface Inline {
                    @Prompt("Answer: {question}")
                    String ask(String question);
                }
                """));
        assertThat(c).succeededWithoutWarnings();
        assertFalse(c.generatedFile(StandardLocation.CLASS_OUTPUT, PromptFileIndex.RESOURCE).isPresent());
    }

    @Test
    void aTemplateInAFileIsCheckedLikeAnInlineOneAndReportedOnTheFileName() throws IOException {
        write("prompts/filed.txt", "Answer: {questoin}");
        Compilation c = compile(SERVICE);
        assertThat(c).hadErrorContaining("Placeholder {questoin} in the @Prompt template of Filed.ask names no parameter; "
                + "the parameters are [question]. Did you mean {question}?").inFile(SERVICE).onLineContaining("resource = ");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void aMissingFileBothFormsOrNeitherIsAnErrorOnTheAnnotation() {
        JavaFileObject file = JavaFileObjects.forResource("bad/BadPromptFiles.java");
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("@Prompt(resource = \"prompts/missing.txt\") on method BadPromptFiles.missing names a file that is "
                + "on neither the source path, the class output nor the class path. Put it at src/main/resources/prompts/missing.txt")
                .inFile(file).onLineContaining("prompts/missing.txt");
        assertThat(c).hadErrorContaining("@Prompt on method BadPromptFiles.both gives both value and resource; a template is either "
                + "inline or in a file. Remove one.").inFile(file).onLineContaining("prompts/both.txt");
        assertThat(c).hadErrorContaining("@Prompt on method BadPromptFiles.neither has no template. Write it inline")
                .inFile(file).onLineContaining("@Prompt()");
        assertThat(c).hadErrorContaining("@LlmJob(systemResource = \"prompts/no-system.txt\") on interface bad.BadPromptFiles names a file")
                .inFile(file).onLineContaining("prompts/no-system.txt");
        assertThat(c).hadErrorCount(4);
    }
}
