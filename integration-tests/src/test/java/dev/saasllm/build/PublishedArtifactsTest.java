package dev.saasllm.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The BOM and the reactor agree: every module a deploy would publish is in {@code saasllm-bom}, at the
 * project's version, and the BOM manages nothing else (it has no parent whose managed versions would
 * leak into an application importing it). A new module must either join the BOM or be marked
 * {@code maven.deploy.skip}.
 */
class PublishedArtifactsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void theBomListsEveryPublishedModuleAtTheProjectVersionAndNothingElse() throws Exception {
        Document parent = read(ROOT.resolve("pom.xml"));
        Document bom = read(ROOT.resolve("bom/pom.xml"));

        assertTrue(children(bom.getDocumentElement(), "parent").isEmpty(), "the BOM must not inherit the parent");
        assertEquals(text(parent.getDocumentElement(), "version"), text(bom.getDocumentElement(), "version"),
                "the BOM's version moves with the parent's");

        Set<String> managed = new TreeSet<>();
        Element management = children(bom.getDocumentElement(), "dependencyManagement").get(0);
        for (Element dependency : children(children(management, "dependencies").get(0), "dependency")) {
            assertEquals("dev.saasllm", text(dependency, "groupId"));
            assertEquals("${project.version}", text(dependency, "version"));
            managed.add(text(dependency, "artifactId"));
        }

        Set<String> published = new TreeSet<>();
        for (Element module : children(children(parent.getDocumentElement(), "modules").get(0), "module")) {
            String name = module.getTextContent().strip();
            if (name.equals("bom")) continue;
            Document pom = read(ROOT.resolve(name).resolve("pom.xml"));
            List<Element> properties = children(pom.getDocumentElement(), "properties");
            boolean skipped = !properties.isEmpty() && "true".equals(text(properties.get(0), "maven.deploy.skip"));
            if (!skipped) published.add(text(pom.getDocumentElement(), "artifactId"));
        }
        assertTrue(managed.containsAll(published), "published modules missing from the BOM: " + minus(published, managed));
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }

    private static Document read(Path pom) throws Exception {
        assertTrue(Files.isRegularFile(pom), pom.toString());
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && element.getTagName().equals(name)) found.add(element);
        }
        return found;
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0).getTextContent().strip();
    }
}
