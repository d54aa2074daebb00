package dev.saasllm.processor.golden;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The generated source of an interface with every streamed shape (see GoldenFilesTest for updating). */
class StreamingGoldenFileTest {
    @Test
    void generatedSourceMatchesGoldenFile() throws IOException {
        Compilation compilation = GoldenFilesTest.compile("com/acme/stream/Assistant.java");
        assertThat(compilation).succeededWithoutWarnings();
        String actual = compilation.generatedSourceFile("com.acme.stream.SaasLlm_Assistant").orElseThrow().getCharContent(false).toString();
        Path golden = Path.of("src/test/resources/golden/com/acme/stream/SaasLlm_Assistant.java");
        if ("1".equals(System.getenv("SAASLLM_UPDATE_GOLDEN"))) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(golden), "missing " + golden + "; run with SAASLLM_UPDATE_GOLDEN=1");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
                "generated source changed; if deliberate, run with SAASLLM_UPDATE_GOLDEN=1 and review the diff");
    }
}
