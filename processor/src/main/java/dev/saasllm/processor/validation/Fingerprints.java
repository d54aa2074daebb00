package dev.saasllm.processor.validation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Fingerprints of prompt versions, computed at compile time: the first 16 hex digits of the
 * SHA-256 of everything that shapes a call (templates, model, options, schema). Sent as job
 * metadata {@code saasllm_fingerprint}, they let a team attribute cost and quality to a version.
 */
final class Fingerprints {
    private Fingerprints() {}

    static String of(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0); // separator: ("ab", "c") differs from ("a", "bc")
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }
}
