package dev.saasllm.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.moshi.Moshi;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The emulator's JSON against CPython 3.11.7's {@code json} module (the server's Python): the
 * expectations in {@code src/test/resources/python-*.tsv} were produced by that interpreter.
 */
class JsonTest {
    private static List<String[]> rows(String resource) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                JsonTest.class.getResourceAsStream("/" + resource), StandardCharsets.US_ASCII))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.startsWith("#")) rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }

    @Test
    void decodesAndFailsExactlyAsPythonDoes() throws IOException {
        List<String[]> rows = rows("python-json-decode.tsv");
        assertEquals(85, rows.size());
        for (String[] row : rows) {
            // Each input is stored as a JSON string literal, read here with Moshi.
            String input = new Moshi.Builder().build().adapter(String.class).fromJson(row[0]);
            if (row[1].equals("OK")) {
                Object value = assertDoesNotThrow(input);
                assertEquals(row[2], Json.write(value, Json.Style.PYTHON), row[0]);
            } else {
                Json.DecodeError e = assertThrows(Json.DecodeError.class, () -> Json.parse(input), row[0]);
                assertEquals(row[2], e.msg, row[0]);
                assertEquals(Integer.parseInt(row[3]), e.pos, row[0]);
            }
        }
    }

    private static Object assertDoesNotThrow(String input) {
        try {
            return Json.parse(input);
        } catch (Json.DecodeError e) {
            throw new AssertionError(input + ": " + e.getMessage(), e);
        }
    }

    @Test
    void writesFloatsAsPythonsRepr() throws IOException {
        List<String[]> rows = rows("python-float-repr.tsv");
        assertEquals(29, rows.size());
        for (String[] row : rows) {
            double value = Double.parseDouble(row[0]);
            assertEquals(row[1], Json.floatRepr(value), row[0]);
        }
    }

    @Test
    void writesInTheServersThreeStyles() throws Exception {
        Map<String, Object> value = Json.obj("error", "caf\u00e9 \"x\"\n\u007f", "n", 1L, "f", 2.5e-5, "l", Json.list(true, null));
        assertEquals("{\"error\":\"caf\u00e9 \\\"x\\\"\\n\u007f\",\"n\":1,\"f\":2.5e-05,\"l\":[true,null]}", Json.write(value));
        assertEquals("{\"error\": \"caf\\u00e9 \\\"x\\\"\\n\\u007f\", \"n\": 1, \"f\": 2.5e-05, \"l\": [true, null]}",
                Json.write(value, Json.Style.PYTHON));
        assertEquals("{\"error\": \"caf\u00e9 \\\"x\\\"\\n\u007f\",\"n\": 1,\"f\": 2.5e-05,\"l\": [true,null]}",
                Json.write(value, Json.Style.GEMINI));
    }
}
