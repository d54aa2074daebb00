package dev.saasllm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The documentation cannot drift from the code: every Java block of {@code README.md}, {@code docs/*.md} and the
 * modules' READMEs is a region of a file the build compiles, and every relative link resolves.
 *
 * <p>A block names its source on the line above the fence, {@code <!-- snippet: path#tag -->} (the path from the
 * repository's root; without {@code #tag}, the whole file). In the source the region lies between lines holding
 * {@code tag::name[]} and {@code end::name[]}, in any comment syntax. The block must equal the region, dedented and
 * without marker lines, except that a line {@code ...} in the block stands for one or more left-out lines, and the
 * block may be indented less than the region by a constant (a method shown out of its class). Blocks of
 * other languages may name a source too (a prompt file, a properties file), and are then checked the same way.
 */
class DocumentationTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern MARKER = Pattern.compile("^<!-- snippet: ([^#\\s]+)(?:#(\\S+))? -->$");
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
    private static final Pattern REGION_MARK = Pattern.compile("(tag|end)::[\\w.-]+\\[\\]");
    private static final String ELISION = "...";
    private static final Pattern OUR_ARTIFACT = Pattern.compile(
            "<groupId>dev\\.saasllm</groupId>\\s*<artifactId>([^<]+)</artifactId>(?:\\s*<version>([^<]+)</version>)?");

    /** A fenced block: where it is, its language, its lines and the source it names (or null). */
    record Block(Path page, int line, String language, List<String> lines, String source, String tag) {
        String where() {
            return ROOT.relativize(page) + ":" + line;
        }
    }

    @TestFactory
    Stream<DynamicTest> everyJavaBlockIsARegionOfCompiledCode() {
        return pages().stream().flatMap(page -> blocks(page).stream())
                .filter(block -> block.language().equals("java") || block.source() != null)
                .map(block -> DynamicTest.dynamicTest(block.where(), () -> check(block)));
    }

    @TestFactory
    Stream<DynamicTest> everyRelativeLinkResolves() {
        return pages().stream().map(page -> DynamicTest.dynamicTest(ROOT.relativize(page).toString(), () -> {
            List<String> broken = new ArrayList<>();
            for (String target : links(page)) {
                String problem = resolve(page, target);
                if (problem != null) {
                    broken.add(target + " (" + problem + ")");
                }
            }
            assertEquals(List.of(), broken, "broken links in " + ROOT.relativize(page));
        }));
    }

    /** The Maven snippets cannot compile, but they can name only artifacts the BOM publishes, at this version. */
    @TestFactory
    Stream<DynamicTest> everyMavenBlockNamesPublishedArtifacts() {
        String bom = String.join("\n", read(ROOT.resolve("bom/pom.xml")));
        Matcher version = Pattern.compile("<artifactId>saasllm-bom</artifactId>\\s*<version>([^<]+)</version>").matcher(bom);
        assertTrue(version.find(), "the BOM's version");
        return pages().stream().flatMap(page -> blocks(page).stream())
                .filter(block -> block.language().equals("xml"))
                .map(block -> DynamicTest.dynamicTest(block.where(), () -> {
                    Matcher ours = OUR_ARTIFACT.matcher(String.join("\n", block.lines()));
                    while (ours.find()) {
                        String artifact = ours.group(1);
                        assertTrue(bom.contains("<artifactId>" + artifact + "</artifactId>"),
                                block.where() + ": " + artifact + " is not an artifact of saasllm-bom");
                        if (ours.group(2) != null && !ours.group(2).startsWith("${")) {
                            assertEquals(version.group(1), ours.group(2), block.where() + ": the version of " + artifact);
                        }
                    }
                }));
    }

    @Test
    void theCheckerSeesTheDocumentation() {
        List<Block> java = pages().stream().flatMap(page -> blocks(page).stream())
                .filter(block -> block.language().equals("java")).toList();
        assertTrue(pages().size() >= 10, "pages found: " + pages());
        assertTrue(java.size() >= 20, "Java blocks found: " + java.size());
    }

    @Test
    void anElisionMatchesOneOrMoreLinesAndNothingElse() {
        assertTrue(matches(List.of("a", "...", "d"), List.of("a", "b", "c", "d")));
        assertTrue(matches(List.of("a", "...", "c", "...", "e"), List.of("a", "b", "c", "d", "e")));
        assertTrue(!matches(List.of("a", "...", "b"), List.of("a", "b")), "an elision stands for at least one line");
        assertTrue(!matches(List.of("a", "c"), List.of("a", "b", "c")));
        assertTrue(!matches(List.of("a", "...", "x"), List.of("a", "b", "c")));
        assertTrue(matches(List.of("...", "f();", "..."), List.of("class A {", "    f();", "}")), "a method out of its class");
        assertTrue(!matches(List.of("a", "  b"), List.of("    a", "    b")), "the indent is the same for every line");
    }

    @Test
    void regionsAreDedentedAndLoseTheirMarkers() {
        List<String> source = List.of("class A {", "    // tag::body[]", "    void f() {", "        // tag::inner[]",
                "        g();", "        // end::inner[]", "    }", "    // end::body[]", "}");
        assertEquals(List.of("void f() {", "    g();", "}"), region(source, "body", "A.java"));
        assertEquals(List.of("g();"), region(source, "inner", "A.java"));
    }

    private static void check(Block block) {
        if (block.source() == null) {
            fail(block.where() + ": a java block must name its compiled source on the line above it, "
                    + "<!-- snippet: path/to/File.java#tag -->");
        }
        Path file = ROOT.resolve(block.source()).normalize();
        assertTrue(Files.isRegularFile(file), block.where() + ": no file " + block.source());
        if (block.language().equals("java")) {
            String path = ROOT.relativize(file).toString().replace('\\', '/');
            assertTrue(path.contains("/src/main/java/") || path.contains("/src/test/java/")
                            || path.startsWith("processor/src/test/resources/golden/"),
                    block.where() + ": " + path + " is not compiled by the build (nor a golden file the processor's tests compare)");
        }
        List<String> region = region(read(file), block.tag(), block.source());
        List<String> shown = trimmed(block.lines());
        if (!matches(shown, region)) {
            fail(block.where() + ": the block differs from " + block.source() + (block.tag() == null ? "" : "#" + block.tag())
                    + "\n--- the block:\n" + String.join("\n", shown) + "\n--- the source:\n" + String.join("\n", region));
        }
    }

    /** The region between {@code tag::name[]} and {@code end::name[]}, or the whole file; dedented, markers dropped. */
    static List<String> region(List<String> lines, String tag, String source) {
        int from = 0;
        int to = lines.size();
        if (tag != null) {
            from = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("tag::" + tag + "[]")) {
                    assertEquals(-1, from, source + " marks tag::" + tag + "[] twice");
                    from = i + 1;
                } else if (lines.get(i).contains("end::" + tag + "[]") && from >= 0 && to == lines.size()) {
                    to = i;
                }
            }
            assertTrue(from >= 0, source + " has no tag::" + tag + "[]");
            assertTrue(to < lines.size(), source + " has no end::" + tag + "[] after its tag");
        }
        List<String> kept = lines.subList(from, to).stream().filter(line -> !REGION_MARK.matcher(line).find()).toList();
        int indent = kept.stream().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        return trimmed(kept.stream().map(line -> line.isBlank() ? "" : line.substring(indent)).toList());
    }

    /**
     * Whether {@code shown} equals {@code source} indented by some constant, each {@code ...} line standing for one or
     * more source lines (so a block may show a method of a whole file without its class around it).
     */
    static boolean matches(List<String> shown, List<String> source) {
        for (int indent = 0; indent <= 16; indent += 4) {
            if (matches(shown, source, " ".repeat(indent))) return true;
        }
        return false;
    }

    private static boolean matches(List<String> shown, List<String> source, String indent) {
        boolean[][] can = new boolean[shown.size() + 1][source.size() + 1];   // can[i][j]: shown[i..] matches source[j..]
        can[shown.size()][source.size()] = true;
        for (int i = shown.size() - 1; i >= 0; i--) {
            String line = shown.get(i);
            boolean elision = line.strip().equals(ELISION);
            String expected = line.isEmpty() ? "" : indent + line;
            for (int j = source.size() - 1; j >= 0; j--) {
                can[i][j] = elision
                        ? can[i + 1][j + 1] || can[i][j + 1]
                        : expected.equals(source.get(j)) && can[i + 1][j + 1];
            }
        }
        return can[0][0];
    }

    private static List<String> trimmed(List<String> lines) {
        List<String> out = lines.stream().map(String::stripTrailing).toList();
        int start = 0;
        int end = out.size();
        while (start < end && out.get(start).isEmpty()) start++;
        while (end > start && out.get(end - 1).isEmpty()) end--;
        return out.subList(start, end);
    }

    /** The README, every page under docs/, and every module's README. */
    static List<Path> pages() {
        List<Path> pages = new ArrayList<>();
        pages.add(ROOT.resolve("README.md"));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"));
             Stream<Path> modules = Files.list(ROOT)) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
            modules.map(dir -> dir.resolve("README.md")).filter(Files::isRegularFile).sorted().forEach(pages::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    static List<Block> blocks(Path page) {
        List<String> lines = read(page);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String fence = lines.get(i).strip();
            if (!fence.startsWith("```")) continue;
            int open = i;
            List<String> body = new ArrayList<>();
            while (++i < lines.size() && !lines.get(i).strip().equals("```")) {
                body.add(lines.get(i));
            }
            Matcher marker = MARKER.matcher(previousNonBlank(lines, open));
            blocks.add(new Block(page, open + 1, fence.substring(3).strip(), body,
                    marker.matches() ? marker.group(1) : null, marker.matches() ? marker.group(2) : null));
        }
        return blocks;
    }

    private static String previousNonBlank(List<String> lines, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) return lines.get(i).strip();
        }
        return "";
    }

    /** The link targets outside fenced blocks and inline code. */
    static List<String> links(Path page) {
        List<String> targets = new ArrayList<>();
        boolean fenced = false;
        for (String line : read(page)) {
            if (line.strip().startsWith("```")) fenced = !fenced;
            if (fenced) continue;
            Matcher link = LINK.matcher(line.replaceAll("`[^`]*`", "``"));
            while (link.find()) targets.add(link.group(1));
        }
        return targets;
    }

    /** Null when {@code target} resolves from {@code page}, else why not. */
    private static String resolve(Path page, String target) {
        if (target.matches("^[a-z]+:.*")) return null;          // https:, mailto: — not checked offline
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        Path file = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
        if (!Files.exists(file)) return "no such file";
        if (hash >= 0 && file.toString().endsWith(".md") && !anchors(file).contains(target.substring(hash + 1))) {
            return "no such heading";
        }
        return null;
    }

    /** GitHub's anchors for the headings of a Markdown page. */
    static Set<String> anchors(Path page) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean fenced = false;
        for (String line : read(page)) {
            if (line.strip().startsWith("```")) fenced = !fenced;
            if (fenced || !line.startsWith("#")) continue;
            String slug = line.replaceFirst("^#+\\s*", "").strip().toLowerCase()
                    .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
            int count = seen.merge(slug, 1, Integer::sum);
            anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
        }
        return anchors;
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
