package dev.saasllm.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads and validates a JSON request body the way pydantic does: collects every field error, then
 * {@link #check()} throws one 422 listing them all.
 */
final class Fields {
    private final Map<String, Object> body;
    private final List<Object> errors = new ArrayList<>();

    private Fields(Map<String, Object> body) {
        this.body = body;
    }

    /** The parsed body must be a JSON object; a missing body is a 422 too. */
    static Fields of(Object parsed, boolean present) {
        if (!present) {
            throw HttpError.validation(Json.list(error("missing", Json.list("body"), "Field required", null)));
        }
        Map<String, Object> map = Json.asMap(parsed);
        if (map == null) {
            throw HttpError.validation(Json.list(error("model_attributes_type", Json.list("body"),
                    "Input should be a valid dictionary or object to extract fields from", parsed)));
        }
        return new Fields(map);
    }

    Map<String, Object> body() {
        return body;
    }

    String string(String name, boolean required) {
        Object v = present(name, required, "string_type", "Input should be a valid string");
        if (v == null) return null;
        if (v instanceof String s) return s;
        errors.add(error("string_type", loc(name), "Input should be a valid string", v));
        return null;
    }

    Map<String, Object> object(String name, boolean required) {
        Object v = present(name, required, "dict_type", "Input should be a valid dictionary");
        if (v == null) return null;
        Map<String, Object> map = Json.asMap(v);
        if (map == null) errors.add(error("dict_type", loc(name), "Input should be a valid dictionary", v));
        return map;
    }

    List<Object> list(String name, boolean required) {
        Object v = present(name, required, "list_type", "Input should be a valid list");
        if (v == null) return null;
        List<Object> list = Json.asList(v);
        if (list == null) errors.add(error("list_type", loc(name), "Input should be a valid list", v));
        return list;
    }

    /** A float field; like pydantic's lax mode, numeric strings pass. */
    Double number(String name) {
        Object v = body.get(name);
        if (v == null) return null;
        if (v instanceof Number n) return n.doubleValue();
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        errors.add(error("float_type", loc(name), "Input should be a valid number", v));
        return null;
    }

    /** An int field; integral numbers and integer strings pass, as in pydantic's lax mode. */
    Integer integer(String name) {
        Object v = body.get(name);
        if (v == null) return null;
        if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) return n.intValue();
        if (v instanceof String s && s.trim().matches("[-+]?\\d{1,9}")) return Integer.parseInt(s.trim());
        errors.add(error("int_type", loc(name), "Input should be a valid integer", v));
        return null;
    }

    /** A string that must be one of {@code allowed} (a {@code Literal[...]} field). */
    String literal(String name, String... allowed) {
        String v = string(name, true);
        if (v == null) return null;
        for (String a : allowed) {
            if (a.equals(v)) return v;
        }
        String expected = "'" + String.join("' or '", allowed) + "'";
        Map<String, Object> e = error("literal_error", loc(name), "Input should be " + expected, v);
        e.put("ctx", Json.obj("expected", expected));
        errors.add(e);
        return null;
    }

    /** A list whose items must all be objects (chat messages). */
    List<Map<String, Object>> objects(String name, boolean required) {
        List<Object> list = list(name, required);
        if (list == null) return null;
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Map<String, Object> item = Json.asMap(list.get(i));
            if (item == null) {
                errors.add(error("dict_type", Json.list("body", name, i),
                        "Input should be a valid dictionary", list.get(i)));
            } else {
                out.add(item);
            }
        }
        return out;
    }

    /** A list of strings ({@code stop}). */
    void strings(String name) {
        List<Object> list = list(name, false);
        if (list == null) return;
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof String)) {
                errors.add(error("string_type", Json.list("body", name, i),
                        "Input should be a valid string", list.get(i)));
            }
        }
    }

    void check() {
        if (!errors.isEmpty()) throw HttpError.validation(errors);
    }

    private Object present(String name, boolean required, String nullType, String nullMessage) {
        Object v = body.get(name);
        if (v == null && required) {
            if (body.containsKey(name)) {
                // An explicit null for a required field is a type error, not a missing field.
                errors.add(error(nullType, loc(name), nullMessage, null));
            } else {
                errors.add(error("missing", loc(name), "Field required", body));
            }
        }
        return v;
    }

    private static List<Object> loc(String name) {
        return Json.list("body", name);
    }

    static Map<String, Object> error(String type, List<Object> loc, String msg, Object input) {
        return Json.obj("type", type, "loc", loc, "msg", msg, "input", input);
    }
}
