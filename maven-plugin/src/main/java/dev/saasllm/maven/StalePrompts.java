package dev.saasllm.maven;

import dev.saasllm.model.PromptFileIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which classes a previous compilation left stale: those whose prompt file changed or is gone
 * since, by the {@link PromptFileIndex} that compilation wrote into the class output.
 *
 * <p>A file is looked for where the processor will look next time, in its order: the source roots
 * (javac's source path), then the class output (where process-resources copied it). A file the
 * processor found on the class path, in a dependency, is not checked.
 */
final class StalePrompts {
    /** A prompt file that changed or is gone, the interfaces that compiled it in and their class files. */
    record Change(String file, boolean gone, SortedSet<String> services, SortedSet<String> classFiles) {
        /** The line the build logs. */
        String describe() {
            return "Prompt file " + file + (gone ? " is gone" : " changed") + " since the last compilation: recompiling "
                    + String.join(", ", services);
        }
    }

    private StalePrompts() {}

    /** The changes, sorted by file; none when the class output has no index (nothing compiled yet, or no prompt files). */
    static List<Change> find(Path classOutput, List<Path> sourceRoots) throws IOException {
        Path index = classOutput.resolve(PromptFileIndex.RESOURCE);
        if (!Files.isRegularFile(index)) return List.of();
        Map<String, Change> changes = new TreeMap<>();
        Map<String, Optional<String>> hashes = new HashMap<>();   // a file several interfaces use is read once
        for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
            Optional<PromptFileIndex.Entry> parsed = PromptFileIndex.Entry.parse(line);
            if (parsed.isEmpty() || parsed.get().location().equals("CLASS_PATH")) continue;
            PromptFileIndex.Entry entry = parsed.get();
            Optional<String> hash = hashes.get(entry.file());
            if (hash == null) {
                hash = hashOf(locate(entry.file(), classOutput, sourceRoots));
                hashes.put(entry.file(), hash);
            }
            if (hash.isPresent() && hash.get().equals(entry.sha256())) continue;
            boolean gone = hash.isEmpty();
            Change change = changes.computeIfAbsent(entry.file(),
                    file -> new Change(file, gone, new TreeSet<>(), new TreeSet<>()));
            change.services().add(entry.service());
            change.classFiles().add(entry.classFile());
        }
        return new ArrayList<>(changes.values());
    }

    /**
     * Deletes the class files of the changes, so that the compiler finds their sources stale (a
     * source without its class file is) and recompiles them, running the processor again.
     */
    static void invalidate(Path classOutput, List<Change> changes) throws IOException {
        for (Change change : changes) {
            for (String classFile : change.classFiles()) Files.deleteIfExists(classOutput.resolve(classFile));
        }
    }

    private static Optional<String> hashOf(Optional<Path> file) throws IOException {
        return file.isEmpty() ? Optional.empty() : Optional.of(PromptFileIndex.sha256(Files.readAllBytes(file.get())));
    }

    private static Optional<Path> locate(String file, Path classOutput, List<Path> sourceRoots) {
        List<Path> candidates = new ArrayList<>();
        sourceRoots.forEach(root -> candidates.add(root.resolve(file)));
        candidates.add(classOutput.resolve(file));
        return candidates.stream().filter(Files::isRegularFile).findFirst();
    }
}
