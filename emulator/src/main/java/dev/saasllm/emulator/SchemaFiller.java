package dev.saasllm.emulator;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a JSON value that conforms to a JSON Schema, filling properties from {@code key: value}
 * facts found in the prompt and type-correct defaults elsewhere.
 */
final class SchemaFiller {
    static final String FIXED_DATE = "2024-01-15";
    static final String FIXED_DATE_TIME = "2024-01-15T09:30:00Z";

    private static final Pattern FACT =
            Pattern.compile("^\\s*[-*•]?\\s*([A-Za-z][A-Za-z0-9 _-]{0,60}?)\\s*[:=]\\s*(\\S.*?)\\s*$");
    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
    private static final int MAX_DEPTH = 32;

    private final Map<String, Object> root;
    private final Map<String, String> facts;

    private SchemaFiller(Map<String, Object> root, Map<String, String> facts) {
        this.root = root;
        this.facts = facts;
    }

    /** A value conforming to {@code schema}, filled from the facts in {@code texts}. */
    static Object fill(Map<String, Object> schema, List<String> texts) {
        return new SchemaFiller(schema, facts(texts)).value(schema, null, 0);
    }

    /** {@code key: value} lines, keyed by their normalized key; the first occurrence wins. */
    static Map<String, String> facts(List<String> texts) {
        Map<String, String> facts = new LinkedHashMap<>();
        for (String text : texts) {
            for (String line : text.split("\\R")) {
                Matcher m = FACT.matcher(line);
                if (m.matches()) facts.putIfAbsent(normalize(m.group(1)), m.group(2));
            }
        }
        return facts;
    }

    /** {@code yearsExperience}, {@code years_experience} and {@code Years experience} match. */
    static String normalize(String key) {
        StringBuilder out = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isLetterOrDigit(c)) out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    private Object value(Map<String, Object> schema, String fact, int depth) {
        if (schema == null || depth > MAX_DEPTH) return null;
        schema = resolve(schema);
        if (schema.containsKey("const")) return schema.get("const");
        List<Object> anyOf = firstList(schema, "anyOf", "oneOf");
        if (anyOf != null) return union(anyOf, fact, depth);
        List<Object> enumValues = Json.asList(schema.get("enum"));
        Object type = schema.get("type");
        List<Object> types = Json.asList(type);
        if (types != null) {
            boolean nullable = types.contains("null");
            String nonNull = null;
            for (Object t : types) {
                if (!"null".equals(t)) {
                    nonNull = (String) t;
                    break;
                }
            }
            if (nonNull == null || (nullable && fact == null)) return null;
            type = nonNull;
        }
        if (enumValues != null) return enumValue(enumValues, fact);
        if (type == null) type = schema.containsKey("properties") ? "object" : "string";
        switch ((String) type) {
            case "object": return object(schema, depth);
            case "array": return array(schema, fact, depth);
            case "integer": return integer(fact, schema);
            case "number": return number(fact, schema);
            case "boolean": return bool(fact);
            case "null": return null;
            default: return lengthWithin(string(fact, (String) schema.get("format")), schema);
        }
    }

    /** Cuts or pads a string to the schema's {@code minLength}/{@code maxLength} (a {@code char} is 1..1). */
    private static String lengthWithin(String value, Map<String, Object> schema) {
        if (schema.get("maxLength") instanceof Number max && value.length() > max.intValue()) {
            value = value.substring(0, max.intValue());
        }
        if (schema.get("minLength") instanceof Number min && value.length() < min.intValue()) {
            value = value + "x".repeat(min.intValue() - value.length());
        }
        return value;
    }

    private Object union(List<Object> branches, String fact, int depth) {
        Map<String, Object> nonNull = null;
        boolean nullable = false;
        for (Object b : branches) {
            Map<String, Object> branch = Json.asMap(b);
            if (branch == null) continue;
            if ("null".equals(resolve(branch).get("type"))) {
                nullable = true;
            } else if (nonNull == null) {
                nonNull = branch;
            }
        }
        if (nonNull == null || (nullable && fact == null)) return null;
        return value(nonNull, fact, depth + 1);
    }

