package dev.saasllm.emulator;

import java.math.BigInteger;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Python's {@code uuid.UUID(hex)}: after dropping {@code urn:} and {@code uuid:}, surrounding
 * braces and every hyphen, 32 characters that {@code int(x, 16)} reads (so 32 hex digits without
 * hyphens are a valid id, and hyphens may stand anywhere).
 */
final class PyUuid {
    // int(x, 16): optional whitespace and sign, an optional 0x, digits with single underscores.
    private static final Pattern PYTHON_HEX_INT =
            Pattern.compile("\\s*[+]?(0[xX]_?)?[0-9a-fA-F](_?[0-9a-fA-F])*\\s*");

    private PyUuid() {}

    /** The UUID, or null where Python raises {@code ValueError}. */
    static UUID parse(String text) {
        String hex = text.replace("urn:", "").replace("uuid:", "");
        hex = stripBraces(hex).replace("-", "");
        if (hex.length() != 32 || !PYTHON_HEX_INT.matcher(hex).matches()) return null;
        String digits = hex.strip().replace("_", "");
        if (digits.startsWith("+")) digits = digits.substring(1);
        if (digits.startsWith("0x") || digits.startsWith("0X")) digits = digits.substring(2);
        BigInteger value = new BigInteger(digits, 16);
        if (value.bitLength() > 128) return null;
        return new UUID(value.shiftRight(64).longValue(), value.longValue());
    }

    /** {@code str.strip('{}')}. */
    private static String stripBraces(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == '{' || s.charAt(start) == '}')) start++;
        while (end > start && (s.charAt(end - 1) == '{' || s.charAt(end - 1) == '}')) end--;
        return s.substring(start, end);
    }
}
