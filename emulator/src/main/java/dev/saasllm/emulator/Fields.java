package dev.saasllm.emulator;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A request model as the server declares it in pydantic, validated as FastAPI 0.115 with pydantic
 * 2.12 does: fields in declaration order, lax-mode conversions (numeric strings, integral floats),
 * every error collected, then one 422 whose entries carry {@code type}, {@code loc}, {@code msg},
 * {@code input} (and {@code ctx} where pydantic adds one), without {@code url}.
 */
final class Fields {
    /** The pydantic types the server's request models use. */
    enum Kind {
        STR, INT, FLOAT, DICT, LIST_OF_DICTS, LIST_OF_STR_DICTS, LIST_OF_STRS, ANY, LITERAL
    }

    /** One declared field; {@code required} means it has no default. */
    record Field(String name, Kind kind, boolean required, List<String> literals) {}

    static Field required(String name, Kind kind) {
        return new Field(name, kind, true, List.of());
    }

    static Field optional(String name, Kind kind) {
        return new Field(name, kind, false, List.of());
    }

    static Field literal(String name, String... values) {
        return new Field(name, Kind.LITERAL, true, List.of(values));
    }

    private Fields() {}

    /**
     * Validates a body FastAPI has read: {@code null} when it was empty or JSON {@code null} (a
     * missing body), a {@code String} when it was not sent as JSON, else the parsed JSON.
     *
     * @return the validated values by field name (absent optional fields left out)
     */
    static Map<String, Object> validate(Object body, List<Field> fields) {
        if (body == null) {
            throw HttpError.validation(Json.list(error("missing", Json.list("body"), "Field required", null)));
        }
        Map<String, Object> map = Json.asMap(body);
        if (map == null) {
            throw HttpError.validation(Json.list(error("model_attributes_type", Json.list("body"),
                    "Input should be a valid dictionary or object to extract fields from", body)));
        }
        List<Object> errors = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field field : fields) {
            List<Object> loc = Json.list("body", field.name());
            if (!map.containsKey(field.name())) {
                if (field.required()) errors.add(error("missing", loc, "Field required", map));
                continue;
            }
            Object value = map.get(field.name());
            if (value == null && !field.required()) {
                values.put(field.name(), null);
                continue;
            }
            values.put(field.name(), convert(field, value, loc, errors));
        }
        if (!errors.isEmpty()) throw HttpError.validation(errors);
        return values;
    }

    private static Object convert(Field field, Object value, List<Object> loc, List<Object> errors) {
        switch (field.kind()) {
            case STR:
                return str(value, loc, errors);
            case INT:
                return integer(value, loc, errors);
            case FLOAT:
                return number(value, loc, errors);
            case DICT:
                return dict(value, loc, errors);
            case LIST_OF_DICTS:
            case LIST_OF_STR_DICTS: {
                List<Object> list = list(value, loc, errors);
                if (list == null) return null;
                for (int i = 0; i < list.size(); i++) {
                    List<Object> itemLoc = with(loc, (long) i);
                    Map<String, Object> item = dict(list.get(i), itemLoc, errors);
                    if (item != null && field.kind() == Kind.LIST_OF_STR_DICTS) {
                        for (Map.Entry<String, Object> e : item.entrySet()) {
                            str(e.getValue(), with(itemLoc, e.getKey()), errors);
                        }
                    }
                }
                return list;
            }
            case LIST_OF_STRS: {
                List<Object> list = list(value, loc, errors);
                if (list == null) return null;
                for (int i = 0; i < list.size(); i++) str(list.get(i), with(loc, (long) i), errors);
                return list;
            }
            case LITERAL: {
                if (value instanceof String s && field.literals().contains(s)) return s;
                String expected = "'" + String.join("' or '", field.literals()) + "'";
                Map<String, Object> e = error("literal_error", loc, "Input should be " + expected, value);
                e.put("ctx", Json.obj("expected", expected));
                errors.add(e);
                return null;
            }
            default:
                return value;
        }
    }

    private static String str(Object value, List<Object> loc, List<Object> errors) {
        if (value instanceof String s) return s;
        errors.add(error("string_type", loc, "Input should be a valid string", value));
        return null;
    }

    private static Map<String, Object> dict(Object value, List<Object> loc, List<Object> errors) {
        Map<String, Object> map = Json.asMap(value);
        if (map == null) errors.add(error("dict_type", loc, "Input should be a valid dictionary", value));
        return map;
    }

    private static List<Object> list(Object value, List<Object> loc, List<Object> errors) {
        List<Object> list = Json.asList(value);
        if (list == null) errors.add(error("list_type", loc, "Input should be a valid list", value));
        return list;
    }

    // pydantic-core's lax str -> int: surrounding whitespace, a sign, digits with single underscores,
    // and a fraction of zeros only ("2.00").
    private static final Pattern INT_STRING = Pattern.compile("[+-]?\\d+(_\\d+)*(\\.0+)?");
    // Rust's f64 parsing: no underscores, "inf", "infinity" and "nan" in any case.
    private static final Pattern FLOAT_STRING = Pattern.compile(
            "[+-]?((\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?|(?i:inf|infinity|nan))");
    private static final double TWO_TO_63 = 9.223372036854775807E18;

    /** An int field: bools, integral floats and integer strings pass, as pydantic's lax mode lets them. */
    static Number integer(Object value, List<Object> loc, List<Object> errors) {
        if (value instanceof Boolean b) return b ? 1L : 0L;
        if (value instanceof Long || value instanceof BigInteger) return (Number) value;
        if (value instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                errors.add(error("finite_number", loc, "Input should be a finite number", value));
            } else if (d != Math.rint(d)) {
                errors.add(error("int_from_float", loc,
                        "Input should be a valid integer, got a number with a fractional part", value));
            } else if (Math.abs(d) >= TWO_TO_63) {
                errors.add(error("int_parsing_size", loc,
                        "Unable to parse input string as an integer, exceeded maximum size", value));
            } else {
                return d.longValue();
            }
            return null;
        }
        if (value instanceof String s) {
            String t = s.strip();
            if (INT_STRING.matcher(t).matches()) {
                int dot = t.indexOf('.');
                BigInteger big = new BigInteger((dot < 0 ? t : t.substring(0, dot)).replace("_", ""));
                return big.bitLength() < 64 ? (Number) big.longValue() : big;
            }
            errors.add(error("int_parsing", loc,
                    "Input should be a valid integer, unable to parse string as an integer", value));
            return null;
        }
        errors.add(error("int_type", loc, "Input should be a valid integer", value));
        return null;
    }

    /** A float field: bools, numbers and numeric strings pass. */
    static Double number(Object value, List<Object> loc, List<Object> errors) {
        if (value instanceof Boolean b) return b ? 1.0 : 0.0;
        if (value instanceof Number n) return n instanceof BigInteger big ? new BigDecimal(big).doubleValue() : n.doubleValue();
        if (value instanceof String s) {
            String t = s.strip();
            if (FLOAT_STRING.matcher(t).matches()) {
                String lower = t.toLowerCase(java.util.Locale.ROOT);
                if (lower.endsWith("nan")) return Double.NaN;
                if (lower.endsWith("inf") || lower.endsWith("infinity")) {
                    return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                }
                return Double.parseDouble(t);
            }
            errors.add(error("float_parsing", loc, "Input should be a valid number, unable to parse string as a number", value));
            return null;
        }
        errors.add(error("float_type", loc, "Input should be a valid number", value));
        return null;
    }

    private static List<Object> with(List<Object> loc, Object key) {
        List<Object> out = new ArrayList<>(loc);
        out.add(key);
        return out;
    }

    static Map<String, Object> error(String type, List<Object> loc, String msg, Object input) {
        return Json.obj("type", type, "loc", loc, "msg", msg, "input", input);
    }

    // ---- Query parameters ----------------------------------------------------------------------

    /** An {@code int} query parameter with a default; a value that is not one is added to {@code errors}. */
    static long queryInt(Map<String, String> query, String name, long fallback, List<Object> errors) {
        String raw = query.get(name);
        if (raw == null) return fallback;
        Number n = integer(raw, Json.list("query", name), errors);
        return n == null ? fallback : n.longValue();
    }

    /** A required {@code str} query parameter. */
    static String queryRequired(Map<String, String> query, String name, List<Object> errors) {
        String raw = query.get(name);
        if (raw == null) errors.add(error("missing", Json.list("query", name), "Field required", null));
        return raw;
    }
}
