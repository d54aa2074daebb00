package dev.saasllm.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.model.PromptFileIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StalePromptsTest {
    @TempDir
    Path project;
    private Path classes;
    private Path sources;

    @BeforeEach
    void layout() throws IOException {
        classes = Files.createDirectories(project.resolve("target/classes"));
        sources = Files.createDirectories(project.resolve("src/main/java"));
        write(classes.resolve("com/acme/Parser.class"), "class");
        write(classes.resolve("com/acme/Outer.class"), "class");
        write(classes.resolve("com/acme/Other.class"), "class");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String entry(String file, String location, String text, String service, String classFile) {
        return new PromptFileIndex.Entry(file, location, PromptFileIndex.sha256(text.getBytes(StandardCharsets.UTF_8)), service, classFile)
                .line() + "\n";
    }

    private void index(String... lines) throws IOException {
        write(classes.resolve(PromptFileIndex.RESOURCE), String.join("", lines));
    }

    private List<StalePrompts.Change> find() throws IOException {
        return StalePrompts.find(classes, List.of(sources));
    }

    @Test
    void nothingWithoutAnIndex() throws IOException {
        write(classes.resolve("prompts/parse.txt"), "Parse {text}");
        assertEquals(List.of(), find());
    }

    @Test
    void nothingWhenEveryFileStillHasTheRecordedContent() throws IOException {
        write(classes.resolve("prompts/parse.txt"), "Parse {text}");
        index(entry("prompts/parse.txt", "CLASS_OUTPUT", "Parse {text}", "com.acme.Parser", "com/acme/Parser.class"));
        assertEquals(List.of(), find());
    }

    @Test
    void aChangedFileMakesEveryInterfaceThatUsedItStaleAndOnlyThose() throws IOException {
        write(classes.resolve("prompts/parse.txt"), "Parse {text} briefly");
        write(classes.resolve("prompts/other.txt"), "Other");
        index(entry("prompts/other.txt", "CLASS_OUTPUT", "Other", "com.acme.Other", "com/acme/Other.class"),
                entry("prompts/parse.txt", "CLASS_OUTPUT", "Parse {text}", "com.acme.Outer$Inner", "com/acme/Outer.class"),
                entry("prompts/parse.txt", "CLASS_OUTPUT", "Parse {text}", "com.acme.Parser", "com/acme/Parser.class"));

        List<StalePrompts.Change> changes = find();
        assertEquals(List.of(new StalePrompts.Change("prompts/parse.txt", false,
                new java.util.TreeSet<>(Set.of("com.acme.Outer$Inner", "com.acme.Parser")),
                new java.util.TreeSet<>(Set.of("com/acme/Outer.class", "com/acme/Parser.class")))), changes);
        assertEquals("Prompt file prompts/parse.txt changed since the last compilation: recompiling com.acme.Outer$Inner, com.acme.Parser",
                changes.get(0).describe());

        StalePrompts.invalidate(classes, changes);
        assertFalse(Files.exists(classes.resolve("com/acme/Parser.class")));
        assertFalse(Files.exists(classes.resolve("com/acme/Outer.class")));
        assertTrue(Files.exists(classes.resolve("com/acme/Other.class")));
        assertEquals(List.of(), StalePrompts.find(classes, List.of(sources)).stream()
                .filter(c -> c.file().equals("prompts/other.txt")).toList());
    }

    @Test
    void aFileThatIsGoneIsAChange() throws IOException {
        index(entry("prompts/parse.txt", "CLASS_OUTPUT", "Parse {text}", "com.acme.Parser", "com/acme/Parser.class"));
        List<StalePrompts.Change> changes = find();
        assertEquals(1, changes.size());
        assertTrue(changes.get(0).gone());
        assertEquals("Prompt file prompts/parse.txt is gone since the last compilation: recompiling com.acme.Parser", changes.get(0).describe());
    }

    @Test
    void aSourceRootIsSearchedBeforeTheClassOutputAsJavacDoes() throws IOException {
        write(classes.resolve("prompts/parse.txt"), "Parse {text}");
        write(sources.resolve("prompts/parse.txt"), "Parse {text} from the source path");
        index(entry("prompts/parse.txt", "CLASS_OUTPUT", "Parse {text}", "com.acme.Parser", "com/acme/Parser.class"));
        assertEquals(List.of("prompts/parse.txt"), find().stream().map(StalePrompts.Change::file).toList());
    }

    @Test
    void theHashIsOfTheBytesSoAnyEditCounts() throws IOException {
        write(classes.resolve("prompts/parse.txt"), "Parse {text}\r\n");
        index(entry("prompts/parse.txt", "CLASS_OUTPUT", "Parse {text}\n", "com.acme.Parser", "com/acme/Parser.class"));
        assertEquals(1, find().size());
    }

    @Test
    void filesFromTheClassPathAndLinesOfAnotherFormatAreSkipped() throws IOException {
        index("a line of some other version\n",
                entry("prompts/shared.txt", "CLASS_PATH", "Shared", "com.acme.Parser", "com/acme/Parser.class"));
        assertEquals(List.of(), find());
    }
}
