package dev.saasllm;

import java.util.List;

/** Builds {@code text/event-stream} bodies as the job API sends them. */
final class SseSupport {
    private SseSupport() {}

    static String chunk(String content, String finishReason) {
        return "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1730000000,\"model\":\"M\","
                + "\"choices\":[{\"index\":0,\"delta\":{" + (content == null ? "" : "\"content\":" + MockServerSupport.json(content))
                + "},\"finish_reason\":" + (finishReason == null ? "null" : "\"" + finishReason + "\"") + "}]}\n\n";
    }

    static String lastWithUsage(String content) {
        return "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"content\":"
                + MockServerSupport.json(content) + "},\"finish_reason\":\"stop\"}],"
                + "\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":2,\"total_tokens\":11}}\n\n";
    }

    static final String DONE = "data: [DONE]\n\n";

    /** A whole stream: keepalive, one chunk per delta (the last with finish_reason stop), [DONE]. */
    static String stream(List<String> deltas) {
        StringBuilder out = new StringBuilder(": keepalive\n\n");
        for (int i = 0; i < deltas.size(); i++) {
            out.append(chunk(deltas.get(i), i == deltas.size() - 1 ? "stop" : null));
        }
        return out.append(DONE).toString();
    }
}
