package dev.saasllm.emulator;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;

/**
 * JSON as plain maps, lists, strings, numbers and booleans, read and written with Moshi's streaming
 * API. Integers stay {@link Long} (or {@link BigInteger}) so what a client sends comes back as sent.
 */
final class Json {
    private Json() {}

    /** Parses one strict JSON document; throws on malformed input or trailing data. */
    static Object parse(String text) throws IOException {
        JsonReader reader = JsonReader.of(new Buffer().writeUtf8(text));
        Object value = read(reader);
        if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
            throw new JsonDataException("JSON document was not fully consumed.");
        }
        return value;
    }

    /** Parses, or answers null when the text is not JSON. */
    static Object parseOrNull(String text) {
        try {
            return parse(text);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Object read(JsonReader reader) throws IOException {
        switch (reader.peek()) {
            case BEGIN_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                reader.beginObject();
                while (reader.hasNext()) map.put(reader.nextName(), read(reader));
                reader.endObject();
                return map;
            }
            case BEGIN_ARRAY: {
                List<Object> list = new ArrayList<>();
                reader.beginArray();
                while (reader.hasNext()) list.add(read(reader));
                reader.endArray();
                return list;
            }
            case STRING: return reader.nextString();
            case NUMBER: return number(reader.nextString());
            case BOOLEAN: return reader.nextBoolean();
            case NULL: return reader.nextNull();
            default: throw new JsonDataException("Unexpected " + reader.peek() + " at " + reader.getPath());
        }
    }

    private static Number number(String text) {
        if (text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0) {
            BigInteger big = new BigInteger(text);
            return big.bitLength() < 64 ? (Number) big.longValue() : big;
        }
        return Double.parseDouble(text);
    }

    static String write(Object value) {
        Buffer buffer = new Buffer();
        try (JsonWriter writer = JsonWriter.of(buffer)) {
            writer.setSerializeNulls(true);
            write(writer, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a Buffer does no IO
        }
        return buffer.readUtf8();
    }

    private static void write(JsonWriter writer, Object value) throws IOException {
        if (value == null) {
            writer.nullValue();
        } else if (value instanceof Map<?, ?> map) {
            writer.beginObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                writer.name(String.valueOf(e.getKey()));
                write(writer, e.getValue());
            }
            writer.endObject();
        } else if (value instanceof Iterable<?> list) {
            writer.beginArray();
            for (Object item : list) write(writer, item);
            writer.endArray();
        } else if (value instanceof String s) {
            writer.value(s);
        } else if (value instanceof Boolean b) {
            writer.value(b);
        } else if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            double d = ((Number) value).doubleValue();
            writer.value(Double.isFinite(d) ? (Number) value : null);
        } else if (value instanceof Number n) {
            writer.value(n);
        } else {
            writer.value(value.toString());
        }
    }

    /** An insertion-ordered map from alternating keys and values. */
    static Map<String, Object> obj(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static List<Object> list(Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        return value instanceof Map ? (Map<String, Object>) value : null;
    }

    @SuppressWarnings("unchecked")
    static List<Object> asList(Object value) {
        return value instanceof List ? (List<Object>) value : null;
    }
}
