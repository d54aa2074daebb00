package dev.saasllm.internal;

/**
 * Finds the JSON document in a model's answer. Models asked for JSON still wrap it in a Markdown
 * code fence or put a sentence before or after it; strict JSON parsing then fails for no good
 * reason. Everything else stays the parser's job.
 */
final class JsonExtraction {
    private JsonExtraction() {}

    static String extract(String content) {
        String text = content.strip();
        if (text.startsWith("{") || text.startsWith("[")) {
            return text;
        }
        String fenced = fenced(text);
        if (fenced != null) {
            return fenced;
        }
        // Prose around the document: from the first opening bracket to the last matching closer.
        int start = firstOpening(text);
        if (start < 0) {
            return text;
        }
        char close = text.charAt(start) == '{' ? '}' : ']';
        int end = text.lastIndexOf(close);
        return end > start ? text.substring(start, end + 1) : text.substring(start);
    }

    private static String fenced(String text) {
        int fence = text.indexOf("```");
        if (fence < 0) {
            return null;
        }
        int lineEnd = text.indexOf('\n', fence);
        if (lineEnd < 0) {
            return null;
        }
        int closing = text.indexOf("```", lineEnd);
        String body = closing < 0 ? text.substring(lineEnd + 1) : text.substring(lineEnd + 1, closing);
        return body.strip();
    }

    private static int firstOpening(String text) {
        int brace = text.indexOf('{');
        int bracket = text.indexOf('[');
        if (brace < 0) return bracket;
        if (bracket < 0) return brace;
        return Math.min(brace, bracket);
    }
}
