package dev.saasllm.internal.job;

import java.util.LinkedHashMap;
import java.util.Map;

/** The metadata every job the framework opens carries, so a team can attribute cost to a prompt version. */
final class JobMetadata {
    static final String METHOD = "saasllm_method";
    static final String FINGERPRINT = "saasllm_fingerprint";

    private JobMetadata() {}

    /** Source and fingerprint first, then constant metadata, then metadata from parameters. */
    static Map<String, Object> of(String source, String fingerprint, Map<String, String> constant, Map<String, ?> fromParameters) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put(METHOD, source);
        if (fingerprint != null) metadata.put(FINGERPRINT, fingerprint);
        if (constant != null) metadata.putAll(constant);
        if (fromParameters != null) metadata.putAll(fromParameters);
        return metadata;
    }
}
