package dev.saasllm.emulator;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON as the server's Python reads and writes it: plain maps, lists, strings, numbers, booleans.
 *
 * <p>Reading follows CPython 3.11's {@code json.loads} (its C scanner): the same documents are
 * accepted ({@code NaN} and {@code Infinity} included, the last duplicate key wins) and a malformed
 * one fails with the same message and character position, which FastAPI puts in its {@code
 * json_invalid} error. Integers stay {@link Long} (or {@link BigInteger}), fractions {@link Double}.
 *
 * <p>Writing follows {@code json.dumps}: floats as Python's {@code repr} ({@code 1e-05}, {@code 10.0}),
 * in one of the separator and escaping styles the server's answers use ({@link Style}).
 */
final class Json {
    private Json() {}

    /** How a document is written. */
    enum Style {
        /** FastAPI's {@code JSONResponse}: {@code separators=(",", ":")}, {@code ensure_ascii=False}. */
        COMPACT(",", ":", false),
        /** {@code json.dumps(x)} with its defaults: {@code ", "}, {@code ": "}, {@code ensure_ascii=True}. */
        PYTHON(", ", ": ", true),
        /** Google's Gemini API: {@code ": "} after a key, nothing after a comma, UTF-8 as is. */
        GEMINI(",", ": ", false);

        final String itemSeparator;
        final String keySeparator;
        final boolean ensureAscii;

        Style(String itemSeparator, String keySeparator, boolean ensureAscii) {
            this.itemSeparator = itemSeparator;
            this.keySeparator = keySeparator;
            this.ensureAscii = ensureAscii;
        }
    }

    /** Python's {@code JSONDecodeError}: the message without its position, and the position. */
    static final class DecodeError extends Exception {
        private static final long serialVersionUID = 1L;
        final String msg;
        final int pos;

        DecodeError(String msg, int pos) {
            super(msg + " at " + pos, null, false, false);
            this.msg = msg;
            this.pos = pos;
        }
    }

    // ---- Reading ------------------------------------------------------------------------------

