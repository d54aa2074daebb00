package dev.saasllm.emulator;

import java.util.List;
import java.util.Map;

/**
 * One HTTP request the emulator received. The {@code Authorization} header is kept with its value
 * replaced by {@code <redacted>}: the virtual key is never stored.
 *
 * @param method the HTTP method
 * @param path the path, without the query
 * @param query the raw query string, or null
 * @param headers header names in lower case, with their values
 * @param body the body as text ({@code ""} when empty)
 */
public record RecordedRequest(
        String method, String path, String query, Map<String, List<String>> headers, String body) {

    /**
     * Copies {@code headers}.
     *
     * @param method the HTTP method
     * @param path the path, without the query
     * @param query the raw query string, or null
     * @param headers header names in lower case, with their values
     * @param body the body as text
     */
    public RecordedRequest {
        headers = Map.copyOf(headers);
    }

    /**
     * The first value of a header (name in any case), or null.
     *
     * @param name the header's name, in any case
     * @return its first value, or null
     */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
