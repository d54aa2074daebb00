package dev.saasllm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A lenient reader of an incomplete JSON document, for snapshots of a structured answer while it
 * streams in. It returns what is known so far as plain values: {@code Map<String, Object>} (in
 * order), {@code List<Object>}, {@code String}, {@code BigDecimal}, {@code Boolean} and null.
 *
 * <ul>
 *   <li>An unterminated string is returned as far as it goes (an unfinished escape is left out).
 *   <li>A number or literal at the very end is left out: {@code 12} may still become {@code 123}.
 *   <li>A property whose value has not started yet is left out; open arrays and objects are closed.
 *   <li>Text before the first <code>&#123;</code> or <code>[</code> (prose, a Markdown fence) is skipped.
 * </ul>
 *
 * Never use a snapshot as the answer: the final value is parsed strictly when the stream ends.
 */
public final class PartialJson {
    private final String text;
    private final boolean markOpen;
    private int pos;

    private PartialJson(String text, int start, boolean markOpen) {
        this.text = text;
        this.pos = start;
        this.markOpen = markOpen;
    }

    /**
     * A string value the text ends inside, as {@link #parseForSnapshot} returns it: it may still
     * grow, so a date, UUID, enum name or character in it is not known yet, while text may be shown.
     *
     * @param value the string's characters so far, escapes resolved
     */
    public record OpenString(String value) {
        @Override
        public String toString() {
            return value;
        }
    }

    /**
     * What {@code json} holds so far; null when no value has started. Malformed input (not merely
     * incomplete) yields what was read before the fault.
     *
     * @param json the JSON text so far
     * @return maps, lists, strings, numbers, booleans or null, as far as they go
     */
    public static Object parse(CharSequence json) {
        return parse(json, false);
    }

    /**
     * As {@link #parse}, but the string value the text ends inside (there is at most one) is an
     * {@link OpenString}, so that snapshot readers can tell {@code "2024-01-0} from a whole date.
     *
     * @param json the JSON text so far
     * @return as for {@link #parse}, an open string as an {@link OpenString}
     */
    public static Object parseForSnapshot(CharSequence json) {
        return parse(json, true);
    }

    private static Object parse(CharSequence json, boolean markOpen) {
        String text = json.toString();
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' || c == '[') {
                start = i;
                break;
            }
        }
        if (start < 0) return null;
        Object value = new PartialJson(text, start, markOpen).value();
        return value == MISSING ? null : value;
    }

    /** A value not known yet: it is left out of its container. */
    private static final Object MISSING = new Object();

    private Object value() {
        skipSpace();
        if (pos >= text.length()) return MISSING;
        char c = text.charAt(pos);
        if (c == '{') return object();
        if (c == '[') return array();
        if (c == '"') {
            String string = string();
            return markOpen && !lastStringClosed ? new OpenString(string) : string;
        }
        return scalar();
    }

    private Map<String, Object> object() {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++;
        while (true) {
            skipSpace();
            if (pos >= text.length()) return Collections.unmodifiableMap(map);
            char c = text.charAt(pos);
            if (c == '}') {
                pos++;
                return Collections.unmodifiableMap(map);
            }
            if (c == ',') {
                pos++;
                continue;
            }
            if (c != '"') return Collections.unmodifiableMap(map); // malformed: stop here
            String key = string();
            if (!lastStringClosed) return Collections.unmodifiableMap(map);
            skipSpace();
            if (pos >= text.length() || text.charAt(pos) != ':') return Collections.unmodifiableMap(map);
            pos++;
            Object value = value();
            if (value != MISSING) map.put(key, value);
            if (pos >= text.length()) return Collections.unmodifiableMap(map);
        }
    }

    private List<Object> array() {
        List<Object> list = new ArrayList<>();
        pos++;
        while (true) {
            skipSpace();
            if (pos >= text.length()) return Collections.unmodifiableList(list);
            char c = text.charAt(pos);
            if (c == ']') {
                pos++;
                return Collections.unmodifiableList(list);
            }
            if (c == ',') {
                pos++;
                continue;
            }
            int before = pos;
            Object value = value();
            if (value != MISSING) list.add(value);
            if (pos >= text.length() || pos == before) return Collections.unmodifiableList(list);
        }
    }

    /** Whether the string just read ended with its closing quote. */
    private boolean lastStringClosed;

    private String string() {
        StringBuilder out = new StringBuilder();
        pos++;
        lastStringClosed = false;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                lastStringClosed = true;
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                pos++;
                continue;
            }
            if (pos + 1 >= text.length()) { // an escape cut in two: wait for the rest
                pos = text.length();
                return out.toString();
            }
            char e = text.charAt(pos + 1);
            if (e == 'u') {
                if (pos + 6 > text.length()) {
                    pos = text.length();
                    return out.toString();
                }
                try {
                    out.append((char) Integer.parseInt(text.substring(pos + 2, pos + 6), 16));
                } catch (NumberFormatException malformed) {
                    pos = text.length();
                    return out.toString();
                }
                pos += 6;
                continue;
            }
            out.append(switch (e) {
                case 'n' -> '\n';
                case 't' -> '\t';
                case 'r' -> '\r';
                case 'b' -> '\b';
                case 'f' -> '\f';
                default -> e; // \" \\ \/
            });
            pos += 2;
        }
        return out.toString();
    }

    private Object scalar() {
        int start = pos;
        while (pos < text.length() && ",}] \t\r\n".indexOf(text.charAt(pos)) < 0) pos++;
        if (pos >= text.length()) return MISSING; // may go on in the next delta
        String token = text.substring(start, pos);
        switch (token) {
            case "true": return Boolean.TRUE;
            case "false": return Boolean.FALSE;
            case "null": return null;
            default:
                try {
                    return new BigDecimal(token);
                } catch (NumberFormatException malformed) {
                    pos = text.length();
                    return MISSING;
                }
        }
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
    }
}
