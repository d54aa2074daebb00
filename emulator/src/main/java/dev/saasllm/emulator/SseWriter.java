package dev.saasllm.emulator;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes server-sent events as the server does, flushing each so the client sees it at once. */
final class SseWriter {
    private final OutputStream out;

    SseWriter(OutputStream out) {
        this.out = out;
    }

    void comment(String text) throws IOException {
        write(": " + text + "\n\n");
    }

    /** {@code data: <payload>}: the server forwards each provider line's payload as it came. */
    void data(String payload) throws IOException {
        write("data: " + payload + "\n\n");
    }

    void done() throws IOException {
        data("[DONE]");
    }

    /** The server's {@code json.dumps({'error': str(e)})}: Python's separators and ASCII escapes. */
    void error(String message) throws IOException {
        data(Json.write(Json.obj("error", message), Json.Style.PYTHON));
    }

    private void write(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
