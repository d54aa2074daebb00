package dev.saasllm.model;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The index of prompt files ({@code @Prompt(resource = ...)}) that the processor writes into the
 * class output, so that a build tool can tell when a file changed after the classes that compiled
 * it in: javac does not know that a generated class depends on a resource. Written by the
 * processor, read by the Maven plugin's {@code prompts} goal; both must agree on this format.
 *
 * <p>One {@link Entry} a line, sorted: a file read for an interface whose class was generated.
 */
public final class PromptFileIndex {
    /** Where the index lives, relative to the class output. */
    public static final String RESOURCE = "META-INF/saasllm/prompt-files";

    private PromptFileIndex() {}

    /**
     * One prompt file as read for one interface.
     *
     * @param file the resource name, relative to the resource root ({@code prompts/parse.txt})
     * @param location where the processor found it: the name of a {@code javax.tools.StandardLocation}
     *     ({@code SOURCE_PATH}, {@code CLASS_OUTPUT} or {@code CLASS_PATH})
     * @param sha256 the {@linkplain #sha256(byte[]) hash} of the file's bytes as read
     * @param service the binary name of the {@code @LlmJob} interface whose class used the file
     * @param classFile the class file, relative to the class output, that stands for the interface's
     *     source file: its top-level type's; removing it makes the build tool recompile that source
     */
    public record Entry(String file, String location, String sha256, String service, String classFile) {
        /** {@return the entry as a line of the index: its fields separated by tabs, without the line end} */
        public String line() {
            return String.join("\t", file, location, sha256, service, classFile);
        }

        /**
         * Reads one line of the index.
         *
         * @param line a line, without its line end
         * @return the entry it holds, or empty for a line this version does not understand
         */
        public static Optional<Entry> parse(String line) {
            String[] fields = line.split("\t", -1);
            if (fields.length != 5) return Optional.empty();
            for (String field : fields) {
                if (field.isEmpty()) return Optional.empty();
            }
            return Optional.of(new Entry(fields[0], fields[1], fields[2], fields[3], fields[4]));
        }
    }

    /**
     * Hashes a prompt file as the index records it.
     *
     * @param content the file's bytes
     * @return their SHA-256, in lower-case hex
     */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }
}
