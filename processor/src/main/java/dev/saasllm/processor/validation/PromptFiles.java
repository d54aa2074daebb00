package dev.saasllm.processor.validation;

import dev.saasllm.model.PromptFileIndex;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Reads prompt files ({@code @Prompt(resource = "prompts/parse.txt")}) at compile time through the
 * {@link Filer}, so that their text is compiled into the generated class. A name is relative to the
 * root of the source or resource path, as with {@code ClassLoader.getResource}.
 *
 * <p>javac has no resource path, so three locations are tried in order: the source path (where
 * Gradle users can add {@code src/main/resources}), the class output (where Maven's
 * process-resources phase has already copied {@code src/main/resources} before compiling) and the
 * class path. A location that is not set, or returns a file object for a file that does not exist
 * (Gradle's Filer does), counts as not having the file.
 */
final class PromptFiles {
    static final List<StandardLocation> LOCATIONS =
            List.of(StandardLocation.SOURCE_PATH, StandardLocation.CLASS_OUTPUT, StandardLocation.CLASS_PATH);

    private final Filer filer;
    /** Every file read, by name: for {@link PromptFileIndex}, so that a build can tell when one changes. */
    private final Map<String, PromptFile> found = new TreeMap<>();

    PromptFiles(Filer filer) {
        this.filer = filer;
    }

    /** The files {@link #read} found, sorted by name. */
    Collection<PromptFile> found() {
        return found.values();
    }

    /** The file's text with line ends as {@code \n}, or empty when no location has it. */
    Optional<String> read(String name) {
        String relative = name.startsWith("/") ? name.substring(1) : name;
        for (StandardLocation location : LOCATIONS) {
            try {
                FileObject file = filer.getResource(location, "", relative);
                String text = file.getCharContent(true).toString();
                found.put(relative, new PromptFile(relative, location.name(), sha256(file)));
                return Optional.of(text.replace("\r\n", "\n").replace('\r', '\n'));
            } catch (IOException | IllegalArgumentException | IllegalStateException e) {
                // not in this location (or the location is not set): try the next
            }
        }
        return Optional.empty();
    }

    private static String sha256(FileObject file) throws IOException {
        try (InputStream in = file.openInputStream()) {
            return PromptFileIndex.sha256(in.readAllBytes());
        }
    }
}
