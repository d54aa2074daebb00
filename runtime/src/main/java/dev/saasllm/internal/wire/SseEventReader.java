package dev.saasllm.internal.wire;

/**
 * Assembles server-sent events from lines (the {@code text/event-stream} format): {@code data:}
 * lines are joined, a blank line ends an event, comments ({@code : keepalive}) and other fields
 * ({@code event}, {@code id}, {@code retry}) are skipped. Not thread-safe: one per stream.
 */
final class SseEventReader {
    private final StringBuilder data = new StringBuilder();
    private boolean hasData;

    /** Feeds one line (without its line break); returns the data of the event it ends, else null. */
    String line(String line) {
        if (line.isEmpty()) return dispatch();
        if (line.charAt(0) == ':') return null;
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        if (!field.equals("data")) return null;
        int start = colon < 0 ? line.length() : colon + 1;
        if (start < line.length() && line.charAt(start) == ' ') start++;
        if (hasData) data.append('\n');
        data.append(line, start, line.length());
        hasData = true;
        return null;
    }

    /**
     * At the end of the body: the data of an event not followed by a blank line, or null. The
     * SSE spec discards it; we keep it so that a final {@code data: [DONE]} without its blank line counts.
     */
    String end() {
        return dispatch();
    }

    private String dispatch() {
        if (!hasData) return null;
        String event = data.toString();
        data.setLength(0);
        hasData = false;
        return event;
    }
}