    /** {@code json.loads(text)} for an already decoded text. */
    static Object parse(String text) throws DecodeError {
        if (!text.isEmpty() && text.charAt(0) == '\ufeff') {
            throw new DecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0);
        }
        Scanner scanner = new Scanner(text);
        int start = scanner.skipWhitespace(0);
        Object value = scanner.scanTop(start);
        int end = scanner.skipWhitespace(scanner.next);
        if (end != text.length()) throw new DecodeError("Extra data", end);
        return value;
    }

    /** Parses, or answers null when the text is not JSON. */
    static Object parseOrNull(String text) {
        try {
            return parse(text);
        } catch (DecodeError e) {
            return null;
        }
    }

    /** A port of CPython's {@code _json.c} scanner (3.11: no trailing-comma messages yet). */
    private static final class Scanner {
        private final String s;
        private final int endIdx;
        int next;

        Scanner(String s) {
            this.s = s;
            this.endIdx = s.length() - 1;
        }

        /** The "StopIteration(idx)" of the C scanner, which the caller turns into "Expecting value". */
        private static final class Stop extends Exception {
            private static final long serialVersionUID = 1L;
            final int idx;

            Stop(int idx) {
                super(null, null, false, false);
                this.idx = idx;
            }
        }

        int skipWhitespace(int idx) {
            while (idx <= endIdx && isWhitespace(s.charAt(idx))) idx++;
            return idx;
        }

        private static boolean isWhitespace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r';
        }

        Object scanTop(int idx) throws DecodeError {
            try {
                return scanOnce(idx);
            } catch (Stop stop) {
                throw new DecodeError("Expecting value", stop.idx);
            }
        }

        private Object scanOnce(int idx) throws DecodeError, Stop {
            int length = s.length();
            if (idx >= length) throw new Stop(idx);
            switch (s.charAt(idx)) {
                case '"':
                    return scanString(idx + 1);
                case '{':
                    return parseObject(idx + 1);
                case '[':
                    return parseArray(idx + 1);
                case 'n':
                    if (s.startsWith("null", idx)) {
                        next = idx + 4;
                        return null;
                    }
                    break;
                case 't':
                    if (s.startsWith("true", idx)) {
                        next = idx + 4;
                        return Boolean.TRUE;
                    }
                    break;
                case 'f':
                    if (s.startsWith("false", idx)) {
                        next = idx + 5;
                        return Boolean.FALSE;
                    }
                    break;
                case 'N':
                    if (s.startsWith("NaN", idx)) {
                        next = idx + 3;
                        return Double.NaN;
                    }
                    break;
                case 'I':
                    if (s.startsWith("Infinity", idx)) {
                        next = idx + 8;
                        return Double.POSITIVE_INFINITY;
                    }
                    break;
                case '-':
                    if (s.startsWith("-Infinity", idx)) {
                        next = idx + 9;
                        return Double.NEGATIVE_INFINITY;
                    }
                    break;
                default:
                    break;
            }
            return matchNumber(idx);
        }

        private Object matchNumber(int start) throws Stop {
            int idx = start;
            if (s.charAt(idx) == '-') {
                idx++;
                if (idx > endIdx) throw new Stop(start);
            }
            char c = s.charAt(idx);
            if (c >= '1' && c <= '9') {
                idx++;
                while (idx <= endIdx && isDigit(s.charAt(idx))) idx++;
            } else if (c == '0') {
                idx++;
            } else {
                throw new Stop(start);
            }
            boolean isFloat = false;
            if (idx < endIdx && s.charAt(idx) == '.' && isDigit(s.charAt(idx + 1))) {
                isFloat = true;
                idx += 2;
                while (idx <= endIdx && isDigit(s.charAt(idx))) idx++;
            }
            if (idx < endIdx && (s.charAt(idx) == 'e' || s.charAt(idx) == 'E')) {
                int eStart = idx;
                idx++;
                if (idx < endIdx && (s.charAt(idx) == '-' || s.charAt(idx) == '+')) idx++;
                while (idx <= endIdx && isDigit(s.charAt(idx))) idx++;
                if (isDigit(s.charAt(idx - 1))) {
                    isFloat = true;
                } else {
                    idx = eStart;
                }
            }
            String text = s.substring(start, idx);
            next = idx;
            if (isFloat) return Double.parseDouble(text);
            BigInteger big = new BigInteger(text);
            return big.bitLength() < 64 ? (Object) big.longValue() : big;
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private Map<String, Object> parseObject(int idx) throws DecodeError, Stop {
            Map<String, Object> map = new LinkedHashMap<>();
            idx = skipWhitespace(idx);
            if (idx > endIdx || s.charAt(idx) != '}') {
                while (true) {
                    if (idx > endIdx || s.charAt(idx) != '"') {
                        throw new DecodeError("Expecting property name enclosed in double quotes", idx);
                    }
                    String key = scanString(idx + 1);
                    idx = skipWhitespace(next);
                    if (idx > endIdx || s.charAt(idx) != ':') throw new DecodeError("Expecting ':' delimiter", idx);
                    idx = skipWhitespace(idx + 1);
                    Object value = scanOnce(idx);
                    map.put(key, value);
                    idx = skipWhitespace(next);
                    if (idx <= endIdx && s.charAt(idx) == '}') break;
                    if (idx > endIdx || s.charAt(idx) != ',') throw new DecodeError("Expecting ',' delimiter", idx);
                    idx = skipWhitespace(idx + 1);
                }
            }
            next = idx + 1;
            return map;
        }

        private List<Object> parseArray(int idx) throws DecodeError, Stop {
            List<Object> list = new ArrayList<>();
            idx = skipWhitespace(idx);
            if (idx > endIdx || s.charAt(idx) != ']') {
                while (true) {
                    list.add(scanOnce(idx));
                    idx = skipWhitespace(next);
                    if (idx <= endIdx && s.charAt(idx) == ']') break;
                    if (idx > endIdx || s.charAt(idx) != ',') throw new DecodeError("Expecting ',' delimiter", idx);
                    idx = skipWhitespace(idx + 1);
                }
            }
            if (idx > endIdx || s.charAt(idx) != ']') throw new DecodeError("Expecting value", endIdx);
            next = idx + 1;
            return list;
        }

        /** Reads a string whose opening quote is just before {@code end}; sets {@link #next}. */
        private String scanString(int end) throws DecodeError {
            int len = s.length();
            int begin = end - 1;
            StringBuilder out = new StringBuilder();
            while (true) {
                int nextIdx;
                char c = 0;
                for (nextIdx = end; nextIdx < len; nextIdx++) {
                    c = s.charAt(nextIdx);
                    if (c == '"' || c == '\\') break;
                    if (c <= 0x1f) throw new DecodeError("Invalid control character at", nextIdx);
                }
                if (nextIdx == len || (c != '"' && c != '\\')) {
                    throw new DecodeError("Unterminated string starting at", begin);
                }
                out.append(s, end, nextIdx);
                nextIdx++;
                if (c == '"') {
                    next = nextIdx;
                    return out.toString();
                }
                if (nextIdx == len) throw new DecodeError("Unterminated string starting at", begin);
                c = s.charAt(nextIdx);
                if (c != 'u') {
                    end = nextIdx + 1;
                    char unescaped = switch (c) {
                        case '"', '\\', '/' -> c;
                        case 'b' -> '\b';
                        case 'f' -> '\f';
                        case 'n' -> '\n';
                        case 'r' -> '\r';
                        case 't' -> '\t';
                        default -> 0;
                    };
                    if (unescaped == 0) throw new DecodeError("Invalid \\escape", end - 2);
                    out.append(unescaped);
                } else {
                    nextIdx++;
                    end = nextIdx + 4;
                    if (end >= len) throw new DecodeError("Invalid \\uXXXX escape", nextIdx - 1);
                    int code = hex4(nextIdx, end);
                    nextIdx = end;
                    if (Character.isHighSurrogate((char) code) && end + 6 < len
                            && s.charAt(nextIdx) == '\\' && s.charAt(nextIdx + 1) == 'u') {
                        int low = hex4(nextIdx + 2, end + 6);
                        if (Character.isLowSurrogate((char) low)) {
                            out.append((char) code).append((char) low);
                            end += 6;
                            continue;
                        }
                    }
                    out.append((char) code);
                }
            }
        }

        private int hex4(int from, int end) throws DecodeError {
            int code = 0;
            for (int i = from; i < end; i++) {
                char c = s.charAt(i);
                int digit = c >= '0' && c <= '9' ? c - '0'
                        : c >= 'a' && c <= 'f' ? c - 'a' + 10
                        : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
                if (digit < 0) throw new DecodeError("Invalid \\uXXXX escape", end - 5);
                code = (code << 4) | digit;
            }
            return code;
        }
    }

    // ---- Writing ------------------------------------------------------------------------------

    /** FastAPI's rendering of an answer body. */
    static String write(Object value) {
        return write(value, Style.COMPACT);
    }

    static String write(Object value, Style style) {
        StringBuilder out = new StringBuilder();
        write(out, value, style);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value, Style style) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) out.append(style.itemSeparator);
                first = false;
                string(out, String.valueOf(e.getKey()), style.ensureAscii);
                out.append(style.keySeparator);
                write(out, e.getValue(), style);
            }
            out.append('}');
        } else if (value instanceof Iterable<?> list) {
            out.append('[');
            boolean first = true;
            for (Object item : list) {
                if (!first) out.append(style.itemSeparator);
                first = false;
                write(out, item, style);
            }
            out.append(']');
        } else if (value instanceof String s) {
            string(out, s, style.ensureAscii);
        } else if (value instanceof Boolean b) {
            out.append(b ? "true" : "false");
        } else if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            out.append(floatRepr(((Number) value).doubleValue()));
        } else if (value instanceof Number n) {
            out.append(n);
        } else {
            string(out, value.toString(), style.ensureAscii);
        }
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static void string(StringBuilder out, String s, boolean ensureAscii) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c <= 0x1f || (ensureAscii && c > '~')) {
                        out.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf])
                                .append(HEX[c >> 4 & 0xf]).append(HEX[c & 0xf]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /**
     * Python's {@code repr(float)}: the shortest digits that read back as the same double, fixed
     * notation for exponents -4 to 15 ({@code 0.0001}, {@code 10.0}) and {@code 1e-05} / {@code 1e+16}
     * outside, {@code NaN} and {@code Infinity} as {@code json.dumps} writes them.
     */
    static String floatRepr(double d) {
        if (Double.isNaN(d)) return "NaN";
        if (Double.isInfinite(d)) return d > 0 ? "Infinity" : "-Infinity";
        if (d == 0) return (1 / d < 0) ? "-0.0" : "0.0";
        BigDecimal shortest = shortest(d);
        String digits = shortest.unscaledValue().abs().toString();
        // The value is 0.<digits> x 10^decpt.
        int decpt = digits.length() - shortest.scale();
        StringBuilder out = new StringBuilder();
        if (d < 0) out.append('-');
        if (decpt > -4 && decpt <= 16) {
            if (decpt <= 0) {
                out.append("0.").append("0".repeat(-decpt)).append(digits);
            } else if (decpt >= digits.length()) {
                out.append(digits).append("0".repeat(decpt - digits.length())).append(".0");
            } else {
                out.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
            }
        } else {
            out.append(digits.charAt(0));
            if (digits.length() > 1) out.append('.').append(digits, 1, digits.length());
            int exponent = decpt - 1;
            out.append('e').append(exponent < 0 ? '-' : '+');
            int abs = Math.abs(exponent);
            if (abs < 10) out.append('0');
            out.append(abs);
        }
        return out.toString();
    }

    /**
     * The shortest decimal that reads back as {@code d} (of two such at the same length, the nearer),
     * trailing zeros stripped: what Python's {@code repr} prints.
     */
    private static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal down = exact.round(new java.math.MathContext(precision, java.math.RoundingMode.DOWN));
            BigDecimal up = exact.round(new java.math.MathContext(precision, java.math.RoundingMode.UP));
            boolean downOk = down.doubleValue() == d;
            boolean upOk = up.doubleValue() == d;
            if (downOk && upOk) {
                int cmp = exact.subtract(down).compareTo(up.subtract(exact));
                BigDecimal nearer = cmp < 0 ? down : cmp > 0 ? up
                        : exact.round(new java.math.MathContext(precision, java.math.RoundingMode.HALF_EVEN));
                return nearer.stripTrailingZeros();
            }
            if (downOk) return down.stripTrailingZeros();
            if (upOk) return up.stripTrailingZeros();
        }
        return exact.round(new java.math.MathContext(17, java.math.RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    // ---- Values -------------------------------------------------------------------------------

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