    private Map<String, Object> object(Map<String, Object> schema, int depth) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> properties = Json.asMap(schema.get("properties"));
        if (properties == null) return out;
        for (Map.Entry<String, Object> p : properties.entrySet()) {
            String fact = facts.get(normalize(p.getKey()));
            out.put(p.getKey(), value(Json.asMap(p.getValue()), fact, depth + 1));
        }
        return out;
    }

    private List<Object> array(Map<String, Object> schema, String fact, int depth) {
        List<Object> out = new ArrayList<>();
        Map<String, Object> items = Json.asMap(schema.get("items"));
        if (fact != null) {
            for (String part : fact.split(",")) {
                String item = part.trim();
                if (!item.isEmpty()) out.add(value(items, item, depth + 1));
            }
        }
        Object minItems = schema.get("minItems");
        int min = minItems instanceof Number n ? n.intValue() : 0;
        while (out.size() < min) out.add(value(items, null, depth + 1));
        if (schema.get("maxItems") instanceof Number max && out.size() > max.intValue()) {
            return new ArrayList<>(out.subList(0, max.intValue()));
        }
        return out;
    }

    private static Object enumValue(List<Object> constants, String fact) {
        if (constants.isEmpty()) return null;
        if (fact != null) {
            for (Object c : constants) {
                if (c != null && String.valueOf(c).equalsIgnoreCase(fact.trim())) return c;
            }
            for (Object c : constants) {
                if (c != null && normalize(String.valueOf(c)).equals(normalize(fact))) return c;
            }
        }
        return constants.get(0);
    }

    // A conforming model keeps within minimum and maximum, whatever the prompt says.
    private static long integer(String fact, Map<String, Object> schema) {
        long value = unclampedInteger(fact, schema);
        if (schema.get("minimum") instanceof Number min && value < min.doubleValue()) value = (long) Math.ceil(min.doubleValue());
        if (schema.get("maximum") instanceof Number max && value > max.doubleValue()) value = (long) Math.floor(max.doubleValue());
        return value;
    }

    private static long unclampedInteger(String fact, Map<String, Object> schema) {
        if (fact != null) {
            Matcher m = INTEGER.matcher(fact);
            if (m.find()) {
                try {
                    return Long.parseLong(m.group());
                } catch (NumberFormatException tooLong) {
                    // fall through to the default
                }
            }
        }
        return schema.get("minimum") instanceof Number n ? (long) Math.ceil(n.doubleValue()) : 0;
    }

    private static Object number(String fact, Map<String, Object> schema) {
        Object value = unclampedNumber(fact, schema);
        double d = ((Number) value).doubleValue();
        if (schema.get("minimum") instanceof Number min && d < min.doubleValue()) return min.doubleValue();
        if (schema.get("maximum") instanceof Number max && d > max.doubleValue()) return max.doubleValue();
        return value;
    }

    private static Object unclampedNumber(String fact, Map<String, Object> schema) {
        if (fact != null) {
            Matcher m = NUMBER.matcher(fact);
            if (m.find()) {
                double d = Double.parseDouble(m.group());
                return d == Math.rint(d) && !m.group().contains(".") ? (Object) (long) d : d;
            }
        }
        return schema.get("minimum") instanceof Number n ? n.doubleValue() : 0.0;
    }

    private static boolean bool(String fact) {
        if (fact == null) return false;
        String v = fact.trim().toLowerCase(Locale.ROOT);
        return v.startsWith("yes") || v.startsWith("true") || v.equals("y") || v.equals("1");
    }

    private static String string(String fact, String format) {
        if (format == null) return fact == null ? "" : fact;
        switch (format) {
            case "date": return parses(fact, LocalDate::parse) ? fact : FIXED_DATE;
            case "date-time":
                return parses(fact, OffsetDateTime::parse) || parses(fact, LocalDateTime::parse)
                        ? fact : FIXED_DATE_TIME;
            // RFC 3339 full-time carries an offset; readers of local times accept it too.
            case "time":
                if (parses(fact, java.time.OffsetTime::parse)) return fact;
                return parses(fact, LocalTime::parse) ? fact.trim() + "Z" : "09:30:00Z";
            case "uuid":
                return parses(fact, java.util.UUID::fromString)
                        ? fact : "00000000-0000-0000-0000-000000000000";
            case "uri": return fact != null && fact.contains(":") ? fact : "https://example.com/";
            case "duration": return parses(fact, java.time.Duration::parse) ? fact : "PT0S";
            case "email": return fact != null && fact.contains("@") ? fact : "user@example.com";
            default: return fact == null ? "" : fact;
        }
    }

    private static boolean parses(String fact, java.util.function.Function<String, ?> parser) {
        if (fact == null) return false;
        try {
            parser.apply(fact.trim());
            return true;
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Follows {@code $ref: "#/$defs/Name"} (or {@code #/definitions/...}) within the root. */
    private Map<String, Object> resolve(Map<String, Object> schema) {
        for (int hops = 0; hops < MAX_DEPTH; hops++) {
            Object ref = schema.get("$ref");
            if (!(ref instanceof String path) || !path.startsWith("#")) return schema;
            Map<String, Object> target = root;
            for (String part : path.substring(1).split("/")) {
                if (part.isEmpty()) continue;
                target = target == null ? null : Json.asMap(target.get(part.replace("~1", "/").replace("~0", "~")));
            }
            if (target == null) return Map.of();
            schema = target;
        }
        return schema;
    }

    private static List<Object> firstList(Map<String, Object> schema, String... keys) {
        for (String key : keys) {
            List<Object> list = Json.asList(schema.get(key));
            if (list != null) return list;
        }
        return null;
    }
}
