package dev.saasllm.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/spring-boot.md cannot drift from {@link SaasLlmProperties}: its properties table names every
 * property of the configuration metadata (which spring-boot-configuration-processor writes from the
 * record) and no other, each with the metadata's type and, where the metadata has one, its default.
 */
class SpringBootPageTest {
    private static final Path PAGE = Path.of("../docs/spring-boot.md");
    /** A table row: property, type and default cells. */
    private static final Pattern ROW = Pattern.compile("^\\| `(saasllm\\.[a-z.-]+)` \\| ([^|]*) \\| ([^|]*) \\|");

    @Test
    void thePropertiesTableIsTheConfigurationMetadata() throws IOException {
        Map<String, String[]> rows = rows();
        Map<String, Map<String, Object>> properties = metadataProperties();

        assertThat(rows.keySet()).as("properties in the table of " + PAGE)
                .containsExactlyInAnyOrderElementsOf(properties.keySet());
        properties.forEach((name, property) -> {
            String[] row = rows.get(name);
            assertThat(row[0]).as("type of " + name).isEqualTo("`" + simpleType((String) property.get("type")) + "`");
            Object defaultValue = property.get("defaultValue");
            if (defaultValue != null) {
                assertThat(row[1]).as("default of " + name).isEqualTo("`" + text(defaultValue) + "`");
            }
        });
    }

    /** The table's rows by property: type and default cells, each property once. */
    private static Map<String, String[]> rows() throws IOException {
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(PAGE)) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                String[] previous = rows.put(row.group(1), new String[] {row.group(2).strip(), row.group(3).strip()});
                assertThat(previous).as(row.group(1) + " listed twice").isNull();
            }
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> metadataProperties() throws IOException {
        String json;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("the starter's configuration metadata").isNotNull();
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, Map<String, Object>> byName = new LinkedHashMap<>();
        Map<String, Object> metadata = (Map<String, Object>) new Moshi.Builder().build().adapter(Object.class).fromJson(json);
        for (Object property : (List<Object>) metadata.get("properties")) {
            Map<String, Object> p = (Map<String, Object>) property;
            byName.put((String) p.get("name"), p);
        }
        return byName;
    }

    /** A JSON value as the page writes it: numbers (JSON's doubles) without a fraction when whole. */
    private static String text(Object value) {
        return value instanceof Double d && d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(value);
    }

    /** {@code java.util.Set<java.lang.Integer>} as {@code Set<Integer>}. */
    private static String simpleType(String type) {
        return type.replaceAll("\\b[a-z][a-z0-9_]*\\.", "");
    }
}
